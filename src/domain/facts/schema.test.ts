// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { FACT_FIELD_INFO, factKeys, optionKey, SENSITIVE_FACT_FIELDS } from './fieldInfo';
import { isKnown, knownDate, unknownFields } from './known';
import { CaseFactsSchema, emptyCaseFacts, FACT_FIELDS, isFactField } from './schema';
import { VALIDATION } from './validation';

function issues(input: unknown): string[] {
  const result = CaseFactsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

describe('CaseFactsSchema', () => {
  it('accepts an empty case and a full realistic case', () => {
    expect(CaseFactsSchema.parse(emptyCaseFacts())).toEqual({});
    expect(
      issues({
        birthDate: '2000-02-29',
        nationality: 'SY',
        languages: ['ar', 'ku-Latn'],
        currentStatus: 'duldung-60a',
        statusHistory: [
          { status: 'gestattung', from: '2016-01-01', until: '2018-12-31' },
          { status: 'duldung-60a', from: '2019-01-01' },
        ],
        employmentHoursPerWeek: 19.5,
        minorChildrenInHousehold: 2,
        familyTiesInGermany: 'yes',
        familyTieKinds: ['spouse-with-permit'],
        applicationsFiled: [{ kind: 'aufenthg-25b', filedOn: '2026-10-01' }],
      }),
    ).toEqual([]);
    expect(issues({ nationality: 'stateless' })).toEqual([]);
  });

  it('reports stable validation codes', () => {
    expect(issues({ birthDate: '2023-02-29' })).toEqual([`birthDate:${VALIDATION.date}`]);
    expect(issues({ birthDate: 20000101 })).toEqual([`birthDate:${VALIDATION.date}`]);
    expect(issues({ employmentMonths: -1 })).toEqual([
      `employmentMonths:${VALIDATION.nonNegativeInteger}`,
    ]);
    expect(issues({ employmentMonths: 1.5 })).toEqual([
      `employmentMonths:${VALIDATION.nonNegativeInteger}`,
    ]);
    expect(issues({ employmentHoursPerWeek: 81 })).toEqual([
      `employmentHoursPerWeek:${VALIDATION.hoursPerWeek}`,
    ]);
    expect(issues({ nationality: 'syria' })).toEqual([`nationality:${VALIDATION.nationality}`]);
    expect(issues({ languages: ['Arabic'] })).toEqual([`languages.0:${VALIDATION.language}`]);
    expect(issues({ currentStatus: 'tolerated' })).toEqual([`currentStatus:${VALIDATION.option}`]);
    expect(
      issues({
        statusHistory: [{ status: 'duldung-60a', from: '2020-01-01', until: '2019-01-01' }],
      }),
    ).toEqual([`statusHistory.0.until:${VALIDATION.periodOrder}`]);
  });

  it('is strict: unknown fields are rejected', () => {
    expect(CaseFactsSchema.safeParse({ favouriteColour: 'blue' }).success).toBe(false);
  });

  it('lists its fields and describes each for the UI', () => {
    expect(FACT_FIELDS).toContain('birthDate');
    expect(isFactField('birthDate')).toBe(true);
    expect(isFactField('nope')).toBe(false);
    expect(Object.keys(FACT_FIELD_INFO).sort()).toEqual([...FACT_FIELDS].sort());
    expect(SENSITIVE_FACT_FIELDS).toEqual(
      expect.arrayContaining(['fitToTravel', 'hasConvictions', 'convictionDailyRates']),
    );
    expect(SENSITIVE_FACT_FIELDS).not.toContain('birthDate');
    expect(factKeys('birthDate')).toEqual({
      label: 'facts.birthDate.label',
      question: 'facts.birthDate.question',
    });
    expect(optionKey('germanLevel', 'A2')).toBe('facts.options.germanLevel.A2');
  });
});

describe('isKnown', () => {
  it('treats undefined, "unknown" and invalid dates as unknown', () => {
    const facts = {
      germanLevel: 'unknown' as const,
      birthDate: '2023-02-29',
      firstEntryDate: '2020-01-01',
      minorChildrenInHousehold: 0,
      departureDeadline: 'soon',
    };
    expect(isKnown(facts, 'germanLevel')).toBe(false);
    expect(isKnown(facts, 'birthDate')).toBe(false);
    expect(isKnown(facts, 'departureDeadline')).toBe(false);
    expect(isKnown(facts, 'firstEntryDate')).toBe(true);
    expect(isKnown(facts, 'minorChildrenInHousehold')).toBe(true);
    expect(unknownFields(facts, ['germanLevel', 'firstEntryDate', 'nationality'])).toEqual([
      'germanLevel',
      'nationality',
    ]);
    expect(knownDate('2020-01-01')).toBe('2020-01-01');
    expect(knownDate('x')).toBeUndefined();
  });
});
