import { describe, expect, it } from 'vitest';
import { collectFollowUps, followUpsOn } from '../../domain';
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
  return { db, cases, sessions, index: followUpIndex(vault, { cases, sessions }) };
}

describe('followUpIndex', () => {
  it('lists what collectFollowUps lists, sealed, and follows every write in the same transaction', async () => {
    const { db, cases, sessions, index } = await setUp();
    const record = await cases.create({
      displayName: 'SENTINEL Amal',
      pseudonymised: false,
      createdOn: '2026-10-01',
    });
    const session = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });
    await sessions.saveDraft(session.id, {
      answers: {
        actions: [
          { id: 'a1', text: 'SENTINEL Pass', responsible: 'client', dueDate: '2026-11-22' },
        ],
      },
    });
    const expected = async () =>
      collectFollowUps(
        [{ caseRecord: (await cases.get(record.id))!, sessions: await sessions.byCase(record.id) }],
        TODAY,
      );

    const first = await index.read();
    expect(followUpsOn(first.digests, TODAY)).toEqual(await expected());
    expect(first.rebuilt).toHaveLength(1);
    await index.persist(first);
    expect(await dumpDatabase(db)).not.toMatch(/SENTINEL/);
    const stored = await index.read();
    expect(stored.rebuilt).toEqual([]);

    // Ticking the action off marks the digest stale with the write itself: the next read
    // builds it again, and the action is gone.
    await sessions.saveDraft(session.id, {
      answers: {
        actions: [{ id: 'a1', text: 'SENTINEL Pass', responsible: 'client', done: true }],
      },
    });
    expect((await db.followUpDigests.get(record.id))?.stale).toBeDefined();
    const after = await index.read();
    expect(after.rebuilt.map((r) => r.caseId)).toEqual([record.id]);
    expect(followUpsOn(after.digests, TODAY)).toEqual(await expected());
    expect(followUpsOn(after.digests, TODAY).filter((f) => f.kind === 'action')).toEqual([]);
  });
});
