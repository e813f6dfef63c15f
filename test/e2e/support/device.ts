import type { Page } from 'playwright-core';

export const PASSPHRASE = 'Korrekt Pferd 7 Batterie';

/**
 * First start: chooses the device passphrase and waits until the requested screen shows
 * (by default the case list). Key derivation takes a moment, hence the longer timeout.
 */
export async function setUpDevice(page: Page, landing = 'Fälle'): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Dieses Gerät einrichten' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase wiederholen').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Gerät einrichten' }).click();
  await page.getByRole('heading', { level: 1, name: landing }).waitFor({ timeout: 20_000 });
}

/** After a reload or lock: unlocks with the passphrase and waits for the given screen. */
export async function unlockDevice(page: Page, landing: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Gerät entsperren' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await page.getByRole('heading', { level: 1, name: landing }).waitFor({ timeout: 20_000 });
}

/** Leaves the client view the only way there is: the counsellor's device passphrase. */
export async function leaveClientView(
  page: Page,
  labels = {
    open: 'Zurück zur Beratungsansicht',
    field: 'Passphrase des Geräts',
    leave: 'Zurück zur Beratung',
  },
): Promise<void> {
  await page.getByRole('button', { name: labels.open, exact: true }).click();
  await page.getByLabel(labels.field, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: labels.leave, exact: true }).click();
  await page.getByTestId('client-region').waitFor({ state: 'detached', timeout: 20_000 });
}

/**
 * Every record of every object store of the app's IndexedDB database, read with the raw
 * IndexedDB API (not through the app), as text: strings verbatim, byte arrays decoded.
 */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('perspektive');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error('open failed'));
      };
    });
    const text = (value: unknown): string => {
      if (value instanceof ArrayBuffer) return text(new Uint8Array(value));
      if (ArrayBuffer.isView(value)) {
        return new TextDecoder().decode(
          new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
        );
      }
      if (Array.isArray(value)) return value.map(text).join(',');
      if (value && typeof value === 'object') {
        return Object.entries(value)
          .map(([k, v]) => `${k}:${text(v)}`)
          .join(',');
      }
      return String(value);
    };
    const parts: string[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => {
          resolve(request.result as unknown[]);
        };
        request.onerror = () => {
          reject(new Error('read failed'));
        };
      });
      parts.push(`${name}=${rows.map(text).join('|')}`);
    }
    db.close();
    return parts.join('\n');
  });
}

/**
 * Runs a sync from the settings and waits until THAT run has succeeded: the status panel's
 * exact last-sync time changed and the button is enabled again. Waiting for a text such as
 * "Zuletzt synchronisiert" or "Alle Änderungen sind übertragen." can be satisfied by an
 * earlier run, and the test then reads the server before its own changes reached it.
 */
export async function syncNow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  const status = page.getByTestId('sync-status');
  const before = (await status.getAttribute('data-last-sync')) ?? '';
  await page.getByRole('button', { name: 'Jetzt synchronisieren' }).click();
  await page.waitForFunction(
    (previous) => {
      const panel = document.querySelector('[data-testid="sync-status"]');
      const last = panel?.getAttribute('data-last-sync') ?? '';
      return last !== '' && last !== previous && !panel?.querySelector('button[disabled]');
    },
    before,
    { timeout: 30_000 },
  );
}
