import { describe, expect, it } from 'vitest';
import {
  finalisationPayload,
  RULESET_VERSION,
  SESSION_ERRORS,
  SessionLockedError,
  SessionValidationError,
  type SessionDraftChange,
} from '../../domain';
import { draft as fixtureDraft, template } from '../../domain/sessions/sessions.fixtures';
import { canonicalJson } from '../../protocol/canonicalJson';
import { caseRepository } from '../cases/caseRepository';
import { LockedError } from '../vault/vault';
import { sessionRepository, sha256Hex, verifySessionHash } from './sessionRepository';
import { dumpDatabase } from '../../../test/support/rawDump';
import { minuteClock, TEST_PASSPHRASE, unlockedVault } from '../../../test/support/storageTesting';

async function setUp() {
  const { db, vault } = await unlockedVault('sessions');
  const cases = caseRepository(vault, { now: minuteClock() });
  const sessions = sessionRepository(vault, { now: minuteClock() });
  const record = await cases.create(
    { displayName: 'Amal Haddad', pseudonymised: false, createdOn: '2026-10-01' },
    { birthDate: '2000-05-01', nationality: 'SY', currentStatus: 'duldung-60a' },
  );
  return { db, vault, cases, sessions, record };
}

/** The editable content of the fixture session (participants, answers, times, appointment). */
const content: SessionDraftChange = {
  place: fixtureDraft.place,
  startTime: fixtureDraft.startTime,
  endTime: fixtureDraft.endTime,
  participants: fixtureDraft.participants,
  answers: fixtureDraft.answers,
  topicsCovered: fixtureDraft.topicsCovered,
  nextAppointment: fixtureDraft.nextAppointment,
  currentStepId: 'agreements',
};

async function finalised() {
  const setup = await setUp();
  const { sessions, record } = setup;
  const started = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });
  await sessions.saveDraft(started.id, content);
  const session = await sessions.finalise(started.id, record, '  Frau Berger ');
  return { ...setup, session };
}

describe('session repository', () => {
  it('starts a draft for a case and reads it back', async () => {
    const { db, sessions, record } = await setUp();
    const started = await sessions.start({
      caseId: record.id,
      template,
      asOf: '2026-11-20',
      counsellorName: ' Frau Berger ',
      place: 'Raum 3',
    });
    expect(started).toMatchObject({
      caseId: record.id,
      scriptVersion: 'perspektivgespraech@2026-11-1',
      rulesetVersion: RULESET_VERSION,
      asOf: '2026-11-20',
      place: 'Raum 3',
      answers: {},
      topicsCovered: [],
      status: 'draft',
      addenda: [],
    });
    expect(started.participants.map((p) => [p.role, p.name])).toEqual([
      ['client', undefined],
      ['counsellor', 'Frau Berger'],
    ]);
    expect(started.finalisation).toBeUndefined();
    expect(await sessions.get(started.id)).toEqual(started);
    expect(await sessions.get(crypto.randomUUID())).toBeUndefined();

    const entry = (await db.outbox.toArray()).find((e) => e.recordId === started.id);
    expect(entry).toMatchObject({ entity: 'session', kind: 'create', caseId: record.id });
  });

  it('saveDraft persists changes; undefined clears an optional field', async () => {
    const { sessions, record } = await setUp();
    const started = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });
    const saved = await sessions.saveDraft(started.id, content);
    expect(saved).toMatchObject({ ...content, status: 'draft', id: started.id });
    expect(saved.updatedAt > started.updatedAt).toBe(true);
    expect(await sessions.get(started.id)).toEqual(saved);

    const cleared = await sessions.saveDraft(started.id, { place: undefined, startTime: '09:45' });
    expect(cleared.place).toBeUndefined();
    expect(cleared.startTime).toBe('09:45');
    const read = await sessions.get(started.id);
    expect(read).toEqual(cleared);
    expect(read && 'place' in read).toBe(false);
  });

  it('lists sessions by case (latest conversation first) and all sessions', async () => {
    const { cases, sessions, record } = await setUp();
    const other = await cases.create({
      displayName: 'Zweite Person',
      pseudonymised: true,
      createdOn: '2026-10-02',
    });
    const older = await sessions.start({ caseId: record.id, template, asOf: '2026-11-02' });
    const newer = await sessions.start({ caseId: record.id, template, asOf: '2026-11-19' });
    const foreign = await sessions.start({ caseId: other.id, template, asOf: '2026-11-10' });

    expect((await sessions.byCase(record.id)).map((s) => s.id)).toEqual([newer.id, older.id]);
    expect((await sessions.byCase(other.id)).map((s) => s.id)).toEqual([foreign.id]);
    expect(await sessions.byCase(crypto.randomUUID())).toEqual([]);
    expect((await sessions.all()).map((s) => s.id).sort()).toEqual(
      [older.id, newer.id, foreign.id].sort(),
    );
  });

  it('finalise locks the session with a verifiable content hash', async () => {
    const { vault, cases, sessions, record, session } = await finalised();
    expect(session.status).toBe('finalised');
    expect(session.finalisation).toEqual({
      finalisedAt: expect.stringMatching(/^2026-11-20T\d\d:\d\d:00\.000[+-]\d\d:\d\d$/) as unknown,
      finalisedBy: 'Frau Berger',
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      factsSnapshot: record.facts,
    });
    const expected = await sha256Hex(canonicalJson(finalisationPayload(session, record)));
    expect(session.finalisation?.contentHash).toBe(expected);
    expect(await verifySessionHash(session, record)).toBe(true);

    // Read back from disk (cache dropped): still verifies.
    vault.lock();
    await vault.unlock(TEST_PASSPHRASE);
    const read = await sessions.get(session.id);
    expect(read).toEqual(session);
    expect(await verifySessionHash(read!, record)).toBe(true);

    // Later fact changes do not invalidate it: the hash covers the facts snapshot.
    const changed = await cases.updateFacts(record.id, { nationality: 'AF' });
    expect(await verifySessionHash(read!, changed)).toBe(true);
  });

  it('refuses saveDraft and a second finalise after finalising; nothing changes', async () => {
    const { db, sessions, record, session } = await finalised();
    const rowBefore = await db.sessions.get(session.id);
    const outboxBefore = await db.outbox.toArray();

    const edit = sessions.saveDraft(session.id, { answers: { notes: 'nachträglich geändert' } });
    await expect(edit).rejects.toBeInstanceOf(SessionLockedError);
    await expect(edit).rejects.toMatchObject({ code: SESSION_ERRORS.finalised });
    await expect(sessions.finalise(session.id, record, 'Jemand')).rejects.toBeInstanceOf(
      SessionLockedError,
    );

    expect(await db.sessions.get(session.id)).toEqual(rowBefore);
    expect(await db.outbox.toArray()).toEqual(outboxBefore);
    expect(await sessions.get(session.id)).toEqual(session);
  });

  it('addAddendum appends dated addenda and keeps content and hash', async () => {
    const { sessions, record, session } = await finalised();
    const first = await sessions.addAddendum(session.id, 'Frau Berger', 'Pass liegt jetzt vor.');
    const second = await sessions.addAddendum(session.id, 'Herr Kaya', 'Termin verschoben.');

    expect(second.addenda).toEqual([
      {
        id: first.addenda[0]!.id,
        writtenAt: expect.stringMatching(/^2026-11-20T\d\d:\d\d:00\.000[+-]\d\d:\d\d$/) as unknown,
        author: 'Frau Berger',
        text: 'Pass liegt jetzt vor.',
      },
      expect.objectContaining({ author: 'Herr Kaya', text: 'Termin verschoben.' }) as unknown,
    ]);
    expect(Date.parse(second.addenda[0]!.writtenAt)).toBeGreaterThanOrEqual(
      Date.parse(session.finalisation!.finalisedAt),
    );
    expect(second.finalisation).toEqual(session.finalisation);
    expect({ ...second, addenda: [], updatedAt: '' }).toEqual({ ...session, updatedAt: '' });
    expect(await sessions.get(session.id)).toEqual(second);
    expect(await verifySessionHash(second, record)).toBe(true);
  });

  it('refuses an addendum on a draft and an empty addendum; nothing is written', async () => {
    const { db, sessions, record, session } = await finalised();
    const started = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });
    const rowBefore = await db.sessions.get(started.id);
    const onDraft = sessions.addAddendum(started.id, 'Frau Berger', 'Text');
    await expect(onDraft).rejects.toBeInstanceOf(SessionLockedError);
    await expect(onDraft).rejects.toMatchObject({ code: SESSION_ERRORS.notFinalised });
    expect(await db.sessions.get(started.id)).toEqual(rowBefore);

    await expect(sessions.addAddendum(session.id, 'Frau Berger', '   ')).rejects.toBeInstanceOf(
      SessionValidationError,
    );
    await expect(sessions.addAddendum(session.id, '', 'Text')).rejects.toBeInstanceOf(
      SessionValidationError,
    );
    expect((await sessions.get(session.id))?.addenda).toEqual([]);
  });

  it('verifySessionHash detects any change of the hashed content', async () => {
    const { record, session } = await finalised();
    const fin = session.finalisation!;
    const altered = [
      { ...session, answers: { ...session.answers, notes: 'Person wirkt unsicher.' } },
      { ...session, participants: session.participants.slice(1) },
      { ...session, asOf: '2026-11-19' },
      { ...session, endTime: '11:45' },
      { ...session, nextAppointment: undefined },
      { ...session, finalisation: { ...fin, finalisedBy: 'Jemand anderes' } },
      { ...session, finalisation: { ...fin, finalisedAt: '2026-11-21T09:00:00.000Z' } },
      { ...session, finalisation: { ...fin, factsSnapshot: { nationality: 'AF' } } },
      { ...session, finalisation: { ...fin, contentHash: '0'.repeat(64) } },
      { ...session, finalisation: undefined },
    ];
    for (const copy of altered) expect(await verifySessionHash(copy, record)).toBe(false);

    // Not hashed: navigation state and addenda.
    expect(await verifySessionHash({ ...session, currentStepId: 'start' }, record)).toBe(true);
  });

  it('refuses to finalise an invalid draft and writes nothing', async () => {
    const { db, sessions, record } = await setUp();
    const started = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });
    await sessions.saveDraft(started.id, { startTime: '11:00', endTime: '10:00' });
    const rowBefore = await db.sessions.get(started.id);
    await expect(sessions.finalise(started.id, record, 'Frau Berger')).rejects.toBeInstanceOf(
      SessionValidationError,
    );
    await expect(sessions.finalise(started.id, record, '  ')).rejects.toBeInstanceOf(
      SessionValidationError,
    );
    expect(await db.sessions.get(started.id)).toEqual(rowBefore);

    // A conversation dated after the finalisation day cannot be finalised either.
    const future = await sessions.start({ caseId: record.id, template, asOf: '2026-11-21' });
    await expect(sessions.finalise(future.id, record, 'Frau Berger')).rejects.toBeInstanceOf(
      SessionValidationError,
    );
    expect((await sessions.get(future.id))?.status).toBe('draft');
    await expect(sessions.finalise(crypto.randomUUID(), record, 'X')).rejects.toThrow(
      /does not exist/,
    );
  });

  it('refuses reads and writes while the vault is locked', async () => {
    const { vault, sessions, record } = await setUp();
    const started = await sessions.start({ caseId: record.id, template, asOf: '2026-11-20' });
    vault.lock();
    await expect(sessions.get(started.id)).rejects.toBeInstanceOf(LockedError);
    await expect(sessions.all()).rejects.toBeInstanceOf(LockedError);
    await expect(sessions.byCase(record.id)).rejects.toBeInstanceOf(LockedError);
    await expect(sessions.saveDraft(started.id, content)).rejects.toBeInstanceOf(LockedError);
    await expect(
      sessions.start({ caseId: record.id, template, asOf: '2026-11-20' }),
    ).rejects.toBeInstanceOf(LockedError);
    await vault.unlock(TEST_PASSPHRASE);
    expect((await sessions.get(started.id))?.answers).toEqual({});
  });

  it('keeps conversation content off the disk (raw dump)', async () => {
    const { db, sessions, session } = await finalised();
    await sessions.addAddendum(session.id, 'SENTINEL-Autorin', 'SENTINEL-Nachtrag');
    const dump = await dumpDatabase(db);
    for (const text of [
      'Amal Haddad',
      'Frau Berger',
      'Herr Aziz',
      'Ausländerbehörde Unna',
      'Passantrag',
      'gut informiert',
      'SENTINEL',
    ]) {
      expect(dump).not.toContain(text);
    }
    expect(dump).toContain(session.id);
  });
});
