// Deletion that reaches every device, in the browser (issue 26): a case erased on the server
// (the administrator's Art. 17 route) disappears from two signed-in tablets at their next
// sync, and their raw IndexedDB — every row of every store, read without the app — holds
// no trace of it but its id in the tombstones store. The other case stays (positive control).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { dumpIndexedDb, setUpDevice } from './support/device';
import {
  bootstrapDataDir,
  createCounsellor,
  E2E_ADMIN,
  post,
  signInInApp,
} from './support/organisation';

const DOOMED = 'Loeschung Amal Beispiel';
const KEPT = 'Bleibt Bestehen';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

async function createCase(page: Page, name: string): Promise<string> {
  await page.getByRole('link', { name: 'Fälle', exact: true }).click();
  await page.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
  await page.getByLabel('Name der beratenen Person').fill(name);
  await page.getByRole('button', { name: 'Fall anlegen' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const id = UUID.exec(page.url())?.[0];
  if (!id) throw new Error(`no case id in ${page.url()}`);
  return id;
}

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('button', { name: 'Jetzt synchronisieren' }).click();
  await page.getByText('Alle Änderungen sind übertragen.').waitFor({ timeout: 20_000 });
}

async function eraseAsAdmin(serverUrl: string, caseId: string): Promise<void> {
  const { token } = await post<{ token: string }>(`${serverUrl}/api/auth/login`, {
    ...E2E_ADMIN,
    clientId: randomUUID(),
    deviceName: 'E2E admin script',
  });
  const erased = await post(
    `${serverUrl}/api/admin/cases/${caseId}/erase`,
    { legalBasis: 'objection' },
    token,
  );
  expect(erased).toMatchObject({ targets: 1, counts: { case: 1 } });
}

/** The stores (lines of the raw dump) whose rows mention `text`. */
async function storesMentioning(page: Page, text: string): Promise<string[]> {
  const lines = (await dumpIndexedDb(page)).split('\n');
  return lines.filter((line) => line.includes(text)).map((line) => line.split('=')[0] ?? '');
}

describe('deletion on two tablets', () => {
  const env = browserAndServer({ dataDir: bootstrapDataDir });

  it('leaves no trace of an erased case but its id in the tombstones', async () => {
    const contexts: BrowserContext[] = [];
    try {
      const tablets: Page[] = [];
      for (const name of ['Loesch A', 'Loesch B']) {
        const context = await env.browser.newContext(tabletLandscape);
        contexts.push(context);
        const page = await context.newPage();
        await page.goto(env.server.url);
        await setUpDevice(page);
        await signInInApp(page, await createCounsellor(env.server.url, name), `Tablet ${name}`);
        tablets.push(page);
      }
      const [a, b] = tablets as [Page, Page];
      const doomed = await createCase(a, DOOMED);
      const kept = await createCase(a, KEPT);
      await syncNow(a);
      await syncNow(b);
      for (const page of [a, b]) {
        await page.getByRole('link', { name: 'Fälle', exact: true }).click();
        await page.getByText(DOOMED).waitFor(); // the case list built its digests
        // Before: the id is in the records, the queue or digests — the check can fail.
        expect((await storesMentioning(page, doomed)).length).toBeGreaterThan(0);
      }

      await eraseAsAdmin(env.server.url, doomed);
      for (const page of [a, b]) {
        await syncNow(page);
        await page.getByRole('link', { name: 'Fälle', exact: true }).click();
        await page.getByText(KEPT).waitFor();
        expect(await page.getByText(DOOMED).count()).toBe(0);
        expect(await storesMentioning(page, doomed)).toEqual(['tombstones']);
        expect((await storesMentioning(page, kept)).length).toBeGreaterThan(0);
      }
    } finally {
      for (const context of contexts) await context.close();
    }
  });
});
