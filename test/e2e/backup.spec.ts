// Device backup between two browser contexts (issue 26): the first tablet writes a backup
// file under a passphrase of its own; a second, fresh tablet refuses the file under a wrong
// passphrase and as a truncated copy — its IndexedDB unchanged each time — and then sets up
// from it with everything there, opening with its own new passphrase. axe at zero on every
// screen of the flow; screenshots in both tablet orientations.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { tabletLandscape, tabletPortrait } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { dumpIndexedDb, PASSPHRASE, setUpDevice, unlockDevice } from './support/device';

const BACKUP_PASSPHRASE = 'Sicherung im Schrank 2026';
const SECOND_PASSPHRASE = 'Zweites Tablet, neuer Satz 9';
const NAMES = ['Sicherung Amal Beispiel', 'Sicherung Zweiter Fall'];
const SHOTS = process.env.SCREENSHOT_DIR;

async function createCase(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Fälle' }).first().click();
  await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
  await page.getByLabel('Name der beratenen Person').fill(name);
  await page.getByRole('button', { name: 'Fall anlegen' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * Screenshots of the current screen in both orientations (when SCREENSHOT_DIR is set),
 * scrolled to `heading` when given.
 */
async function shoot(page: Page, name: string, heading?: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const [suffix, viewport] of [
    ['1024x768', { width: 1024, height: 768 }],
    ['768x1024', { width: 768, height: 1024 }],
  ] as const) {
    await page.setViewportSize(viewport);
    if (heading) {
      await page.getByRole('heading', { name: heading, exact: true }).evaluate((element) => {
        element.scrollIntoView({ block: 'start', behavior: 'instant' });
      });
    }
    await page.screenshot({ path: `${SHOTS}/${name}-${suffix}.png` });
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

async function makeBackup(page: Page): Promise<Buffer> {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Datensicherung' }).waitFor();
  const form = page.getByRole('form', { name: 'Datensicherung erstellen' });
  expect(await page.getByTestId('last-backup').textContent()).toBe('noch nie');
  // Ten days after set-up without backup or sync (the page's clock was moved on): reminded.
  await page.getByText('Seit 10 Tagen wurden die Daten weder gesichert noch übertragen.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'backup-reminder', 'Datensicherung');
  // The device passphrase is refused for the file.
  await form.getByLabel('Passphrase für die Datensicherung').fill(PASSPHRASE);
  await form.getByLabel('Passphrase wiederholen').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Datensicherung erstellen' }).click();
  await form.getByText('Das ist die Passphrase dieses Geräts').waitFor({ timeout: 20_000 });

  await form.getByLabel('Passphrase für die Datensicherung').fill(BACKUP_PASSPHRASE);
  await form.getByLabel('Passphrase wiederholen').fill(BACKUP_PASSPHRASE);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await form.getByRole('button', { name: 'Datensicherung erstellen' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^perspektive-sicherung-\d{4}-\d{2}-\d{2}\.pbak$/);
  await form.getByText(/wurde zum Speichern übergeben/).waitFor();
  await page.getByText(/Seit \d+ Tagen/).waitFor({ state: 'detached' });
  expect(await page.getByTestId('last-backup').textContent()).not.toBe('noch nie');
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'backup-settings', 'Datensicherung');
  return readFile(await saved.path());
}

async function chooseFile(page: Page, bytes: Buffer, passphrase: string): Promise<void> {
  await page.getByLabel('Sicherungsdatei').setInputFiles({
    name: 'perspektive-sicherung.pbak',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  await page.getByLabel('Passphrase der Datensicherung').fill(passphrase);
  await page.getByLabel('Neue Passphrase für dieses Gerät').fill(SECOND_PASSPHRASE);
  await page.getByLabel('Passphrase wiederholen').fill(SECOND_PASSPHRASE);
  await page.getByRole('button', { name: 'Gerät aus der Sicherung einrichten' }).click();
}

async function refusedWith(page: Page, message: string | RegExp): Promise<void> {
  const refused = page.getByTestId('restore-refused');
  await refused.waitFor({ timeout: 20_000 });
  expect(await refused.textContent()).toMatch(message);
  expect(await refused.textContent()).toContain('Auf diesem Gerät wurde nichts verändert.');
}

describe('device backup', () => {
  const env = browserAndServer();

  it('round-trips between two browser contexts; a wrong passphrase or a truncated file changes nothing', async () => {
    const contexts: BrowserContext[] = [];
    try {
      const first = await env.browser.newContext({ ...tabletLandscape, acceptDownloads: true });
      contexts.push(first);
      await first.clock.install();
      const a = await first.newPage();
      await a.goto(env.server.url);
      await setUpDevice(a);
      for (const name of NAMES) await createCase(a, name);
      await a.clock.fastForward(10 * 24 * 60 * 60 * 1000);
      await unlockDevice(a, NAMES[1] ?? ''); // ten idle days locked it
      const file = await makeBackup(a);
      // Encrypted: no name in the file.
      expect(file.toString('latin1')).not.toContain('Sicherung Amal');

      const second = await env.browser.newContext(tabletPortrait);
      contexts.push(second);
      const b = await second.newPage();
      await b.goto(env.server.url);
      await b.getByRole('heading', { level: 1, name: 'Dieses Gerät einrichten' }).waitFor();
      expect(await axeViolations(b)).toEqual([]);
      await shoot(b, 'backup-setup');
      await b.getByRole('button', { name: 'Aus einer Datensicherung einrichten' }).click();
      await b
        .getByRole('heading', { level: 1, name: 'Aus einer Datensicherung einrichten' })
        .waitFor();
      expect(await axeViolations(b)).toEqual([]);
      const untouched = await dumpIndexedDb(b);

      await chooseFile(b, file, 'Sicherung im Keller 2026');
      await refusedWith(b, /Die Passphrase passt nicht zu dieser Datensicherung/);
      expect(await axeViolations(b)).toEqual([]);
      await shoot(b, 'backup-restore-refused');
      expect(await dumpIndexedDb(b)).toBe(untouched);

      await chooseFile(b, file.subarray(0, Math.floor(file.length / 2)), BACKUP_PASSPHRASE);
      await refusedWith(b, /Die Datei ist unvollständig/);
      expect(await dumpIndexedDb(b)).toBe(untouched);
      await chooseFile(b, file.subarray(0, file.length - 1), BACKUP_PASSPHRASE);
      await refusedWith(b, /Die Datei ist unvollständig/);
      expect(await dumpIndexedDb(b)).toBe(untouched);

      await chooseFile(b, file, BACKUP_PASSPHRASE);
      await b.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor({ timeout: 30_000 });
      for (const name of NAMES) await b.getByText(name).first().waitFor();
      // The second tablet opens with its own passphrase only.
      await b.reload();
      await b.getByRole('heading', { level: 1, name: 'Gerät entsperren' }).waitFor();
      await b.getByLabel('Passphrase', { exact: true }).fill(SECOND_PASSPHRASE);
      await b.getByRole('button', { name: 'Entsperren' }).click();
      await b.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor({ timeout: 20_000 });
      for (const name of NAMES) await b.getByText(name).first().waitFor();
      // Restored from a backup: the reminder counts from it.
      await b.getByRole('link', { name: 'Einstellungen' }).click();
      await b.getByRole('heading', { level: 2, name: 'Datensicherung' }).waitFor();
      expect(await b.getByTestId('last-backup').textContent()).not.toBe('noch nie');
    } finally {
      for (const context of contexts) await context.close();
    }
  });
});
