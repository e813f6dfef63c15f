import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { tabletLandscape, tabletPortrait } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { PASSPHRASE, setUpDevice, unlockDevice } from './support/device';

describe('app shell', () => {
  const env = browserAndServer();

  it.each<[string, BrowserContextOptions]>([
    ['landscape', tabletLandscape],
    ['portrait', tabletPortrait],
  ])('has no WCAG 2.2 A/AA violations on the start screens (%s)', async (_, device) => {
    const context = await env.browser.newContext(device);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Dieses Gerät einrichten' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await setUpDevice(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Wiedervorlagen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wiedervorlagen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.getByTestId('storage-persistence').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Locking hides every screen behind the unlock form.
    await page.getByRole('button', { name: 'Sperren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gerät entsperren' }).waitFor();
    expect(await page.getByTestId('storage-persistence').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${env.server.url}/gibt-es-nicht`);
    await unlockDevice(page, 'Seite nicht gefunden');
    expect(await axeViolations(page)).toEqual([]);

    // Nothing leaves this origin.
    expect(requests.filter((url) => !url.startsWith(env.server.url))).toEqual([]);
    await context.close();
  });

  it('has no violations with the English interface either', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/einstellungen`);
    // The interface language can be chosen before the device is set up.
    await page.getByLabel('Sprache der Oberfläche').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Set up this device' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set up device' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
    // The choice survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unlock device' }).waitFor();
    await context.close();
  });

  it('is usable with the keyboard: skip link, navigation, touch-size targets', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Zum Inhalt springen',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Buttons, links and fields at least 44 px high (touch); check boxes at least the
    // 24 px that WCAG 2.5.8 requires (their label extends the target).
    const smallTargets = () =>
      page.evaluate(() => {
        const below = (selector: string, min: number) =>
          [...document.querySelectorAll(selector)]
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height < min).length;
        return (
          below('a.nav-link, button, select, input:not([type=checkbox]):not([type=radio])', 44) +
          below('input[type=checkbox], input[type=radio]', 24)
        );
      });
    expect(await smallTargets()).toBe(0);
    await setUpDevice(page);
    expect(await smallTargets()).toBe(0);
    await context.close();
  });

  it('starts with two font files, and starts, unlocks and validates a form without a Content Security Policy violation', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    // Injected before any page script (and not subject to the page's CSP): records every
    // violation the browser reports, also of code that catches the refusal (zod's probe
    // for `new Function` did, and still produced a report on every start).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.sourceFile}:${String(event.lineNumber)}`);
      });
    });
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.woff2')) fonts.push(r.url());
    });
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Dieses Gerät einrichten' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    // The first German screen needs two font files (Fira Sans Latin, regular and semibold).
    expect(fonts).toHaveLength(2);
    await setUpDevice(page);
    await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await page.getByRole('button', { name: 'Fall anlegen' }).click();
    await page.getByRole('alert').first().waitFor(); // the form's schema ran (name missing)
    await page.reload();
    await unlockDevice(page, 'Neuer Fall');
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    await context.close();
  });
});
