import { describe, expect, it } from 'vitest';
import { germanDate, germanDateTime, germanLanguageName, germanParams } from './germanFormat';

describe('German formatting of file-note values', () => {
  it('formats calendar dates without shifting the day and instants in Berlin time', () => {
    expect(germanDate('2026-11-10')).toBe('10.11.2026');
    expect(germanDate('2026-13-45')).toBe('2026-13-45');
    expect(germanDateTime('2026-11-20T13:05:00Z')).toBe('20.11.2026, 14:05');
    expect(germanDateTime('2026-07-20T13:05:00Z')).toBe('20.07.2026, 15:05');
  });

  it('names languages in German and keeps unknown or malformed tags', () => {
    expect(germanLanguageName('ar')).toBe('Arabisch');
    expect(germanLanguageName('fa')).toBe('Persisch');
    expect(germanLanguageName('not a tag')).toBe('not a tag');
  });

  it('applies the language name only to the language param', () => {
    expect(germanParams({ language: 'ti', details: 'ar', on: '2026-01-02', count: 3 })).toEqual({
      language: 'Tigrinya',
      details: 'ar',
      on: '02.01.2026',
      count: 3,
    });
  });
});
