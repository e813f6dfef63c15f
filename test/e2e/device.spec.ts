import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { dumpIndexedDb, PASSPHRASE, setUpDevice } from './support/device';

const NEW_PASSPHRASE = 'Neuer Satz 42 mit Umlaut ä';
const NAME = 'Gerätetest Person';

async function createCase(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
  await page.getByLabel('Name der beratenen Person').fill(NAME);
  await page.getByRole('button', { name: 'Fall anlegen' }).click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
}

async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Entsperren' }).click();
}

/** The number of lost changes the confirmation step states (after counting finished). */
async function statedUnsynced(page: Page): Promise<number> {
  const warning = page.getByTestId('wipe-unsynced');
  await warning.filter({ hasText: /übertragen/ }).waitFor();
  const text = (await warning.textContent()) ?? '';
  if (text.includes('Alle Änderungen sind übertragen')) return 0;
  return Number(/(\d+) Änderung/.exec(text)?.[1] ?? NaN);
}

/** Types the confirmation word, confirms, and waits for the set-up screen after the reload. */
async function confirmWipe(page: Page): Promise<void> {
  const confirm = page.getByRole('button', { name: 'Endgültig löschen' });
  expect(await confirm.isDisabled()).toBe(true);
  await page.getByLabel('Geben Sie zur Bestätigung LÖSCHEN ein').fill('LÖSCHEN');
  await confirm.click();
  await page.getByRole('heading', { level: 1, name: 'Dieses Gerät einrichten' }).waitFor();
}

/** No store holds a single row any more (the app may have re-created the database empty). */
async function storedRows(page: Page): Promise<string[]> {
  const dump = await dumpIndexedDb(page);
  return dump.split('\n').filter((line) => line !== '' && !/^\w+=$/.test(line));
}

describe('device security', () => {
  const env = browserAndServer();

  it('changes the passphrase, then wipes the device from the settings', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await setUpDevice(page);
    await createCase(page);

    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    const change = page.getByRole('button', { name: 'Passphrase ändern' });
    // A wrong current passphrase is refused inline.
    await page.getByLabel('Bisherige Passphrase', { exact: true }).fill('Falsch geraten 123');
    await page.getByLabel('Neue Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Neue Passphrase wiederholen').fill(NEW_PASSPHRASE);
    await change.click();
    await page.getByText('Die bisherige Passphrase ist falsch.').waitFor({ timeout: 20_000 });
    await page.getByLabel('Bisherige Passphrase', { exact: true }).fill(PASSPHRASE);
    await change.click();
    await page.getByRole('status').filter({ hasText: 'Die Passphrase wurde geändert.' }).waitFor({
      timeout: 20_000,
    });
    expect(await page.getByLabel('Neue Passphrase', { exact: true }).inputValue()).toBe('');

    // Old passphrase fails, the new one unlocks; the data is still there.
    await page.getByRole('button', { name: 'Sperren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gerät entsperren' }).waitFor();
    await unlockWith(page, PASSPHRASE);
    await page.getByText('Die Passphrase ist falsch.').waitFor({ timeout: 20_000 });
    await unlockWith(page, NEW_PASSPHRASE);
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor({
      timeout: 20_000,
    });
    await page.getByRole('link', { name: 'Fälle' }).click();
    await page.getByRole('link', { name: NAME }).waitFor();

    // An error no screen caught reaches the device's error log, by name, without its message.
    await page.evaluate(() => {
      setTimeout(() => {
        throw Object.assign(new Error('Gerätetest Person, Duldung'), { name: 'DemoFailure' });
      });
    });
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    const log = page.getByTestId('device-errors');
    await log.getByText('DemoFailure').waitFor();
    expect(await log.textContent()).not.toContain('Duldung');
    expect(
      await page.evaluate(() => localStorage.getItem('perspektive.deviceErrors')),
    ).not.toContain('Gerätetest');

    // Wipe: the confirmation states the changes that were never transferred.
    await page.getByRole('button', { name: 'Gerät zurücksetzen' }).click();
    expect(await statedUnsynced(page)).toBeGreaterThanOrEqual(1);
    await page.getByTestId('storage-persistence').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await confirmWipe(page);
    expect(await storedRows(page)).toEqual([]);
    expect(await dumpIndexedDb(page)).not.toContain(NAME);
    expect(await page.evaluate(() => localStorage.getItem('perspektive.deviceErrors'))).toBeNull();
    await context.close();
  });

  it('resets the device from the unlock screen when the passphrase is forgotten', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await setUpDevice(page);
    await createCase(page);
    await page.getByRole('button', { name: 'Sperren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gerät entsperren' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Passphrase vergessen? Gerät zurücksetzen' }).click();
    // Counted while locked: the outbox is not encrypted and holds no personal values.
    expect(await statedUnsynced(page)).toBeGreaterThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
    // Cancelling leaves everything as it was.
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await dumpIndexedDb(page)).toContain('keyring=id:device');

    await page.getByRole('button', { name: 'Passphrase vergessen? Gerät zurücksetzen' }).click();
    await confirmWipe(page);
    expect(await storedRows(page)).toEqual([]);

    // The tablet is usable again: set up anew, no old case.
    await setUpDevice(page);
    await page.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor();
    expect(await page.getByText(NAME).count()).toBe(0);
    await context.close();
  });
});
