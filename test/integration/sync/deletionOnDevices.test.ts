// Deletion that reaches every device (issue 26, device side), against the real server: a case
// erased by the server's deletion path (retention/erasure.ts, as for an Art. 17 request) and a
// draft deleted through sync reach two devices, which keep no trace of them but the id of the
// deleted case; a device offline beyond the tombstone horizon (tombstones pruned by
// retention/horizons.ts) is answered 410 reset_required, resyncs in full and ends with exactly
// the server's records — an interrupted resync loses nothing, and a case created offline
// meanwhile survives it. Proved with dumps that decrypt every sealed value.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { template } from '../../../src/domain/sessions/sessions.fixtures';
import { eraseCase } from '../../../src/server/retention/erasure';
import { pruneHorizons } from '../../../src/server/retention/horizons';
import { caseIndex } from '../../../src/storage/caseIndex/caseIndex';
import { followUpIndex } from '../../../src/storage/caseIndex/followUpIndex';
import { httpTransport, SyncHttpError, type SyncTransport } from '../../../src/sync/transport';
import { decryptedDump } from '../../support/decryptedDump';
import { dumpDatabase } from '../../support/rawDump';
import { clientDevice } from './support/clientDevice';
import {
  addUser,
  createOrg,
  listeningTestServer,
  TestDevice,
  type TestOrg,
} from './support/fixtures';

const env = listeningTestServer();
const SENTINEL = 'SENTINEL-Geloescht';

type Device = Awaited<ReturnType<typeof clientDevice>>;

/** A case with a draft conversation whose counsellor and action carry the case's name. */
async function caseWithDraft(device: Device, name: string) {
  const created = await device.cases.create({
    displayName: name,
    pseudonymised: false,
    createdOn: '2026-11-20',
  });
  const session = await device.sessions.start({
    caseId: created.id,
    template,
    asOf: '2026-11-20',
    counsellorName: `Beraterin von ${name}`,
  });
  await device.sessions.saveDraft(session.id, {
    answers: { actions: [{ id: 'a1', text: `Pass für ${name}`, responsible: 'client' }] },
  });
  return { caseId: created.id, sessionId: session.id };
}

/** Both lists built and stored: every case's digests, the case list's snapshot, the order. */
async function buildLists(device: Device) {
  const repositories = { cases: device.cases, sessions: device.sessions };
  const list = caseIndex(device.vault, repositories);
  await list.persist(await list.read());
  const followUps = followUpIndex(device.vault, repositories);
  await followUps.persist(await followUps.read('2026-11-25', 50));
}

/** Deletes a draft conversation the way a counsellor may: a delete pushed through sync. */
async function deleteDraft(deleter: TestDevice, sessionId: string) {
  const { pages } = await deleter.pullAll(0);
  const rev = pages.flatMap((p) => p.records).find((r) => r.entityId === sessionId)?.rev;
  const { results } = await deleter.push({
    kind: 'delete',
    entity: 'session',
    entityId: sessionId,
    baseRev: rev ?? 0,
  });
  expect(results.map((r) => r.status)).toEqual(['applied']);
}

/** Erases a case with everything of it through the server's deletion path (Art. 17). */
async function eraseOnServer(org: TestOrg, caseId: string) {
  const server = env.server();
  const counts = await server.db.transaction((tx) =>
    eraseCase(tx, {
      orgId: org.orgId,
      caseId,
      at: server.clock.now(),
      cause: { reason: 'art17', legalBasis: 'objection', by: org.admin.userId },
    }),
  );
  expect(counts).toMatchObject({ case: 1, session: 1 });
}

/** The organisation's records the server holds (not deleted), by id. */
async function serverRecordIds(orgId: string): Promise<string[]> {
  const rows = await env
    .server()
    .db.query<{ id: string }>('SELECT id FROM records WHERE org_id = $1 AND NOT deleted', [orgId]);
  return rows.map((r) => r.id).sort();
}

async function deviceRecordIds(device: Device): Promise<string[]> {
  const ids: string[] = [];
  for (const store of ['cases', 'sessions', 'consents', 'revocations', 'referrals'] as const) {
    ids.push(...(await device.db[store].toCollection().primaryKeys()).map(String));
  }
  return ids.sort();
}

/** The stores (lines of the raw dump) in which `id` appears. */
async function storesHolding(device: Device, id: string): Promise<string[]> {
  const lines = (await dumpDatabase(device.db)).split('\n');
  return [...new Set(lines.filter((l) => l.includes(id)).map((l) => l.split(':')[0] ?? ''))];
}

describe('deletion on devices', () => {
  it('reaches two devices completely: only the deleted case id stays, as its tombstone', async () => {
    const server = env.server();
    const org = await createOrg(server);
    const a = await clientDevice(httpTransport(env.baseUrl()), await addUser(server, org));
    const b = await clientDevice(httpTransport(env.baseUrl()), await addUser(server, org));
    const deleter = new TestDevice(server, await addUser(server, org));
    const doomed = await caseWithDraft(a, `${SENTINEL} Amal`);
    const kept = await caseWithDraft(a, 'Bleibt Bestehen');
    expect(await a.sync()).toMatchObject({ kind: 'done' });
    expect(await b.sync()).toMatchObject({ kind: 'done' });
    // The same field edited on both: B holds a conflict (both values, sealed) on the case.
    await a.cases.updateProfile(doomed.caseId, { fileNumber: `${SENTINEL}-A` });
    await b.cases.updateProfile(doomed.caseId, { fileNumber: `${SENTINEL}-B` });
    for (const device of [a, b, a]) expect((await device.sync()).kind).toBe('done');
    expect(await b.conflicts.open()).toHaveLength(1);
    for (const device of [a, b]) {
      await buildLists(device);
      expect(await decryptedDump(device.db, device.vault)).toContain(SENTINEL); // can fail
    }

    // The whole case goes (erased on the server), and of the other case only its draft.
    await eraseOnServer(org, doomed.caseId);
    await deleteDraft(deleter, kept.sessionId);
    // B edits the case meanwhile: the push is refused as deleted, the edit goes with it.
    await b.cases.updateProfile(doomed.caseId, { fileNumber: `${SENTINEL}-spaet` });
    for (const device of [a, b]) expect((await device.sync()).kind).toBe('done');

    for (const device of [a, b]) {
      expect(await device.cases.get(doomed.caseId)).toBeUndefined();
      expect(await device.sessions.get(kept.sessionId)).toBeUndefined();
      expect((await device.cases.get(kept.caseId))?.profile.displayName).toBe('Bleibt Bestehen');
      expect(await device.replica.pendingCount()).toBe(0);
      expect(await device.conflicts.open()).toEqual([]);
      const repositories = { cases: device.cases, sessions: device.sessions };
      const list = await caseIndex(device.vault, repositories).read();
      expect(list.entries.map((e) => e.digest.id)).toEqual([kept.caseId]);
      await buildLists(device);

      const dump = await decryptedDump(device.db, device.vault);
      expect(dump).not.toContain('UNREADABLE');
      expect(dump).not.toContain(SENTINEL);
      expect(dump).not.toContain('Pass für Bleibt Bestehen'); // the deleted conversation's
      expect(dump).toContain('Bleibt Bestehen'); // the case that stays (positive control)
      expect(await storesHolding(device, doomed.caseId)).toEqual(['tombstones']);
      expect(await storesHolding(device, doomed.sessionId)).toEqual([]);
      expect(await storesHolding(device, kept.sessionId)).toEqual([]);
      expect(await deviceRecordIds(device)).toEqual(await serverRecordIds(org.orgId));
    }
  });

  it('an offline device beyond the horizon resets and ends with exactly the server records', async () => {
    const server = env.server();
    const org = await createOrg(server);
    const author = await clientDevice(httpTransport(env.baseUrl()), await addUser(server, org));
    const doomed = await caseWithDraft(author, `${SENTINEL} Pruned`);
    for (let i = 0; i < 4; i++) await caseWithDraft(author, `Fall ${String(i)}`);
    expect(await author.sync()).toMatchObject({ kind: 'done' });

    // The traveller pulls in pages of 3 records and can lose the connection on a page.
    const real = httpTransport(env.baseUrl());
    const behaviour = { failFromStart: 0, pulls: [] as number[], resyncFlags: [] as boolean[] };
    let createDuringPull: (() => Promise<void>) | undefined;
    const transport: SyncTransport = {
      ...real,
      pull: async (token, request) => {
        behaviour.pulls.push(request.checkpoint);
        behaviour.resyncFlags.push(request.resync === true);
        const page = await real.pull(token, { ...request, limit: 3 });
        if (createDuringPull) {
          // A case typed in while the sync runs, after its push: not pushed yet.
          const create = createDuringPull;
          createDuringPull = undefined;
          await create();
        }
        if (behaviour.pulls.length === behaviour.failFromStart) {
          throw new SyncHttpError(0, 'offline', 'connection lost');
        }
        return page;
      },
    };
    const traveller = await clientDevice(transport, await addUser(server, org));
    expect(await traveller.sync()).toMatchObject({ kind: 'done' });
    await buildLists(traveller);

    // While the traveller is away: the case is erased, a new case is added, and the tombstones
    // are pruned by the server's horizon run half a year later (the clock stays, so sessions
    // stay valid).
    await eraseOnServer(org, doomed.caseId);
    const added = await caseWithDraft(author, 'Neu waehrend der Reise');
    expect(await author.sync()).toMatchObject({ kind: 'done' });
    const later = new Date(server.clock.now().getTime() + 181 * 24 * 60 * 60 * 1000);
    const pruned = await pruneHorizons(server.db, later, { tombstoneDays: 180, auditDays: 3650 });
    expect(pruned.tombstones).toBeGreaterThanOrEqual(2);

    // Back: the server answers 410 reset_required; the full pull breaks off on its second
    // page. Nothing is removed.
    behaviour.pulls = [];
    behaviour.resyncFlags = [];
    behaviour.failFromStart = 3; // the refused pull, page 1 from 0, then page 2
    expect(await traveller.sync()).toMatchObject({ kind: 'offline' });
    expect(behaviour.pulls[0]).toBeGreaterThan(0);
    expect(behaviour.pulls[1]).toBe(0);
    // Page 2 lies below the pruned horizon: it is asked for as part of the resync.
    expect(behaviour.pulls[2]).toBeLessThan(behaviour.pulls[0] ?? 0);
    expect(behaviour.resyncFlags).toEqual([false, false, true]);
    expect((await traveller.replica.state()).checkpoint).toBeGreaterThan(0); // page 1 is in
    expect(await traveller.cases.get(doomed.caseId)).toBeDefined();
    expect((await traveller.replica.state()).resync).toBeDefined();

    // The next sync completes the resync; a case typed in during it stays (and goes out).
    let typed = '';
    createDuringPull = async () => {
      typed = (
        await traveller.cases.create({
          displayName: 'Offline angelegt',
          pseudonymised: false,
          createdOn: '2026-12-06',
        })
      ).id;
    };
    behaviour.failFromStart = 0;
    behaviour.resyncFlags = [];
    expect(await traveller.sync()).toMatchObject({ kind: 'done' });
    expect(behaviour.resyncFlags.every(Boolean)).toBe(true); // each page of the continued resync
    expect(await traveller.cases.get(doomed.caseId)).toBeUndefined();
    expect(await traveller.sessions.get(doomed.sessionId)).toBeUndefined();
    expect((await traveller.cases.get(added.caseId))?.profile.displayName).toBe(
      'Neu waehrend der Reise',
    );
    expect((await traveller.cases.get(typed))?.profile.displayName).toBe('Offline angelegt');
    expect((await traveller.replica.state()).resync).toBeUndefined();

    expect(await traveller.sync()).toMatchObject({ kind: 'done', pushed: 1 });
    expect(await deviceRecordIds(traveller)).toEqual(await serverRecordIds(org.orgId));
    await buildLists(traveller);
    const dump = await decryptedDump(traveller.db, traveller.vault);
    expect(dump).not.toContain('UNREADABLE');
    expect(dump).not.toContain(SENTINEL);
    expect(await storesHolding(traveller, doomed.caseId)).toEqual([]);
  });

  it('a device ahead of a restored server keeps the records only it still holds', async () => {
    const server = env.server();
    const org = await createOrg(server);
    const author = await clientDevice(httpTransport(env.baseUrl()), await addUser(server, org));
    const only = await caseWithDraft(author, 'Nur noch auf dem Geraet');
    expect(await author.sync()).toMatchObject({ kind: 'done' });
    // As if the server were restored from a backup taken before the case arrived (with its
    // feed counter behind the device, and the same server id: renew-server-id forgotten).
    await server.db.query('DELETE FROM records WHERE org_id = $1 AND id = ANY($2::uuid[])', [
      org.orgId,
      [only.caseId, only.sessionId],
    ]);
    await server.db.query('UPDATE org_counter SET seq = 0 WHERE org_id = $1', [org.orgId]);
    expect(await author.sync()).toMatchObject({ kind: 'done' });
    expect((await author.cases.get(only.caseId))?.profile.displayName).toBe(
      'Nur noch auf dem Geraet',
    );
    expect(await author.sessions.get(only.sessionId)).toBeDefined();
  });
});
