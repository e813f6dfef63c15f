import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { resolve } from 'node:path';
import { launchChromium, tabletLandscape, tabletPortrait } from './support/chromium';
import { startServer, type RunningServer } from '../support/serverProcess';
import { axeViolations } from './support/axe';

describe('app shell', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer({ staticDir: resolve('dist') });
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it.each<[string, BrowserContextOptions]>([
    ['landscape', tabletLandscape],
    ['portrait', tabletPortrait],
  ])(
    'has no WCAG 2.2 A/AA violations (%s, German UI, German and Arabic client)',
    async (_, device) => {
      const context = await browser.newContext(device);
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));

      await page.goto(server.url);
      await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('Sprache der beratenen Person').selectOption('ar');
      await page.getByText('معلومات لك').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Einstellungen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
      await page.getByTestId('storage-persistence').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${server.url}/gibt-es-nicht`);
      await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Nothing leaves this origin.
      expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
      await context.close();
    },
  );

  it('has no violations with the English interface either', async () => {
    const context = await browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(`${server.url}/einstellungen`);
    await page.getByLabel('Sprache der Oberfläche').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The choice survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await context.close();
  });

  it('is usable with the keyboard: skip link, navigation, touch-size targets', async () => {
    const context = await browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Zum Inhalt springen',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll('a.nav-link, button, select, input')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height < 44).length,
    );
    expect(small).toBe(0);
    await context.close();
  });
});
