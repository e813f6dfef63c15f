// Deletion that reaches every device, in the browser (issue 26): a case erased on the server
// (the administrator's Art. 17 route) disappears from two signed-in tablets at their next
// sync, and their raw IndexedDB — every row of every store, read without the app — holds
// no trace of it but its id in the tombstones store. A tablet that was offline beyond the
// tombstone horizon resets, pulls anew and ends without the case. The other case stays.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { dumpIndexedDb, setUpDevice, syncNow } from './support/device';
import { createCounsellor, E2E_ADMIN, post, signInInApp } from './support/organisation';
import { organisationDataDir } from './support/dataTemplates';

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
  const env = browserAndServer({ dataDir: organisationDataDir });
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  /** Two signed-in tablets holding two cases (list digests built), the first one doomed. */
  async function twoSyncedTablets(prefix: string) {
    const tablets: { context: BrowserContext; page: Page }[] = [];
    for (const name of [`${prefix} A`, `${prefix} B`]) {
      const context = await env.browser.newContext(tabletLandscape);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(env.server.url);
      await setUpDevice(page);
      await signInInApp(page, await createCounsellor(env.server.url, name), `Tablet ${name}`);
      tablets.push({ context, page });
    }
    const [a, b] = tablets as [(typeof tablets)[0], (typeof tablets)[0]];
    const names = { doomed: `${DOOMED} ${prefix}`, kept: `${KEPT} ${prefix}` };
    const doomed = await createCase(a.page, names.doomed);
    const kept = await createCase(a.page, names.kept);
    await syncNow(a.page);
    await syncNow(b.page);
    for (const { page } of [a, b]) {
      await page.getByRole('link', { name: 'Fälle', exact: true }).click();
      await page.getByText(names.doomed).waitFor(); // the case list built its digests
      // Before: the id is in the records, the queue or digests — the check can fail.
      expect((await storesMentioning(page, doomed)).length).toBeGreaterThan(0);
    }
    return { a, b, doomed, kept, names };
  }

  async function showsOnlyKept(page: Page, names: { doomed: string; kept: string }) {
    await page.getByRole('link', { name: 'Fälle', exact: true }).click();
    await page.getByText(names.kept).waitFor();
    expect(await page.getByText(names.doomed).count()).toBe(0);
  }

  it('leaves no trace of an erased case but its id in the tombstones', async () => {
    const { a, b, doomed, kept, names } = await twoSyncedTablets('Loesch');
    await eraseAsAdmin(env.server.url, doomed);
    for (const { page } of [a, b]) {
      await syncNow(page);
      await showsOnlyKept(page, names);
      expect(await storesMentioning(page, doomed)).toEqual(['tombstones']);
      expect((await storesMentioning(page, kept)).length).toBeGreaterThan(0);
    }
  });

  it('a tablet offline beyond the horizon resets, pulls anew and drops what the server no longer holds', async () => {
    const { a, b, doomed, kept, names } = await twoSyncedTablets('Reise');
    // B is away while the case is erased and A receives the deletion.
    await b.context.setOffline(true);
    await eraseAsAdmin(env.server.url, doomed);
    await syncNow(a.page);
    // Back beyond the horizon: the server's tombstones are pruned (they no longer come in the
    // feed, as after retention/horizons.ts) and its checkpoint is refused with 410 once (the
    // server's answer there; integration test deletionOnDevices proves both on the server).
    const requests: { checkpoint: number; resync: boolean }[] = [];
    await b.context.route('**/api/sync/pull', async (route) => {
      const body = route.request().postDataJSON() as { checkpoint: number; resync?: boolean };
      requests.push({ checkpoint: body.checkpoint, resync: body.resync === true });
      if (requests.length === 1) {
        expect(body.checkpoint).toBeGreaterThan(0);
        await route.fulfill({
          status: 410,
          json: { error: 'reset_required', message: 'beyond the tombstone horizon' },
        });
        return;
      }
      const response = await route.fetch();
      const page = (await response.json()) as { records: { deleted: boolean }[] };
      await route.fulfill({
        response,
        json: { ...page, records: page.records.filter((r) => !r.deleted) },
      });
    });
    await b.context.setOffline(false);
    await syncNow(b.page);
    expect(requests[1]?.checkpoint).toBe(0); // pulled anew from the start
    await showsOnlyKept(b.page, names);
    // Not even a tombstone came: the full pull's end removed the case and every trace.
    expect(await storesMentioning(b.page, doomed)).toEqual([]);
    expect((await storesMentioning(b.page, kept)).length).toBeGreaterThan(0);
  });
});
