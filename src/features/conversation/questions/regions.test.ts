import { describe, expect, it } from 'vitest';
import { NationalitySchema } from '../../../domain';
import { countries, countryCodes, languageName } from './regions';

describe('countryCodes', () => {
  it('lists the ISO 3166-1 countries plus Kosovo, without aliases or groupings', () => {
    const codes = countryCodes();
    expect(codes).toContain('DE');
    expect(codes).toContain('SY');
    expect(codes).toContain('XK');
    for (const code of ['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'AC', 'IC', 'BU', 'DD', 'UK', 'YU']) {
      expect(codes).not.toContain(code);
    }
    // 249 officially assigned codes + XK; tolerate a slightly older or newer CLDR.
    expect(codes.length).toBeGreaterThanOrEqual(245);
    expect(codes.length).toBeLessThanOrEqual(252);
    expect(codes.every((code) => NationalitySchema.safeParse(code).success)).toBe(true);
  });
});

describe('countries', () => {
  it('names and sorts the countries in the interface language', () => {
    const german = countries('de');
    const names = german.map((c) => c.name);
    expect(german.find((c) => c.code === 'DE')?.name).toBe('Deutschland');
    expect(names.indexOf('Afghanistan')).toBeLessThan(names.indexOf('Ägypten'));
    expect(names.indexOf('Ägypten')).toBeLessThan(names.indexOf('Albanien'));
    expect(countries('en').find((c) => c.code === 'DE')?.name).toBe('Germany');
  });
});

describe('languageName', () => {
  it('names a language tag, or falls back to the tag', () => {
    expect(languageName('ar', 'de')).toBe('Arabisch');
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('not a tag', 'de')).toBe('not a tag');
  });
});
