// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import { DIRECTORY_VALIDATION as V, supportOfferSchema } from './schema';

const valid = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'legal-advice',
  name: 'Beratung',
  coverage: { scope: 'local', areas: [{ municipality: 'Unna', postcodes: ['59423'] }] },
  address: { street: 'Beispielstraße 1', postcode: '59423', city: 'Unna' },
  openingHours: 'Mo 9–12 Uhr',
  languages: ['de', 'ar'],
  contact: { phone: '+49 0000 1000-01', email: 'a@example.org', web: 'https://example.org/x' },
  descriptions: { de: 'Text', ar: 'نص' },
  example: true,
  reviewedOn: '2026-11-01',
};

/** The validation codes of the issues for a changed copy of a valid offer. */
function codes(change: Record<string, unknown>): string[] {
  const result = supportOfferSchema.safeParse({ ...valid, ...change });
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('supportOfferSchema', () => {
  it('accepts a complete offer and one without the optional parts', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ address: undefined, openingHours: undefined, contact: {} })).toEqual([]);
    expect(codes({ coverage: { scope: 'federal' } })).toEqual([]);
  });

  it('names what is wrong with i18n keys', () => {
    expect(codes({ name: '  ' })).toEqual([V.required]);
    expect(codes({ kind: 'lawyer' })).toEqual([V.kind]);
    expect(codes({ coverage: { scope: 'local', areas: [] } })).toEqual([V.areas]);
    expect(
      codes({
        coverage: { scope: 'local', areas: [{ municipality: 'Unna', postcodes: ['5942'] }] },
      }),
    ).toEqual([V.postcode]);
    expect(codes({ contact: { phone: 'call me' } })).toEqual([V.phone]);
    expect(codes({ contact: { email: 'nope' } })).toEqual([V.email]);
    expect(codes({ contact: { web: 'javascript:alert(1)' } })).toEqual([V.web]);
    expect(codes({ languages: ['Deutsch'] })).toEqual([V.language]);
    expect(codes({ descriptions: { en: 'English only' } })).toEqual([V.germanDescription]);
    expect(codes({ reviewedOn: '2026-02-30' })).toEqual([V.date]);
    expect(codes({ name: 'x'.repeat(161) })).toEqual([V.tooLong]);
  });

  it('refuses unknown fields', () => {
    expect(codes({ secret: 1 }).length).toBe(1);
  });
});
