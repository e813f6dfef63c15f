// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { caseRecord, draft, HASH } from '../sessions/sessions.fixtures';
import { departureLetterData } from './data';

describe('departureLetterData', () => {
  it("takes a draft's data from the case as it is now", () => {
    const record = {
      ...caseRecord,
      facts: { ...caseRecord.facts, departureDeadline: '2027-01-15' },
    };
    expect(departureLetterData(draft, record, 'ABH Unna')).toEqual({
      name: 'Amal Haddad',
      fileNumber: 'AZ 12/345',
      birthDate: '2000-05-01',
      nationality: 'SY',
      departureDeadline: '2027-01-15',
      handedOutOn: '2026-11-20',
      organisation: 'ABH Unna',
    });
  });

  it("takes a finalised session's facts from its snapshot (the day's facts)", () => {
    const finalised = {
      ...draft,
      status: 'finalised' as const,
      finalisation: {
        finalisedAt: '2026-11-20T11:00:00+01:00',
        finalisedBy: 'Frau Berger',
        contentHash: HASH,
        factsSnapshot: { birthDate: '2000-05-01', departureDeadline: '2026-12-31' },
      },
    };
    const later = {
      ...caseRecord,
      facts: { ...caseRecord.facts, departureDeadline: '2027-06-30' },
    };
    const data = departureLetterData(finalised, later, undefined);
    expect(data.departureDeadline).toBe('2026-12-31');
    expect(data).not.toHaveProperty('nationality');
    expect(data).not.toHaveProperty('organisation');
  });

  it('leaves unknown and empty values out, so they print as blanks', () => {
    const record = {
      ...caseRecord,
      profile: { ...caseRecord.profile, fileNumber: '' },
      facts: { nationality: 'unknown' },
    };
    expect(departureLetterData(draft, record, '  ')).toEqual({
      name: 'Amal Haddad',
      handedOutOn: '2026-11-20',
    });
  });
});
