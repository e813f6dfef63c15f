import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectFollowUps } from '../../domain';
import { template } from '../../domain/sessions/sessions.fixtures';
import { dumpDatabase } from '../../../test/support/rawDump';
import { unlockedVault } from '../../../test/support/storageTesting';
import { caseRepository } from '../cases/caseRepository';
import { sessionRepository } from '../sessions/sessionRepository';
import { followUpIndex } from './followUpIndex';

const TODAY = '2026-11-25';

async function setUp() {
  const { db, vault } = await unlockedVault('follow-up-index');
  const cases = caseRepository(vault);
  const sessions = sessionRepository(vault);
  return { db, vault, cases, sessions, index: followUpIndex(vault, { cases, sessions }) };
}

type Device = Awaited<ReturnType<typeof setUp>>;

/** A case with one conversation whose open actions are due on the given days. */
async function caseWithActions(device: Device, name: string, dues: readonly string[]) {
  const record = await device.cases.create({
    displayName: name,
    pseudonymised: false,
    createdOn: '2026-10-01',
  });
  const session = await device.sessions.start({
    caseId: record.id,
    template,
    asOf: '2026-11-20',
  });
  await device.sessions.saveDraft(session.id, {
    answers: {
      actions: dues.map((dueDate, i) => ({
        id: `a${String(i)}`,
        text: `SENTINEL ${name} ${String(i)}`,
        responsible: 'client' as const,
        dueDate,
      })),
    },
  });
  return { record, session };
}

/** What collectFollowUps lists over every case and conversation of the device. */
async function expected(device: Device) {
  const all = await device.cases.list();
  return collectFollowUps(
    await Promise.all(
      all.map(async (caseRecord) => ({
        caseRecord,
        sessions: await device.sessions.byCase(caseRecord.id),
      })),
    ),
    TODAY,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('followUpIndex', () => {
  it('lists what collectFollowUps lists, sealed, and follows every write in the same transaction', async () => {
    const device = await setUp();
    const { db, index } = device;
    const { record, session } = await caseWithActions(device, 'Amal', ['2026-11-22']);

    const first = await index.read(TODAY, 50);
    expect(first.followUps).toEqual(await expected(device));
    expect(first.pending.rebuilt.map((r) => r.caseId)).toEqual([record.id]);
    await index.persist(first);
    expect(await dumpDatabase(db)).not.toMatch(/SENTINEL/);
    const stored = await index.read(TODAY, 50);
    expect(stored.pending.needed).toBe(false);
    expect(stored.followUps).toEqual(first.followUps);
    expect(stored.names.get(record.id)).toBe('Amal');
    expect(stored.sessionDates.get(session.id)).toBe('2026-11-20');

    // Ticking the action off marks the digest stale with the write itself: the next read
    // builds it again, and the action is gone.
    await device.sessions.saveDraft(session.id, {
      answers: {
        actions: [{ id: 'a0', text: 'SENTINEL Pass', responsible: 'client', done: true }],
      },
    });
    expect((await db.followUpDigests.get(record.id))?.stale).toBeDefined();
    const after = await index.read(TODAY, 50);
    expect(after.pending.rebuilt.map((r) => r.caseId)).toEqual([record.id]);
    expect(after.followUps).toEqual(await expected(device));
    expect(after.followUps.filter((f) => f.kind === 'action')).toEqual([]);
  });

  it('opens only the digests of the entries shown, with the counts of all', async () => {
    const device = await setUp();
    const { index } = device;
    const dues = ['2026-11-01', '2026-11-25', '2026-11-28', '2027-02-01'];
    for (let i = 0; i < 8; i++) await caseWithActions(device, `Person ${String(i)}`, dues);
    await index.persist(await index.read(TODAY, 3));
    const all = await expected(device);
    expect(all).toHaveLength(32);

    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    device.vault.lock();
    await device.vault.unlock('Korrekt Pferd 7 Batterie'); // drops every decrypted value
    decrypt.mockClear();
    const read = await index.read(TODAY, 3);
    expect(read.followUps).toEqual(all.slice(0, 3));
    expect(read.total).toBe(32);
    expect(read.counts).toEqual({ overdue: 8, today: 8, soon: 8, later: 8, 'no-date': 0 });
    // The order row, and the digests of the (at most three) cases shown: not all eight.
    expect(decrypt.mock.calls.length).toBeLessThanOrEqual(4);
    expect(read.pending.needed).toBe(false);

    // One case changed: the rest still come from the order, that one from its records.
    const changed = (await device.cases.list())[5]!;
    await device.cases.updateProfile(changed.id, { displayName: 'Person geändert' });
    const next = await index.read(TODAY, 40);
    expect(next.followUps).toEqual(await expected(device));
    expect(next.pending.rebuilt.map((r) => r.caseId)).toEqual([changed.id]);
  });

  it('does not store a digest whose records changed after they were read', async () => {
    const device = await setUp();
    const { db, index } = device;
    const { record, session } = await caseWithActions(device, 'Amal', ['2026-11-22']);
    const read = await index.read(TODAY, 50);
    // Written between the read and storing its result: a new stale mark.
    await device.sessions.saveDraft(session.id, {
      answers: {
        actions: [{ id: 'a0', text: 'neu', responsible: 'client', dueDate: '2026-12-01' }],
      },
    });
    await index.persist(read);
    expect((await db.followUpDigests.get(record.id))?.stale).toBeDefined();
    const again = await index.read(TODAY, 50);
    expect(again.followUps).toEqual(await expected(device));
    expect(again.followUps.map((f) => f.dueDate)).toEqual(['2026-12-01']);
  });

  it('an altered order row is ignored and written anew; rows of gone cases are removed', async () => {
    const device = await setUp();
    const { db, index } = device;
    await caseWithActions(device, 'Amal', ['2026-11-22']);
    const { record: gone } = await caseWithActions(device, 'Bahar', ['2026-11-23']);
    await index.persist(await index.read(TODAY, 50));
    const row = (await db.caseDigestSnapshot.get('followUpOrder'))!;
    const ct = new Uint8Array(row.data.ct);
    ct[0] = (ct[0] ?? 0) ^ 1;
    await db.caseDigestSnapshot.put({ ...row, data: { ...row.data, ct } });
    device.vault.lock();
    await device.vault.unlock('Korrekt Pferd 7 Batterie');
    await db.cases.delete(gone.id); // as a deletion on the server would, without the digests

    const read = await index.read(TODAY, 50);
    expect(read.followUps).toEqual(await expected(device));
    expect(read.pending.needed).toBe(true);
    await index.persist(read);
    expect(await db.followUpDigests.get(gone.id)).toBeUndefined();
    expect((await db.caseDigestSnapshot.get('followUpOrder'))?.version).not.toBe(row.version);
    expect((await index.read(TODAY, 50)).pending.needed).toBe(false);
  });
});
