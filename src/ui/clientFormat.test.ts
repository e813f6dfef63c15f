import { describe, expect, it } from 'vitest';
import { formatClientDate, languageName } from './clientFormat';

describe('client dates and language names', () => {
  it('formats a date in the language when Intl knows it', () => {
    expect(formatClientDate('2026-12-01', 'de')).toBe('1. Dezember 2026');
    expect(formatClientDate('2026-12-01', 'en')).toBe('December 1, 2026');
  });

  it('falls back to digits, never to another language’s month names', () => {
    expect(formatClientDate('2026-12-01', 'zz')).toBe('01.12.2026');
  });

  it('names a language in the reader’s language', () => {
    expect(languageName('ar', 'de')).toBe('Arabisch');
    expect(languageName('ar', 'en')).toBe('Arabic');
  });
});
