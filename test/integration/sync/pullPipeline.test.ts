// The pull loop fetches the next page while the current one is applied (syncEngine.ts).
// Against the real server: the overlap happens, and a page that fails to apply leaves the
// checkpoint behind it, so the page fetched ahead is never applied out of order; a 410
// reset_required is handled in order, before anything else is applied.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { httpTransport, type SyncTransport } from '../../../src/sync/transport';
import { clientDevice } from './support/clientDevice';
import { addUser, createOrg, listeningTestServer } from './support/fixtures';

const env = listeningTestServer();

const PAGE = 4;
const CASES = 10; // three pages of 4, 4 and 2

describe('pull pipeline', () => {
  it('requests the next page during the apply, and never applies past a failed page', async () => {
    const server = env.server();
    const baseUrl = env.baseUrl();
    const org = await createOrg(server);
    const author = await clientDevice(httpTransport(baseUrl), await addUser(server, org));
    const ids: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const created = await author.cases.create({
        displayName: `Seite ${String(i)}`,
        pseudonymised: false,
        createdOn: '2026-11-20',
      });
      ids.push(created.id);
    }
    expect(await author.sync()).toMatchObject({ kind: 'done', pushed: CASES });

    const log: string[] = [];
    const real = httpTransport(baseUrl);
    const smallPages: SyncTransport = {
      ...real,
      pull: async (token, request) => {
        log.push(`request ${String(request.checkpoint)}`);
        return real.pull(token, { ...request, limit: PAGE });
      },
    };
    const reader = await clientDevice(smallPages, await addUser(server, org));
    const apply = reader.replica.applyPulled.bind(reader.replica);
    let failOnPage: number | undefined = 2;
    let page = 0;
    reader.replica.applyPulled = async (response) => {
      page += 1;
      log.push(`apply ${String(page)}`);
      if (page === failOnPage) throw new Error('disk full while writing page 2');
      const result = await apply(response);
      log.push(`applied ${String(page)}`);
      return result;
    };

    expect(await reader.sync()).toEqual({ kind: 'error', code: 'local' });
    // Page 2 was requested before page 1 was written; page 3 before page 2 failed.
    const at = (entry: string) => log.indexOf(entry);
    const requests = log.filter((entry) => entry.startsWith('request '));
    expect(requests).toHaveLength(3);
    expect(at(requests[1] ?? '')).toBeLessThan(at('applied 1'));
    expect(at(requests[2] ?? '')).toBeLessThan(at('apply 2'));
    // Only page 1 is on the device, and the checkpoint is right behind it.
    const present = await Promise.all(ids.map((id) => reader.cases.get(id)));
    expect(present.filter(Boolean)).toHaveLength(PAGE);
    const afterFailure = await reader.replica.state();
    expect(`request ${String(afterFailure.checkpoint)}`).toBe(requests[1]);

    // The next run continues from there and brings the rest, once each.
    failOnPage = undefined;
    log.length = 0;
    expect(await reader.sync()).toMatchObject({ kind: 'done', pulled: CASES - PAGE });
    expect(log.filter((entry) => entry.startsWith('request '))[0]).toBe(requests[1]);
    const all = await Promise.all(ids.map((id) => reader.cases.get(id)));
    expect(all.map((c) => c?.profile.displayName)).toEqual(ids.map((_, i) => `Seite ${String(i)}`));
  });

  it('a checkpoint the server never issued (410 reset_required) resets it and pulls from 0', async () => {
    const server = env.server();
    const baseUrl = env.baseUrl();
    const org = await createOrg(server);
    const author = await clientDevice(httpTransport(baseUrl), await addUser(server, org));
    for (let i = 0; i < 3; i++) {
      await author.cases.create({
        displayName: `Neu ${String(i)}`,
        pseudonymised: false,
        createdOn: '2026-11-20',
      });
    }
    expect(await author.sync()).toMatchObject({ kind: 'done', pushed: 3 });

    const requested: number[] = [];
    const real = httpTransport(baseUrl);
    const reader = await clientDevice(
      {
        ...real,
        pull: (token, request) => {
          requested.push(request.checkpoint);
          return real.pull(token, request);
        },
      },
      await addUser(server, org),
    );
    expect(await reader.sync()).toMatchObject({ kind: 'done', pulled: 3 });
    const synced = await reader.replica.state();

    // As after the server was restored from an older backup: the device is ahead of it.
    const stored = await reader.db.preferences.get('syncState');
    await reader.db.preferences.put({
      ...stored!,
      value: { ...(stored!.value as object), checkpoint: synced.checkpoint + 1_000 },
    });
    requested.length = 0;
    expect(await reader.sync()).toMatchObject({ kind: 'done', pulled: 3 });
    expect(requested).toEqual([synced.checkpoint + 1_000, 0]);
    expect((await reader.replica.state()).checkpoint).toBe(synced.checkpoint);
  });
});
