// Deletion that reaches the device completely (issue 26): a pulled tombstone removes the
// record and every trace of it — queued changes, conflicts, both lists' digests and
// snapshots, for a case every record of it — in the page's ONE transaction; only the id of a
// deleted case stays (tombstones). Proved with a dump that decrypts every sealed value.
import { describe, expect, it } from 'vitest';
import type { PullResponse, RecordState } from '../../protocol';
import { signedContent } from '../../domain/consents/consents.fixtures';
import { template } from '../../domain/sessions/sessions.fixtures';
import { countTransactions } from '../../../test/support/transactionCount';
import { decryptedDump } from '../../../test/support/decryptedDump';
import { dumpDatabase } from '../../../test/support/rawDump';
import { unlockedVault } from '../../../test/support/storageTesting';
import { caseRepository } from '../cases/caseRepository';
import { caseIndex } from '../caseIndex/caseIndex';
import { followUpIndex } from '../caseIndex/followUpIndex';
import { consentRepository } from '../consents/consentRepository';
import { CaseDeletedError } from '../records/purge';
import { sealedStore } from '../records/sealedStore';
import { PARTNERS_PREFERENCE } from '../referrals/partners';
import { sessionRepository } from '../sessions/sessionRepository';
import { replica } from './replica';

const SERVER = '0b7c6a2e-8d7f-4f0e-9a53-7d1c2b3a4e5f';
const USER = '5e0f3a1b-2c4d-4e6f-8a9b-0c1d2e3f4a5b';
const SENTINEL = 'SENTINEL-Loeschung';

const tombstone = (entity: RecordState['entity'], id: string, seq: number): RecordState => ({
  seq,
  entity,
  entityId: id,
  rev: 3,
  deleted: true,
  updatedAt: '2026-12-06T10:00:00.000Z',
  updatedBy: USER,
});

function page(records: RecordState[], conflicts: PullResponse['conflicts'] = []): PullResponse {
  const last = Math.max(1, ...records.map((r) => r.seq), ...conflicts.map((c) => c.seq));
  return {
    serverId: SERVER,
    records,
    conflicts,
    checkpoint: last,
    hasMore: false,
    lastClientSeq: 0,
    policy: { idleLockMinutes: 5, hiddenLockSeconds: 60 },
    partners: [],
  };
}

const conflictOn = (entity: 'case' | 'session', entityId: string, seq: number) => ({
  seq,
  id: crypto.randomUUID(),
  entity,
  entityId,
  kind: 'field' as const,
  field: 'displayName',
  serverValue: `${SENTINEL} Server`,
  clientValue: `${SENTINEL} Gerät`,
  serverRev: 2,
  clientBaseRev: 1,
  createdBy: USER,
  createdByName: 'Frau Beispiel',
  createdAt: '2026-12-06T09:00:00.000Z',
  resolved: false,
  resolvedAt: null,
});

/** A case with a conversation, a consent, a revocation, a referral and a conflict; another case. */
async function deviceWithTwoCases() {
  const { db, vault } = await unlockedVault('deletion');
  const cases = caseRepository(vault);
  const sessions = sessionRepository(vault);
  const consents = consentRepository(vault);
  const referrals = sealedStore(vault, 'referrals', 'referral');
  const sync = replica(vault);
  const doomed = await cases.create(
    { displayName: `${SENTINEL} Amal`, pseudonymised: false, createdOn: '2026-11-20' },
    { nationality: 'SY' },
  );
  const conversation = await sessions.start({
    caseId: doomed.id,
    template,
    asOf: '2026-11-20',
    counsellorName: `${SENTINEL} Beraterin`,
  });
  await sessions.saveDraft(conversation.id, {
    answers: { actions: [{ id: 'a1', text: `${SENTINEL} Pass`, responsible: 'client' }] },
  });
  const consent = await consents.sign(signedContent({ caseId: doomed.id }, `${SENTINEL} Text`));
  const revocation = await consents.revoke(
    {
      caseId: doomed.id,
      consentId: consent.id,
      scope: { kind: 'all' },
      receivedOn: '2026-12-01',
      receivedVia: 'letter',
      recordedBy: `${SENTINEL} Berger`,
      recordedAt: '2026-12-01T09:00:00+01:00',
    },
    '2026-12-01',
  );
  const referral = crypto.randomUUID();
  await referrals.create(referral, doomed.id, { caseId: doomed.id, note: `${SENTINEL} Weiter` });
  const kept = await cases.create({
    displayName: 'Bleibt Bestehen',
    pseudonymised: false,
    createdOn: '2026-11-20',
  });
  const keptSession = await sessions.start({ caseId: kept.id, template, asOf: '2026-11-20' });
  await sync.applyPulled(page([], [conflictOn('case', doomed.id, 1)]));
  // Both lists built and stored, so their sealed snapshots hold the case's digests too.
  const list = caseIndex(vault, { cases, sessions });
  const followUps = followUpIndex(vault, { cases, sessions });
  await list.persist(await list.read());
  await followUps.persist(await followUps.read('2026-11-25', 50));
  expect(await db.caseDigestSnapshot.count()).toBe(2);
  expect(await decryptedDump(db, vault)).toContain(SENTINEL); // the check below can fail
  const ids = {
    case: doomed.id,
    session: conversation.id,
    consent: consent.id,
    revocation: revocation.id,
    referral,
    kept: kept.id,
    keptSession: keptSession.id,
  };
  return { db, vault, cases, sessions, consents, sync, list, followUps, ids };
}

describe('a pulled deletion', () => {
  it('of a case removes it, all its records and every trace in ONE transaction; only its id stays', async () => {
    const { db, vault, cases, sessions, sync, list, ids } = await deviceWithTwoCases();
    // A push under way: that entry keeps its number until the server answered (ids only).
    const inFlight = (await db.outbox.where('recordId').equals(ids.session).first())!;
    await db.outbox.put({ ...inFlight, inFlight: true, clientSeq: 1 });

    const counted = await countTransactions(() =>
      sync.applyPulled(page([tombstone('case', ids.case, 5)])),
    );
    expect(counted.readwrite).toBe(1);

    expect(await cases.get(ids.case)).toBeUndefined();
    for (const store of ['sessions', 'consents', 'revocations', 'referrals'] as const) {
      expect(await db[store].where('caseId').equals(ids.case).count(), store).toBe(0);
    }
    expect(
      (await db.outbox.where('caseId').equals(ids.case).toArray()).map((e) => e.inFlight),
    ).toEqual([true]);
    expect(await db.conflicts.count()).toBe(0);
    expect(await db.caseDigests.get(ids.case)).toBeUndefined();
    expect(await db.followUpDigests.get(ids.case)).toBeUndefined();
    expect(await db.caseDigestSnapshot.count()).toBe(0);
    expect((await db.tombstones.toArray()).map((t) => t.id)).toEqual([ids.case]);

    const dump = await decryptedDump(db, vault);
    expect(dump).not.toContain('UNREADABLE');
    expect(dump).not.toContain(SENTINEL);
    for (const id of [ids.consent, ids.revocation, ids.referral]) expect(dump).not.toContain(id);
    // The case's id only as its tombstone; the conversation's only in the entry in flight.
    const raw = (await dumpDatabase(db)).split('\n');
    expect(raw.filter((line) => line.includes(ids.case)).map((l) => l.split(':')[0])).toEqual([
      'outbox',
      'tombstones',
    ]);

    // The other case is untouched, and the list shows only it.
    expect((await cases.get(ids.kept))?.profile.displayName).toBe('Bleibt Bestehen');
    expect((await sessions.get(ids.keptSession))?.caseId).toBe(ids.kept);
    expect((await list.read()).entries.map((e) => e.digest.id)).toEqual([ids.kept]);
  });

  it('a record of a case deleted earlier is not stored, and a form still open cannot write one', async () => {
    const { db, vault, sessions, sync, ids } = await deviceWithTwoCases();
    await sync.applyPulled(page([tombstone('case', ids.case, 5)]));
    // Two valid conversations pulled later: one of the deleted case, one of the other.
    const fields = (await sealedStore(vault, 'sessions', 'session').get(ids.keptSession))!.value;
    const pulled = (id: string, caseId: string, seq: number): RecordState => ({
      seq,
      entity: 'session',
      entityId: id,
      rev: 1,
      deleted: false,
      fields: JSON.parse(JSON.stringify({ ...fields, caseId })) as RecordState['fields'],
      updatedAt: '2026-12-06T10:00:00.000Z',
      updatedBy: USER,
    });
    const late = crypto.randomUUID();
    const control = crypto.randomUUID();
    expect(
      await sync.applyPulled(page([pulled(late, ids.case, 6), pulled(control, ids.kept, 7)])),
    ).toEqual({ applied: 2, skipped: 0 });
    expect(await db.sessions.get(late)).toBeUndefined();
    expect((await db.sessions.get(control))?.caseId).toBe(ids.kept);
    await expect(
      sessions.start({ caseId: ids.case, template, asOf: '2026-12-06' }),
    ).rejects.toBeInstanceOf(CaseDeletedError);
    expect(await db.sessions.where('caseId').equals(ids.case).count()).toBe(0);
    expect(await db.outbox.where('caseId').equals(ids.case).count()).toBe(0);
  });

  it('of a conversation keeps its case, rebuilds the digests and drops its conflict', async () => {
    const { db, vault, cases, sync, list, followUps, ids } = await deviceWithTwoCases();
    await sync.applyPulled(page([], [conflictOn('session', ids.session, 2)]));
    expect(await db.conflicts.count()).toBe(2);

    await sync.applyPulled(page([tombstone('session', ids.session, 6)]));
    expect(await db.sessions.get(ids.session)).toBeUndefined();
    expect(await db.outbox.where('recordId').equals(ids.session).count()).toBe(0);
    expect((await db.conflicts.toArray()).map((c) => c.entityId)).toEqual([ids.case]);
    expect((await db.caseDigests.get(ids.case))?.stale).toBeDefined();
    expect(await db.caseDigestSnapshot.count()).toBe(0);
    expect(await db.tombstones.count()).toBe(0);
    expect((await cases.get(ids.case))?.id).toBe(ids.case);
    // The follow-up list no longer names the conversation's action.
    const read = await followUps.read('2026-11-25', 50);
    await followUps.persist(read);
    await list.persist(await list.read());
    expect(JSON.stringify(read.followUps)).not.toContain(`${SENTINEL} Pass`);
    expect(await decryptedDump(db, vault)).not.toContain(`${SENTINEL} Pass`);
  });

  it('a failure inside the page transaction deletes nothing; the page comes again', async () => {
    const { db, cases, sync, ids } = await deviceWithTwoCases();
    const before = await dumpDatabase(db);
    const checkpoint = (await sync.state()).checkpoint;
    const fail = () => {
      throw new Error('QuotaExceededError (injected)');
    };
    db.preferences.hook('updating', (_changes, key) => {
      if (key === PARTNERS_PREFERENCE) fail();
    });
    await expect(sync.applyPulled(page([tombstone('case', ids.case, 5)]))).rejects.toThrow(
      /injected/,
    );
    expect(await dumpDatabase(db)).toBe(before);
    expect((await sync.state()).checkpoint).toBe(checkpoint);
    expect((await cases.get(ids.case))?.id).toBe(ids.case);
  });
});
