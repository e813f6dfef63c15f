// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { factPlausibilityIssues } from './plausibility';
import type { CaseRecord } from './schema';
import { CaseProfileSchema } from './schema';
import { caseMatchesQuery, normaliseForSearch } from './search';
import { RECORD_VALIDATION as R } from './validation';

function issues(input: unknown): string[] {
  const result = CaseProfileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

const profile = { displayName: 'Amal Haddad', pseudonymised: false, createdOn: '2026-10-01' };

describe('CaseProfileSchema', () => {
  it('accepts a profile, trims texts and keeps a file number', () => {
    expect(
      CaseProfileSchema.parse({ ...profile, displayName: '  Amal  ', fileNumber: ' AZ 1 ' }),
    ).toEqual({ ...profile, displayName: 'Amal', fileNumber: 'AZ 1' });
    expect(issues({ ...profile, pseudonymised: true })).toEqual([]);
  });

  it('reports stable codes', () => {
    expect(issues({ ...profile, displayName: '   ' })).toEqual([`displayName:${R.displayName}`]);
    expect(issues({ ...profile, displayName: 'x'.repeat(121) })).toEqual([
      `displayName:${R.displayName}`,
    ]);
    expect(issues({ ...profile, displayName: 'x'.repeat(120) })).toEqual([]);
    expect(issues({ ...profile, displayName: 7 })).toEqual([`displayName:${R.displayName}`]);
    expect(issues({ ...profile, fileNumber: 'x'.repeat(61) })).toEqual([
      `fileNumber:${R.fileNumber}`,
    ]);
    expect(issues({ ...profile, pseudonymised: 'yes' })).toEqual([`pseudonymised:${R.invalid}`]);
    expect(issues({ ...profile, createdOn: '2026-02-30' })).toEqual([
      'createdOn:facts.validation.date',
    ]);
  });

  it('is strict', () => {
    expect(CaseProfileSchema.safeParse({ ...profile, note: 'x' }).success).toBe(false);
  });
});

describe('factPlausibilityIssues', () => {
  const asOf = '2026-11-20';
  const codes = (facts: Parameters<typeof factPlausibilityIssues>[0], createdOn?: string) =>
    factPlausibilityIssues(facts, asOf, createdOn).map((i) =>
      i.index === undefined ? `${i.field}:${i.code}` : `${i.field}.${i.index}:${i.code}`,
    );

  it('accepts a consistent case, boundaries included', () => {
    expect(
      codes({
        birthDate: '1990-01-01',
        firstEntryDate: '1990-01-01',
        identityClarifiedOn: asOf,
        asylumApplicationDate: '1990-01-01',
        trainingStartDate: '2027-08-01',
        statusHistory: [{ status: 'duldung-60a', from: asOf }],
        applicationsFiled: [{ kind: 'aufenthg-25b', filedOn: asOf }],
      }),
    ).toEqual([]);
    expect(codes({})).toEqual([]);
    expect(codes({ birthDate: '1906-11-20' })).toEqual([]);
  });

  it('finds dates in the future', () => {
    expect(
      codes({
        firstEntryDate: '2026-11-21',
        identityClarifiedOn: '2027-01-01',
        asylumApplicationDate: '2027-01-01',
        statusHistory: [
          { status: 'gestattung', from: '2020-01-01', until: '2026-12-31' },
          { status: 'duldung-60a', from: '2027-01-01' },
        ],
        applicationsFiled: [
          { kind: 'aufenthg-25a', filedOn: '2026-01-01' },
          { kind: 'aufenthg-25b', filedOn: '2026-11-21' },
        ],
      }),
    ).toEqual([
      `firstEntryDate:${R.entryDateFuture}`,
      `identityClarifiedOn:${R.identityDateFuture}`,
      `asylumApplicationDate:${R.asylumDateFuture}`,
      `statusHistory.1:${R.statusPeriodFuture}`,
      `applicationsFiled.1:${R.applicationFiledFuture}`,
    ]);
  });

  it('finds a birth date in the future', () => {
    expect(codes({ birthDate: '2026-11-21', firstEntryDate: '2026-11-21' })).toEqual([
      `birthDate:${R.birthDateFuture}`,
      `firstEntryDate:${R.entryDateFuture}`,
    ]);
  });

  it('finds dates before birth and an asylum application before entry', () => {
    expect(
      codes({
        birthDate: '2000-05-01',
        firstEntryDate: '2000-04-30',
        identityClarifiedOn: '1999-01-01',
        asylumApplicationDate: '2000-04-29',
        trainingStartDate: '1999-08-01',
        statusHistory: [{ status: 'gestattung', from: '1999-12-31' }],
      }),
    ).toEqual([
      `firstEntryDate:${R.entryBeforeBirth}`,
      `identityClarifiedOn:${R.identityBeforeBirth}`,
      `asylumApplicationDate:${R.asylumBeforeEntry}`,
      `trainingStartDate:${R.trainingBeforeBirth}`,
      `statusHistory.0:${R.statusPeriodBeforeBirth}`,
    ]);
  });

  it('flags a birth date more than 120 years back and one after the case was opened', () => {
    expect(codes({ birthDate: '1906-11-19' })).toEqual([`birthDate:${R.birthDateTooOld}`]);
    expect(codes({ birthDate: '2026-10-02' }, '2026-10-01')).toEqual([
      `birthDate:${R.birthDateAfterCreated}`,
    ]);
    expect(codes({ birthDate: '2026-10-01' }, '2026-10-01')).toEqual([]);
    expect(codes({ birthDate: '2026-10-02' }, 'not a date')).toEqual([]);
  });

  it('ignores invalid dates (the schema reports them) and rejects an invalid asOf', () => {
    expect(
      codes({
        birthDate: '2030-02-30',
        firstEntryDate: 'soon',
        statusHistory: [{ status: 'gestattung', from: 'x' }],
      }),
    ).toEqual([]);
    expect(() => factPlausibilityIssues({}, '20.11.2026')).toThrow(RangeError);
  });
});

describe('case search', () => {
  const record: CaseRecord = {
    id: 'c1',
    profile: {
      displayName: 'Jürgen Großmann',
      pseudonymised: false,
      fileNumber: 'AZ 12/345',
      createdOn: '2026-01-01',
    },
    facts: { nationality: 'SY' },
  };
  const label = (code: string) => (code === 'SY' ? 'Syrien' : code);

  it('normalises case, diacritics and ß', () => {
    expect(normaliseForSearch('Müller')).toBe('muller');
    expect(normaliseForSearch('GROẞE Straße')).toBe('grosse strasse');
    expect(normaliseForSearch('Çelik Şahin')).toBe('celik sahin');
    expect(normaliseForSearch('Zoë')).toBe(normaliseForSearch('zoe'));
  });

  it('matches every token somewhere, in any order', () => {
    expect(caseMatchesQuery(record, '')).toBe(true);
    expect(caseMatchesQuery(record, '   ')).toBe(true);
    expect(caseMatchesQuery(record, 'grossmann')).toBe(true);
    expect(caseMatchesQuery(record, 'GROSSMANN jurgen')).toBe(true);
    expect(caseMatchesQuery(record, '12/345')).toBe(true);
    expect(caseMatchesQuery(record, 'jurgen 12/3')).toBe(true);
    expect(caseMatchesQuery(record, 'sy')).toBe(true);
    expect(caseMatchesQuery(record, 'jurgen meier')).toBe(false);
  });

  it('matches the nationality label only when a label function is given', () => {
    expect(caseMatchesQuery(record, 'syrien')).toBe(false);
    expect(caseMatchesQuery(record, 'syrien', label)).toBe(true);
    const noNationality: CaseRecord = { ...record, facts: {} };
    expect(caseMatchesQuery(noNationality, 'syrien', label)).toBe(false);
    const noFileNumber: CaseRecord = {
      ...record,
      profile: { displayName: 'X', pseudonymised: true, createdOn: '2026-01-01' },
    };
    expect(caseMatchesQuery(noFileNumber, 'az')).toBe(false);
  });
});
