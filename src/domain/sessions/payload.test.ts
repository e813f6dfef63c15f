// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { appendAddendum, applyDraftChange, finaliseSession } from './lifecycle';
import { FINALISATION_PAYLOAD_FORMAT, finalisationPayload } from './payload';
import { caseRecord, draft, HASH } from './sessions.fixtures';

const signing = { finalisedAt: '2026-11-20T10:50:00+01:00', finalisedBy: ' Frau Berger ' };

describe('finalisationPayload', () => {
  it('covers the documented content, facts and signing, nothing else', () => {
    const payload = finalisationPayload(
      applyDraftChange(draft, { currentStepId: 'agreements', place: '' }),
      caseRecord,
      signing,
    );
    expect(payload).toEqual({
      format: FINALISATION_PAYLOAD_FORMAT,
      id: 's1',
      caseId: 'case-1',
      scriptVersion: 'perspektivgespraech@2026-11-1',
      rulesetVersion: '2026-11-01',
      asOf: '2026-11-20',
      startTime: '09:30',
      endTime: '10:45',
      participants: draft.participants,
      answers: draft.answers,
      topicsCovered: ['start', 'return', 'close'],
      nextAppointment: { date: '2026-12-10', time: '10:00', place: 'Raum 3' },
      facts: caseRecord.facts,
      finalisedAt: '2026-11-20T10:50:00+01:00',
      finalisedBy: 'Frau Berger',
    });
    expect(Object.keys(payload)).toEqual([...Object.keys(payload)].sort());
    expect(JSON.stringify(payload)).not.toContain('currentStepId');
  });

  it('is deterministic: key order and undefined members do not matter', () => {
    const reordered = {
      ...draft,
      answers: { notes: draft.answers.notes, ...draft.answers, unanswered: undefined },
      nextAppointment: { place: 'Raum 3', time: '10:00', date: '2026-12-10' },
    };
    expect(JSON.stringify(finalisationPayload(reordered, caseRecord, signing))).toBe(
      JSON.stringify(finalisationPayload(draft, caseRecord, signing)),
    );
  });

  it('verifies a finalised session from its snapshot, even after facts and addenda change', () => {
    const expected = finalisationPayload(draft, caseRecord, signing);
    const finalised = finaliseSession(draft, {
      ...signing,
      contentHash: HASH,
      facts: caseRecord.facts,
    });
    const amended = appendAddendum(finalised, {
      id: 'ad1',
      writtenAt: '2026-11-21T08:00:00Z',
      author: 'B',
      text: 'Nachtrag',
    });
    const laterCase = { ...caseRecord, facts: { ...caseRecord.facts, nationality: 'IQ' } };
    expect(finalisationPayload(amended, laterCase)).toEqual(expected);
    expect(finalisationPayload(amended, laterCase, { finalisedAt: 'x', finalisedBy: 'y' })).toEqual(
      expected,
    );
  });

  it('refuses a foreign case and a draft without signing', () => {
    expect(() => finalisationPayload(draft, { ...caseRecord, id: 'case-2' }, signing)).toThrow(
      RangeError,
    );
    expect(() => finalisationPayload(draft, caseRecord)).toThrow(RangeError);
  });
});
