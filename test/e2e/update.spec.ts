import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, tabletLandscape } from './support/chromium';
import { setUpDevice, unlockDevice } from './support/device';
import { startServer, type RunningServer } from '../support/serverProcess';
import { copyOfTemplate } from './support/dataTemplates';

const nextBuild = resolve('dist-e2e-next');

describe('app update', () => {
  let browser: Browser;
  let server: RunningServer;
  const served = mkdtempSync(join(tmpdir(), 'perspektive-e2e-static-'));

  beforeAll(async () => {
    // A second, genuinely different build of the app: same code, another build id.
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
      {
        env: { ...process.env, OUT_DIR: nextBuild, BUILD_ID: 'e2e-next' },
        stdio: 'inherit',
      },
    );
    cpSync(resolve('dist'), served, { recursive: true });
    browser = await launchChromium();
    server = await startServer({
      staticDir: served,
      dataDir: copyOfTemplate('empty'),
      built: true,
    });
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
    rmSync(nextBuild, { recursive: true, force: true });
    rmSync(server.dataDir, { recursive: true, force: true });
    rmSync(served, { recursive: true, force: true });
  });

  it('prompts for a new build and never applies it over unsaved input', async () => {
    const context = await browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(`${server.url}/einstellungen`);
    await setUpDevice(page, 'Einstellungen');
    await page.evaluate(() => navigator.serviceWorker.ready);
    const oldVersion = await page.getByTestId('app-version').textContent();

    // The counsellor starts typing but does not save.
    const name = page.getByLabel('Name der beratenden Person');
    await name.fill('Frau Beispiel');
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
    });

    // A new build is deployed; the app notices it.
    rmSync(served, { recursive: true, force: true });
    cpSync(nextBuild, served, { recursive: true });
    expect(readFileSync(join(served, 'sw.js'), 'utf8')).not.toBe(
      readFileSync(resolve('dist/sw.js'), 'utf8'),
    );
    await page.getByRole('button', { name: 'Nach Aktualisierung suchen' }).click();
    await page.getByText('Eine neue Version von Perspektive ist bereit.').waitFor();

    // The update is held back: the input is intact, the page was not reloaded.
    const apply = page.getByRole('button', { name: 'Jetzt aktualisieren' });
    expect(await apply.isDisabled()).toBe(true);
    expect(await page.getByText('Bitte speichern Sie zuerst Ihre Eingaben.').count()).toBe(1);
    expect(await name.inputValue()).toBe('Frau Beispiel');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'same page',
    );

    // Once saved, the update can be applied; the saved value survives the reload.
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Gespeichert.').waitFor();
    await Promise.all([page.waitForEvent('load'), apply.click()]);
    // The reload locks the device (the key lives only in memory).
    await unlockDevice(page, 'Einstellungen');
    await page.getByTestId('app-version').waitFor();
    const newVersion = await page.getByTestId('app-version').textContent();
    expect(newVersion).toContain('e2e-next');
    expect(newVersion).not.toBe(oldVersion);
    expect(await page.getByLabel('Name der beratenden Person').inputValue()).toBe('Frau Beispiel');
    await context.close();
  });
});
