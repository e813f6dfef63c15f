// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { RECORD_VALIDATION as R } from '../cases/validation';
import { SESSION_ERRORS, SessionLockedError, SessionValidationError } from './errors';
import {
  appendAddendum,
  applyDraftChange,
  finaliseSession,
  newSessionDraft,
  validateSessionDraft,
} from './lifecycle';
import type { ConversationSession } from './schema';
import { caseRecord, draft, HASH, template } from './sessions.fixtures';

const finalise = (session: ConversationSession = draft) =>
  finaliseSession(session, {
    finalisedAt: '2026-11-20T10:50:00+01:00',
    finalisedBy: ' Frau Berger ',
    contentHash: HASH,
    facts: caseRecord.facts,
  });

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('newSessionDraft', () => {
  it('starts a draft with client and counsellor', () => {
    const s = newSessionDraft({
      id: 's9',
      caseId: 'case-1',
      template,
      rulesetVersion: '2026-11-01',
      asOf: '2026-11-20',
      counsellorName: ' Frau Berger ',
      place: ' Raum 3 ',
    });
    expect(s).toEqual({
      id: 's9',
      caseId: 'case-1',
      scriptVersion: 'perspektivgespraech@2026-11-1',
      rulesetVersion: '2026-11-01',
      asOf: '2026-11-20',
      place: 'Raum 3',
      participants: [
        { id: 's9-p1', role: 'client' },
        { id: 's9-p2', role: 'counsellor', name: 'Frau Berger' },
      ],
      answers: {},
      topicsCovered: [],
      status: 'draft',
      addenda: [],
    });
  });

  it('takes participant ids and leaves out an empty counsellor and place', () => {
    const s = newSessionDraft({
      id: 's9',
      caseId: 'case-1',
      template,
      rulesetVersion: 'r',
      asOf: '2026-11-20',
      counsellorName: '  ',
      place: '',
      participantIds: { client: 'uuid-1', counsellor: 'uuid-2' },
    });
    expect(s.participants).toEqual([{ id: 'uuid-1', role: 'client' }]);
    expect('place' in s).toBe(false);
    const withCounsellor = newSessionDraft({
      id: 's9',
      caseId: 'c',
      template,
      rulesetVersion: 'r',
      asOf: '2026-11-20',
      counsellorName: 'B',
      participantIds: { counsellor: 'uuid-2' },
    });
    expect(withCounsellor.participants.map((p) => p.id)).toEqual(['s9-p1', 'uuid-2']);
  });

  it('needs neither counsellor nor place', () => {
    const s = newSessionDraft({
      id: 's',
      caseId: 'c',
      template,
      rulesetVersion: 'r',
      asOf: '2026-11-20',
    });
    expect(s.participants).toEqual([{ id: 's-p1', role: 'client' }]);
    expect(s).not.toHaveProperty('place');
  });

  it('rejects an invalid conversation date', () => {
    expect(() =>
      newSessionDraft({ id: 's', caseId: 'c', template, rulesetVersion: 'r', asOf: '20.11.2026' }),
    ).toThrow(RangeError);
  });
});

describe('applyDraftChange', () => {
  it('changes editable fields only and clears optional ones with undefined', () => {
    const changed = applyDraftChange(draft, {
      place: undefined,
      endTime: '11:00',
      topicsCovered: ['start'],
      participants: undefined,
      ...({ id: 'hijack', status: 'finalised', addenda: [{}] } as object),
    });
    expect(changed.endTime).toBe('11:00');
    expect(changed.topicsCovered).toEqual(['start']);
    expect('place' in changed).toBe(false);
    expect(changed.participants).toBe(draft.participants);
    expect(changed.id).toBe('s1');
    expect(changed.status).toBe('draft');
    expect(changed.addenda).toEqual([]);
    expect(draft.place).toBe('Ausländerbehörde Unna, Raum 3');
  });

  it('refuses to change a finalised session', () => {
    const error = thrown(() => applyDraftChange(finalise(), { place: 'x' }));
    expect(error).toBeInstanceOf(SessionLockedError);
    expect((error as SessionLockedError).code).toBe(SESSION_ERRORS.finalised);
    expect((error as SessionLockedError).sessionId).toBe('s1');
    expect((error as Error).name).toBe('SessionLockedError');
  });
});

describe('validateSessionDraft', () => {
  it('accepts the fixture and flags a conversation in the future', () => {
    expect(validateSessionDraft(draft, '2026-11-20')).toEqual([]);
    expect(validateSessionDraft(draft, '2026-11-19')).toEqual([
      { path: 'asOf', code: R.conversationFuture },
    ]);
  });

  it('reports schema issues with dotted paths', () => {
    const bad = applyDraftChange(draft, {
      asOf: 'x',
      participants: [{ id: 'p1', role: 'interpreter' }],
    });
    expect(validateSessionDraft(bad, '2026-11-20')).toEqual([
      { path: 'asOf', code: 'facts.validation.date' },
      { path: 'participants.0.language', code: R.interpreterLanguage },
    ]);
    expect(() => validateSessionDraft(draft, 'today')).toThrow(RangeError);
  });
});

describe('finaliseSession', () => {
  it('freezes the draft with hash, author and facts snapshot', () => {
    const s = finalise();
    expect(s.status).toBe('finalised');
    expect(s.finalisation).toEqual({
      finalisedAt: '2026-11-20T10:50:00+01:00',
      finalisedBy: 'Frau Berger',
      contentHash: HASH,
      factsSnapshot: caseRecord.facts,
    });
    expect(s.answers).toBe(draft.answers);
    expect(draft.status).toBe('draft');
  });

  it('refuses to finalise twice', () => {
    const error = thrown(() => finalise(finalise()));
    expect(error).toBeInstanceOf(SessionLockedError);
    expect((error as SessionLockedError).code).toBe(SESSION_ERRORS.finalised);
  });

  it('refuses invalid input and an invalid draft, listing every problem', () => {
    const invalidDraft = applyDraftChange(draft, { asOf: '2026-11-21', endTime: '09:00' });
    const error = thrown(() =>
      finaliseSession(invalidDraft, {
        finalisedAt: '2026-11-20T10:50:00+01:00',
        finalisedBy: ' ',
        contentHash: 'abc',
        facts: { birthDate: '2000-02-30' },
      }),
    );
    expect(error).toBeInstanceOf(SessionValidationError);
    const e = error as SessionValidationError;
    expect(e.code).toBe(SESSION_ERRORS.invalid);
    expect(e.name).toBe('SessionValidationError');
    expect(e.issues).toEqual([
      { path: 'finalisedBy', code: R.finalisedBy },
      { path: 'contentHash', code: R.contentHash },
      { path: 'facts.birthDate', code: 'facts.validation.date' },
      { path: 'endTime', code: R.endBeforeStart },
      { path: 'asOf', code: R.conversationFuture },
    ]);
    expect(e.message).toContain('finalisedBy:record.validation.finalised-by');
  });

  it('refuses an invalid finalisation time and an overlong name', () => {
    const error = thrown(() =>
      finaliseSession(draft, {
        finalisedAt: 'now',
        finalisedBy: 'x'.repeat(121),
        contentHash: HASH,
        facts: {},
      }),
    ) as SessionValidationError;
    expect(error.issues).toEqual([
      { path: 'finalisedAt', code: R.datetime },
      { path: 'finalisedBy', code: R.finalisedBy },
    ]);
  });
});

describe('appendAddendum', () => {
  const addendum = {
    id: 'ad1',
    writtenAt: '2026-11-21T08:00:00Z',
    author: 'Frau Berger',
    text: ' Pass am 21.11. vorgelegt. ',
  };

  it('appends to a finalised session and changes nothing else', () => {
    const finalised = finalise();
    const amended = appendAddendum(finalised, addendum);
    expect(amended.addenda).toEqual([{ ...addendum, text: 'Pass am 21.11. vorgelegt.' }]);
    expect({ ...amended, addenda: [] }).toEqual(finalised);
    const twice = appendAddendum(amended, { ...addendum, id: 'ad2' });
    expect(twice.addenda.map((a) => a.id)).toEqual(['ad1', 'ad2']);
    expect(finalised.addenda).toEqual([]);
  });

  it('refuses addenda on drafts', () => {
    const error = thrown(() => appendAddendum(draft, addendum));
    expect(error).toBeInstanceOf(SessionLockedError);
    expect((error as SessionLockedError).code).toBe(SESSION_ERRORS.notFinalised);
  });

  it('validates the addendum, its time and its id', () => {
    const finalised = appendAddendum(finalise(), addendum);
    const issues = (a: typeof addendum) =>
      (thrown(() => appendAddendum(finalised, a)) as SessionValidationError).issues;
    expect(issues({ ...addendum, id: 'ad2', text: '' })).toEqual([
      { path: 'text', code: R.addendumText },
    ]);
    // 09:49 UTC is 10:49 in the finalisation's +01:00: one minute before finalising.
    expect(issues({ ...addendum, id: 'ad2', writtenAt: '2026-11-20T09:49:00Z' })).toEqual([
      { path: 'writtenAt', code: R.addendumBeforeFinalisation },
    ]);
    expect(issues(addendum)).toEqual([{ path: 'id', code: R.duplicateId }]);
    expect(
      appendAddendum(finalised, { ...addendum, id: 'ad3', writtenAt: '2026-11-20T09:50:00Z' })
        .addenda,
    ).toHaveLength(2);
  });
});
