// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { CaseProfileSchema } from './schema';
import {
  noticeCovers,
  removeRepresentative,
  REPRESENTATIVE_VALIDATION as V,
  RepresentativeSchema,
  RepresentativesSchema,
  upsertRepresentative,
  type Representative,
} from './representative';

const ID = '0b7c3c4e-1f55-4a8e-9d0e-2a7f3c1b9e01';
const lawyer: Representative = {
  id: ID,
  name: 'RAin Klein',
  role: 'lawyer',
  contact: 'Kanzlei Klein, 0231 123456',
  scope: 'Aufenthaltsverfahren',
  proof: { kind: 'written-power-of-attorney', dated: '2026-10-01', note: 'Kopie in der Akte' },
  addedOn: '2026-11-01',
};

const codes = (value: unknown) => {
  const parsed = RepresentativeSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}=${i.message}`);
};

describe('RepresentativeSchema', () => {
  it('accepts a complete representative and trims the texts', () => {
    expect(RepresentativeSchema.parse({ ...lawyer, name: '  RAin Klein ' })).toEqual(lawyer);
  });

  it('names each problem with its own representatives:validation code', () => {
    expect(codes({ ...lawyer, name: '   ' })).toEqual([`name=${V.nameRequired}`]);
    expect(codes({ ...lawyer, name: 'x'.repeat(121) })).toEqual([`name=${V.nameTooLong}`]);
    expect(codes({ ...lawyer, contact: '' })).toEqual([`contact=${V.contactRequired}`]);
    expect(codes({ ...lawyer, scope: 'x'.repeat(501) })).toEqual([`scope=${V.scopeTooLong}`]);
    expect(codes({ ...lawyer, role: 'mayor' })).toEqual([`role=${V.role}`]);
    expect(codes({ ...lawyer, proof: { kind: 'x' } })).toEqual([`proof.kind=${V.proofKind}`]);
    expect(codes({ ...lawyer, proof: { kind: 'other', dated: '2026-02-30' } })).toEqual([
      `proof.dated=${V.proofDated}`,
    ]);
    expect(codes({ ...lawyer, proof: { kind: 'other', note: 'x'.repeat(301) } })).toEqual([
      `proof.note=${V.proofNoteTooLong}`,
    ]);
    expect(Object.values(V).every((code) => code.startsWith('representatives:validation.'))).toBe(
      true,
    );
  });

  it('allows at most five representatives with distinct ids', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({
      ...lawyer,
      id: `0b7c3c4e-1f55-4a8e-9d0e-2a7f3c1b9e1${i}`,
    }));
    expect(RepresentativesSchema.safeParse(many.slice(0, 5)).success).toBe(true);
    expect(RepresentativesSchema.safeParse(many).error?.issues[0]?.message).toBe(V.tooMany);
    expect(RepresentativesSchema.safeParse([lawyer, lawyer]).error?.issues[0]?.message).toBe(
      V.duplicateId,
    );
  });

  it('is part of the case profile, with the notices', () => {
    const profile = {
      displayName: 'Amal Haddad',
      pseudonymised: false,
      createdOn: '2026-10-01',
      representatives: [lawyer],
      representativeNotices: [{ sessionId: 's1', representativeId: ID, informedOn: '2026-11-20' }],
    };
    expect(CaseProfileSchema.parse(profile)).toEqual(profile);
    const bad = { ...profile, representativeNotices: [{ sessionId: 's1', informedOn: 'gestern' }] };
    expect(CaseProfileSchema.safeParse(bad).error?.issues[0]?.message).toBe(V.notice);
  });
});

describe('list helpers', () => {
  it('adds, replaces and removes by id without changing the input', () => {
    const list = [lawyer];
    const other = { ...lawyer, id: '0b7c3c4e-1f55-4a8e-9d0e-2a7f3c1b9e02', name: 'Herr Sommer' };
    expect(upsertRepresentative(undefined, lawyer)).toEqual([lawyer]);
    expect(upsertRepresentative(list, other)).toEqual([lawyer, other]);
    expect(upsertRepresentative(list, { ...lawyer, name: 'Dr. Klein' })).toEqual([
      { ...lawyer, name: 'Dr. Klein' },
    ]);
    expect(upsertRepresentative([lawyer, other], { ...other, name: 'Frau Sommer' })).toEqual([
      lawyer,
      { ...other, name: 'Frau Sommer' },
    ]);
    expect(removeRepresentative([lawyer, other], ID)).toEqual([other]);
    expect(removeRepresentative(undefined, ID)).toEqual([]);
    expect(list).toEqual([lawyer]);
  });

  it('lets a notice about a conversation cover its steps, and one about a step only that', () => {
    const informedOn = '2026-11-20';
    expect(noticeCovers({ sessionId: 's1', informedOn }, ID, 's1')).toBe(true);
    expect(noticeCovers({ sessionId: 's1', informedOn }, ID, 's1', 'a1')).toBe(true);
    expect(noticeCovers({ sessionId: 's1', actionId: 'a1', informedOn }, ID, 's1')).toBe(false);
    expect(noticeCovers({ sessionId: 's1', actionId: 'a1', informedOn }, ID, 's1', 'a1')).toBe(
      true,
    );
    expect(noticeCovers({ sessionId: 's2', informedOn }, ID, 's1')).toBe(false);
    const other = '0b7c3c4e-1f55-4a8e-9d0e-2a7f3c1b9e02';
    expect(noticeCovers({ sessionId: 's1', representativeId: other, informedOn }, ID, 's1')).toBe(
      false,
    );
  });
});
