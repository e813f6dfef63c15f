import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { leaveClientView, setUpDevice, unlockDevice } from './support/device';

/** Names of the font faces the page has actually loaded (not just declared). */
async function loadedFonts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
  });
}

describe('offline start', () => {
  const env = browserAndServer();

  it('starts with the network off and the server stopped after one online visit', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await setUpDevice(page);
    // A case created online must be there offline.
    await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await page.getByLabel('Name der beratenen Person').fill('Offline Beispiel');
    await page.getByRole('button', { name: 'Fall anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offline Beispiel' }).waitFor();
    // The service worker has precached the app once it is active.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated') {
        await new Promise<void>((done) => {
          registration.active?.addEventListener('statechange', () => {
            done();
          });
        });
      }
    });

    await env.server.stop();
    await context.setOffline(true);
    await page.reload();

    // App shell and German texts; the encrypted data opens without any server.
    await unlockDevice(page, 'Offline Beispiel');
    await page.getByRole('link', { name: 'Fälle', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor();
    expect(await page.getByRole('navigation').textContent()).toContain('Einstellungen');
    expect(await page.getByText('Offline – alles wird auf dem Gerät gespeichert').count()).toBe(1);
    expect(await loadedFonts(page)).toContain('Fira Sans');
    // Only the script subsets a German screen needs: no all-script file (no unicode-range,
    // reported as U+0-10FFFF) and no Cyrillic part.
    const firaRanges = await page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.status === 'loaded' && f.family === 'Fira Sans')
        .map((f) => f.unicodeRange),
    );
    expect(firaRanges.length).toBeGreaterThan(0);
    for (const range of firaRanges) {
      expect(range).not.toMatch(/U\+0-10FFFF|U\+0?400-0?45F/i);
    }

    // A lazily loaded screen opens offline, and a conversation can be started.
    await page.getByRole('link', { name: /Offline Beispiel/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Offline Beispiel' }).waitFor();
    await page.getByRole('button', { name: 'Gespräch beginnen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rahmendaten' }).waitFor();

    // Client language Arabic: the client view turns right-to-left, its font loads.
    await page.getByLabel('Sprache der beratenen Person').selectOption('ar');
    await page.getByRole('button', { name: 'Ansicht für die beratene Person' }).click();
    const region = page.getByTestId('client-region');
    await region.getByText('معلومات لك').waitFor();
    expect(await region.getAttribute('dir')).toBe('rtl');
    expect(await region.getAttribute('lang')).toBe('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await loadedFonts(page)).toContain('Noto Sans Arabic');
    await leaveClientView(page);

    // English texts come from the precache too.
    await page.getByLabel('Sprache der Oberfläche').selectOption('en');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });
});
