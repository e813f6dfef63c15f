// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// Records as statistics read them: a session that fails its schema is skipped and counted,
// and a device's own referrals count when sent, and as accepted only when accepted.
import { describe, expect, it } from 'vitest';
import { countQuarter } from './aggregate';
import { statisticsInputFromDomain, statisticsInputFromRecords } from './records';
import { CASE_A, CASE_B, sessionData, vocabulary } from './statistics.fixtures';

const SESSION = '33333333-3333-4333-8333-333333333333';

describe('stored sessions', () => {
  it('skips a session object that fails the draft or the finalised part of its schema', () => {
    const { input, skipped } = statisticsInputFromRecords([
      { entity: 'session', id: SESSION, data: sessionData(CASE_A, { asOf: '2026-02-30' }) },
      { entity: 'session', id: SESSION, data: sessionData(CASE_A, { caseId: 7 }) },
      { entity: 'session', id: SESSION, data: sessionData(CASE_A, { status: 'archived' }) },
      { entity: 'session', id: SESSION, data: sessionData(CASE_B) },
    ]);
    expect(skipped).toBe(3);
    expect(input.conversations.map((c) => c.caseId)).toEqual([CASE_B]);
  });

  it('counts a finalised session without its finalisation record as nothing, not as skipped', () => {
    const { input, skipped } = statisticsInputFromRecords([
      { entity: 'session', id: SESSION, data: sessionData(CASE_A, { finalisation: undefined }) },
    ]);
    expect(skipped).toBe(0);
    expect(input.conversations).toEqual([]);
  });
});

describe('a device’s own referrals', () => {
  it('counts sent and accepted referrals on the day sent; refused ones never left', () => {
    const input = statisticsInputFromDomain({
      cases: [],
      sessions: [],
      consents: [],
      revocations: [],
      referrals: [
        { caseId: CASE_A, sentAt: '2026-03-31T23:30:00+02:00', state: 'sent' },
        { caseId: CASE_A, sentAt: '2026-04-01T08:00:00+02:00', state: 'accepted' },
        { caseId: CASE_B, sentAt: '2026-02-01T08:00:00+01:00', state: 'refused' },
      ],
    });
    expect(input.referrals).toEqual([
      { caseId: CASE_A, date: '2026-03-31', accepted: false },
      { caseId: CASE_A, date: '2026-04-01', accepted: true },
    ]);
    const q1 = countQuarter(input, '2026-Q1', vocabulary).find(
      (t) => t.indicator.id === 'referrals',
    );
    expect(q1?.rows.map((r) => [r.category, r.total])).toEqual([
      ['made', 1],
      ['accepted', 0],
    ]);
  });
});
