// The full resync after 410 reset_required (issue 26): records the full pull does not bring
// are removed at its end — never one created offline and not yet pushed, never when the
// server is another (restored) database, and never when the resync is interrupted.
import { describe, expect, it } from 'vitest';
import type { PullResponse, RecordState } from '../../protocol';
import { unlockedVault } from '../../../test/support/storageTesting';
import { caseRepository } from '../cases/caseRepository';
import { sealedStore } from '../records/sealedStore';
import { PARTNERS_PREFERENCE } from '../referrals/partners';
import { replica } from './replica';

const SERVER = '0b7c6a2e-8d7f-4f0e-9a53-7d1c2b3a4e5f';
const OTHER_SERVER = '7d1c2b3a-4e5f-4f0e-9a53-0b7c6a2e8d7f';
const USER = '5e0f3a1b-2c4d-4e6f-8a9b-0c1d2e3f4a5b';

const caseRecord = (id: string, seq: number, displayName = `Fall ${String(seq)}`): RecordState => ({
  seq,
  entity: 'case',
  entityId: id,
  rev: 1,
  deleted: false,
  fields: { displayName, pseudonymised: false, createdOn: '2026-11-20' },
  updatedAt: '2026-11-21T10:00:00.000Z',
  updatedBy: USER,
});

function page(
  records: RecordState[],
  checkpoint: number,
  hasMore: boolean,
  serverId = SERVER,
): PullResponse {
  return {
    serverId,
    records,
    conflicts: [],
    checkpoint,
    hasMore,
    lastClientSeq: 0,
    policy: { idleLockMinutes: 5, hiddenLockSeconds: 60 },
    partners: [],
  };
}

/**
 * A device that synced X, Y and V (checkpoint 3) and then made: an offline case Z (never
 * pushed), a referral the server refused (rev 0), and an edit of X not yet pushed.
 */
async function syncedDevice() {
  const { db, vault } = await unlockedVault('resync');
  const sync = replica(vault);
  const cases = caseRepository(vault);
  const ids = {
    x: crypto.randomUUID(),
    y: crypto.randomUUID(),
    v: crypto.randomUUID(),
    refused: crypto.randomUUID(),
  };
  await sync.applyPulled(
    page([caseRecord(ids.x, 1), caseRecord(ids.y, 2), caseRecord(ids.v, 3)], 3, false),
  );
  const offline = await cases.create({
    displayName: 'Offline angelegt',
    pseudonymised: false,
    createdOn: '2026-12-01',
  });
  await sealedStore(vault, 'referrals', 'referral').applyRemote(
    ids.refused,
    ids.y,
    { caseId: ids.y, state: 'refused' },
    0,
  );
  await cases.updateProfile(ids.x, { fileNumber: 'AZ-1' });
  return { db, sync, cases, ids: { ...ids, offline: offline.id } };
}

const held = async (db: Awaited<ReturnType<typeof syncedDevice>>['db']) => ({
  cases: new Set((await db.cases.toCollection().primaryKeys()).map(String)),
  referrals: (await db.referrals.toCollection().primaryKeys()).map(String),
});

describe('a full resync', () => {
  it('removes at its end what the server no longer holds, keeps local creations, survives an interruption', async () => {
    const { db, sync, ids } = await syncedDevice();
    await sync.resetCheckpoint(undefined, { fullResync: true });
    expect((await sync.state()).resync).toEqual({ serverId: SERVER, checkpoint: 3 });

    // X was deleted on the server and its tombstone pruned: the pull from 0 lacks it. V
    // comes in a form this version cannot validate: skipped, but the server holds it.
    const w = crypto.randomUUID();
    const invalidV = { ...caseRecord(ids.v, 6), fields: { displayName: 42 } };
    await sync.applyPulled(page([caseRecord(ids.y, 5), invalidV], 6, true));
    expect((await held(db)).cases.has(ids.x)).toBe(true); // nothing removed midway
    expect(await db.resyncSeen.count()).toBe(2);

    // The last page fails (the disk is full): nothing is removed, the resync stays under way.
    const hook = (_changes: unknown, key: unknown) => {
      if (key === PARTNERS_PREFERENCE) throw new Error('QuotaExceededError (injected)');
    };
    db.preferences.hook('updating', hook);
    await expect(sync.applyPulled(page([caseRecord(w, 8)], 8, false))).rejects.toThrow(/injected/);
    expect((await held(db)).cases.has(ids.x)).toBe(true);
    expect((await sync.state()).resync).toBeDefined();
    expect((await sync.state()).checkpoint).toBe(6);

    // The next sync continues from the checkpoint and completes it.
    db.preferences.hook('updating').unsubscribe(hook);
    await sync.applyPulled(page([caseRecord(w, 8)], 8, false));
    const after = await held(db);
    expect(after.cases).toEqual(new Set([ids.y, ids.v, w, ids.offline]));
    expect(after.referrals).toEqual([ids.refused]);
    expect(await db.outbox.where('recordId').equals(ids.x).count()).toBe(0);
    expect(await db.outbox.where('recordId').equals(ids.offline).count()).toBe(1);
    expect(await db.resyncSeen.count()).toBe(0);
    expect((await sync.state()).resync).toBeUndefined();
    expect(await db.tombstones.count()).toBe(0); // a sweep remembers nothing
  });

  it('from another server database (restored from a backup) removes nothing', async () => {
    const { db, sync, ids } = await syncedDevice();
    await sync.resetCheckpoint(undefined, { fullResync: true });
    await sync.applyPulled(page([caseRecord(ids.y, 5)], 5, false, OTHER_SERVER));
    expect((await held(db)).cases.has(ids.x)).toBe(true);
    expect((await sync.state()).resync).toBeUndefined();
    expect(await db.resyncSeen.count()).toBe(0);
  });

  it('whose feed ends before the old checkpoint (the server went back) removes nothing', async () => {
    const { db, sync, ids } = await syncedDevice();
    await sync.resetCheckpoint(undefined, { fullResync: true });
    await sync.applyPulled(page([caseRecord(ids.y, 2)], 2, false));
    expect((await held(db)).cases.has(ids.x)).toBe(true);
    expect((await sync.state()).resync).toBeUndefined();
  });

  it('is not started by a new server id, and a plain pull never removes anything', async () => {
    const { db, sync, ids } = await syncedDevice();
    await sync.resetCheckpoint(OTHER_SERVER);
    expect((await sync.state()).resync).toBeUndefined();
    await sync.applyPulled(page([caseRecord(ids.y, 1)], 1, false, OTHER_SERVER));
    expect((await held(db)).cases.has(ids.x)).toBe(true);
  });
});
