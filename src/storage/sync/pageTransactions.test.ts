// One IndexedDB transaction per pulled page and per push answer (issue 24), and what that
// transaction guarantees: a failure inside it leaves nothing of the page or the answer.
// Transactions are counted (test/support/transactionCount.ts), not timed.
import { describe, expect, it } from 'vitest';
import type { PullResponse, PushResponse } from '../../protocol';
import { countTransactions } from '../../../test/support/transactionCount';
import { unlockedVault } from '../../../test/support/storageTesting';
import { caseRepository } from '../cases/caseRepository';
import { PARTNERS_PREFERENCE } from '../referrals/partners';
import { replica } from './replica';

const SERVER = '0b7c6a2e-8d7f-4f0e-9a53-7d1c2b3a4e5f';
const USER = '5e0f3a1b-2c4d-4e6f-8a9b-0c1d2e3f4a5b';

function casePage(ids: readonly string[], from: number): PullResponse {
  const conflictOn = ids[0] ?? crypto.randomUUID();
  return {
    serverId: SERVER,
    records: ids.map((id, i) => ({
      seq: from + i,
      entity: 'case' as const,
      entityId: id,
      rev: 1,
      deleted: false,
      fields: {
        displayName: `Fall ${String(from + i)}`,
        pseudonymised: false,
        createdOn: '2026-11-20',
        nationality: 'SY',
      },
      updatedAt: '2026-11-21T10:00:00.000Z',
      updatedBy: USER,
    })),
    conflicts: [
      {
        seq: from,
        id: crypto.randomUUID(),
        entity: 'case',
        entityId: conflictOn,
        kind: 'field',
        field: 'displayName',
        serverValue: 'A',
        clientValue: 'B',
        serverRev: 1,
        clientBaseRev: 0,
        createdBy: USER,
        createdByName: 'Frau Beispiel',
        createdAt: '2026-11-21T10:00:00.000Z',
        resolved: false,
        resolvedAt: null,
      },
    ],
    checkpoint: from + ids.length - 1,
    hasMore: false,
    lastClientSeq: 0,
    policy: { idleLockMinutes: 5, hiddenLockSeconds: 60 },
    partners: [{ id: crypto.randomUUID(), name: 'Beratungsstelle Beispiel', kind: 'welfare' }],
  };
}

const ids = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());

describe('a pulled page', () => {
  it('is written in ONE transaction: records, digest marks, conflict, policy, partners, checkpoint', async () => {
    const { db, vault } = await unlockedVault('page-tx');
    const sync = replica(vault);
    await sync.state(); // creates the device's sync state (once per device, not per page)
    const page = casePage(ids(200), 1);
    const counted = await countTransactions(() => sync.applyPulled(page));
    expect(counted.result).toEqual({ applied: 200, skipped: 0 });
    expect(counted.readwrite).toBe(1);
    expect(counted.readonly).toBe(0);
    expect(await db.cases.count()).toBe(200);
    expect(await db.caseDigests.count()).toBe(200);
    expect(await db.conflicts.count()).toBe(1);
    expect((await db.preferences.get(PARTNERS_PREFERENCE))?.value).toEqual(page.partners);
    expect((await sync.state()).checkpoint).toBe(200);
  });

  it('a failure inside the transaction leaves nothing of the page, and the checkpoint where it was', async () => {
    const { db, vault } = await unlockedVault('page-fail');
    const sync = replica(vault);
    await sync.applyPulled(casePage(ids(3), 1));
    const before = { cases: await db.cases.count(), digests: await db.caseDigests.count() };
    // The partner list is the page's last write before the checkpoint: the disk fills up.
    db.preferences.hook('creating', (key) => {
      if (key === PARTNERS_PREFERENCE) throw new Error('QuotaExceededError (injected)');
    });
    db.preferences.hook('updating', (_changes, key) => {
      if (key === PARTNERS_PREFERENCE) throw new Error('QuotaExceededError (injected)');
    });
    await expect(sync.applyPulled(casePage(ids(50), 10))).rejects.toThrow(/injected/);
    expect(await db.cases.count()).toBe(before.cases);
    expect(await db.caseDigests.count()).toBe(before.digests);
    expect(await db.conflicts.count()).toBe(1);
    expect((await sync.state()).checkpoint).toBe(3);
  });
});

describe('a push answer', () => {
  async function pushedCases(n: number) {
    const { db, vault } = await unlockedVault('ack-tx');
    const cases = caseRepository(vault);
    for (let i = 0; i < n; i++) {
      await cases.create(
        { displayName: `Fall ${String(i)}`, pseudonymised: false, createdOn: '2026-11-20' },
        {},
      );
    }
    const sync = replica(vault);
    const batch = await sync.takeBatch();
    if (!batch) throw new Error('nothing to push');
    const response: PushResponse = {
      results: batch.mutations.map((m) => ({
        mutationId: m.mutationId,
        clientSeq: m.clientSeq,
        status: 'applied' as const,
        rev: 1,
      })),
      lastClientSeq: n,
    };
    return { db, cases, sync, batch, response };
  }

  it('is recorded in ONE transaction: every confirmed rev, every outbox entry removed', async () => {
    const { db, cases, sync, batch, response } = await pushedCases(100);
    expect(batch.mutations).toHaveLength(100);
    const counted = await countTransactions(() => sync.completeBatch(batch, response));
    expect(counted.readwrite).toBe(1);
    expect(counted.readonly).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect((await cases.list()).every((c) => c.rev === 1)).toBe(true);
  });

  it('a failure inside the transaction confirms nothing and keeps every entry in flight', async () => {
    const { db, cases, sync, batch, response } = await pushedCases(20);
    db.outbox.hook('deleting', () => {
      throw new Error('disk error (injected)');
    });
    await expect(sync.completeBatch(batch, response)).rejects.toThrow(/injected/);
    expect((await cases.list()).every((c) => c.rev === undefined)).toBe(true);
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(20);
    expect(entries.every((e) => e.inFlight === true)).toBe(true);
    // The same batch is what the next sync re-sends (same numbers).
    expect((await sync.takeBatch())?.mutations.map((m) => m.clientSeq)).toEqual(
      batch.mutations.map((m) => m.clientSeq),
    );
  });

  it('an autosave during the answer keeps both: its value and the confirmed rev', async () => {
    const { cases, sync, batch, response } = await pushedCases(5);
    const target = batch.mutations[2]?.entityId ?? '';
    await Promise.all([
      sync.completeBatch(batch, response),
      cases.updateProfile(target, { displayName: 'Neu' }),
    ]);
    const after = await cases.get(target);
    expect(after?.profile.displayName).toBe('Neu');
    expect(after?.rev).toBe(1);
  });
});
