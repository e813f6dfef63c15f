import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_DIGEST_FORMAT, caseDigestOf, compareDigests, type CaseProfile } from '../../domain';
import { template } from '../../domain/sessions/sessions.fixtures';
import { dumpDatabase } from '../../../test/support/rawDump';
import { unlockedVault } from '../../../test/support/storageTesting';
import { caseRepository } from '../cases/caseRepository';
import { sealedStore } from '../records/sealedStore';
import { sessionRepository } from '../sessions/sessionRepository';
import { caseIndex } from './caseIndex';
import { propertyRuns } from '../../../test/support/propertyRuns';

const profile = (displayName: string): CaseProfile => ({
  displayName,
  pseudonymised: false,
  createdOn: '2026-10-01',
});

async function setUp() {
  const { db, vault } = await unlockedVault('case-index');
  const cases = caseRepository(vault);
  const sessions = sessionRepository(vault);
  return { db, vault, cases, sessions, index: caseIndex(vault, { cases, sessions }) };
}
type Setup = Awaited<ReturnType<typeof setUp>>;

/** What the list must show: digests computed from every record, newest change first. */
async function truth({ cases, sessions }: Setup) {
  const all = await sessions.all();
  return (await cases.list())
    .map((c) =>
      caseDigestOf(
        c,
        all.filter((s) => s.caseId === c.id),
      ),
    )
    .sort(compareDigests);
}

describe('caseIndex', () => {
  it('builds missing digests, stores them sealed, and then reads only the digests', async () => {
    const setup = await setUp();
    const { db, cases, sessions, index } = setup;
    const amal = await cases.create(profile('SENTINEL Amal'));
    await cases.create(profile('SENTINEL Bashir'));
    await sessions.start({ caseId: amal.id, template, asOf: '2026-11-20' });

    const first = await index.read();
    expect(first.rebuilt.map((r) => r.caseId).sort()).toEqual(
      (await db.cases.toCollection().primaryKeys()).sort(),
    );
    expect(first.entries.map((e) => e.digest)).toEqual(await truth(setup));
    expect(first.entries.find((e) => e.digest.id === amal.id)?.digest.openSessions).toBe(1);
    expect(first.entries.every((e) => e.unsynced)).toBe(true);

    await index.persist(first);
    const second = await index.read();
    expect(second.rebuilt).toEqual([]);
    expect(second.needsPersist).toBe(false);
    expect(second.entries).toEqual(first.entries);
    const rows = await db.caseDigests.toArray();
    expect(rows.every((r) => r.format === CASE_DIGEST_FORMAT && r.stale === undefined)).toBe(true);
    expect(await dumpDatabase(db)).not.toMatch(/SENTINEL/);
  });

  it('rebuilds only the case a write touched, in the same transaction as the write', async () => {
    const setup = await setUp();
    const { cases, sessions, index } = setup;
    const amal = await cases.create(profile('Amal'));
    await cases.create(profile('Bashir'));
    await index.persist(await index.read());

    await sessions.start({ caseId: amal.id, template, asOf: '2026-11-20' });
    const afterSession = await index.read();
    expect(afterSession.rebuilt.map((r) => r.caseId)).toEqual([amal.id]);
    expect(afterSession.entries.map((e) => e.digest)).toEqual(await truth(setup));

    await cases.updateProfile(amal.id, { displayName: 'Amal H.' });
    const renamed = await index.read();
    expect(renamed.entries[0]?.digest.profile.displayName).toBe('Amal H.');
  });

  it('does not store a digest built before a write that landed meanwhile (stays stale)', async () => {
    const setup = await setUp();
    const { db, cases, sessions, index } = setup;
    const amal = await cases.create(profile('Amal'));
    const before = await index.read();
    // The write lands between the list's read and its persist.
    await sessions.start({ caseId: amal.id, template, asOf: '2026-11-20' });
    await index.persist(before);
    expect((await db.caseDigests.get(amal.id))?.data).toBeUndefined();

    const after = await index.read();
    expect(after.entries[0]?.digest.openSessions).toBe(1);
    await index.persist(after);
    expect((await index.read()).entries[0]?.digest.openSessions).toBe(1);
  });

  it('follows pulled pages and server deletions', async () => {
    const setup = await setUp();
    const { db, vault, cases, index } = setup;
    const amal = await cases.create(profile('Amal'));
    const gone = await cases.create(profile('Gone'));
    await index.persist(await index.read());

    const remoteSessions = sealedStore<Record<string, unknown>>(vault, 'sessions', 'session');
    const started = await sessionRepository(vault).start({
      caseId: gone.id,
      template,
      asOf: '2026-11-01',
    });
    const fields: Record<string, unknown> = { ...started, caseId: amal.id };
    delete fields.id;
    await remoteSessions.applyRemoteBatch([
      { id: crypto.randomUUID(), caseId: amal.id, value: fields, rev: 1 },
    ]);
    const pulled = await index.read();
    expect(pulled.entries.find((e) => e.digest.id === amal.id)?.digest.openSessions).toBe(1);
    await index.persist(pulled);

    await sealedStore(vault, 'cases', 'case').applyRemote(gone.id, gone.id, undefined, 2);
    const deleted = await index.read();
    expect(deleted.entries.map((e) => e.digest.id)).toEqual([amal.id]);
    await index.persist(deleted);
    expect(await db.caseDigests.get(gone.id)).toBeUndefined();
  });

  it('rebuilds an altered digest or one of an older format from the records', async () => {
    const setup = await setUp();
    const { db, cases, index } = setup;
    const amal = await cases.create(profile('Amal'));
    const bashir = await cases.create(profile('Bashir'));
    await index.persist(await index.read());
    const row = await db.caseDigests.get(amal.id);
    if (!row?.data) throw new Error('digest expected');
    // Another case's sealed digest under this id (AAD binds the id) and an outdated format.
    const foreign = await db.caseDigests.get(bashir.id);
    await db.caseDigests.put({ ...row, data: foreign?.data });
    await db.caseDigests.update(bashir.id, { format: CASE_DIGEST_FORMAT - 1 });
    await db.caseDigestSnapshot.clear(); // else it would serve both (see the snapshot test)
    setup.vault.lock();
    await setup.vault.unlock('Korrekt Pferd 7 Batterie');

    const read = await index.read();
    expect(read.rebuilt.map((r) => r.caseId).sort()).toEqual([amal.id, bashir.id].sort());
    expect(read.entries.map((e) => e.digest)).toEqual(await truth(setup));
  });

  it('opens the list from the one-row snapshot, and never from an outdated snapshot entry', async () => {
    const setup = await setUp();
    const { db, vault, cases, sessions, index } = setup;
    const amal = await cases.create(profile('Amal'));
    const bashir = await cases.create(profile('Bashir'));
    await index.persist(await index.read());
    const relock = async () => {
      vault.lock();
      await vault.unlock('Korrekt Pferd 7 Batterie');
    };
    // Per-case rows made unreadable (same versions): a cold read is served by the snapshot.
    const garbage = (await db.caseDigests.get(amal.id))?.data;
    await db.caseDigests.update(bashir.id, { data: garbage });
    await relock();
    const fromSnapshot = await index.read();
    expect(fromSnapshot.rebuilt).toEqual([]);
    expect(fromSnapshot.needsPersist).toBe(false);
    expect(fromSnapshot.entries.map((e) => e.digest)).toEqual(await truth(setup));

    // A write replaces the case's row: its snapshot entry no longer matches and is not used.
    await sessions.start({ caseId: bashir.id, template, asOf: '2026-11-20' });
    const afterWrite = await index.read();
    expect(afterWrite.rebuilt.map((r) => r.caseId)).toEqual([bashir.id]);
    expect(afterWrite.entries.map((e) => e.digest)).toEqual(await truth(setup));
    await index.persist(afterWrite);

    // An altered snapshot is ignored; the per-case rows (readable again) serve the list.
    const snapshot = await db.caseDigestSnapshot.get('all');
    if (!snapshot) throw new Error('snapshot expected');
    await db.caseDigestSnapshot.put({
      ...snapshot,
      data: { ...snapshot.data, iv: new Uint8Array(12) },
    });
    await relock();
    const altered = await index.read();
    expect(altered.entries.map((e) => e.digest)).toEqual(await truth(setup));
    expect(altered.needsPersist).toBe(true);
  });

  it('always shows what the records say, whatever interleaves with reads and persists', async () => {
    type Op =
      | { kind: 'create'; name: string }
      | { kind: 'session'; target: number }
      | { kind: 'rename'; target: number; name: string }
      | { kind: 'read-persist'; writeBetween: boolean; target: number };
    const name = fc.constantFrom('Amal', 'Bashir', 'Chiara', 'Dawit');
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), name }),
      fc.record({ kind: fc.constant('session' as const), target: fc.nat(5) }),
      fc.record({ kind: fc.constant('rename' as const), target: fc.nat(5), name }),
      fc.record({
        kind: fc.constant('read-persist' as const),
        writeBetween: fc.boolean(),
        target: fc.nat(5),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const setup = await setUp();
        const { cases, sessions, index } = setup;
        const ids: string[] = [];
        const pick = (n: number) => ids[n % Math.max(ids.length, 1)];
        for (const o of ops) {
          const target = 'target' in o ? pick(o.target) : undefined;
          if (o.kind === 'create') ids.push((await cases.create(profile(o.name))).id);
          else if (o.kind === 'session' && target)
            await sessions.start({ caseId: target, template, asOf: '2026-11-20' });
          else if (o.kind === 'rename' && target)
            await cases.updateProfile(target, { displayName: `${o.name} X` });
          else if (o.kind === 'read-persist') {
            const read = await index.read();
            if (o.writeBetween && target)
              await sessions.start({ caseId: target, template, asOf: '2026-11-21' });
            await index.persist(read);
          }
          const shown = await index.read();
          expect(shown.entries.map((e) => e.digest)).toEqual(await truth(setup));
        }
        setup.db.close();
      }),
      propertyRuns({ numRuns: 25, seed: 20261204 }),
    );
  });
});
