import { describe, expect, it } from 'vitest';
import {
  formatDateText,
  formatNumberText,
  parseDateText,
  parseLanguageTags,
  parseNumberText,
} from './inputText';

describe('parseDateText', () => {
  it.each([
    ['24.12.1999', '1999-12-24'],
    ['1.2.2020', '2020-02-01'],
    [' 01.02.2020 ', '2020-02-01'],
    ['1/2/2020', '2020-02-01'],
    ['01022020', '2020-02-01'],
    ['2020-02-29', '2020-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['31.02.2020', '29.02.2023', '2023-02-29', '1.13.2020', '12.2020', 'gestern', '1.2.20'])(
    'passes %j on unchanged (not a real date)',
    (text) => {
      expect(parseDateText(text)).toBe(text);
    },
  );

  it('reads blank text as "no answer"', () => {
    expect(parseDateText('')).toBeUndefined();
    expect(parseDateText('   ')).toBeUndefined();
  });
});

describe('formatDateText', () => {
  it('shows ISO dates as TT.MM.JJJJ and anything else as it is', () => {
    expect(formatDateText('1999-12-24')).toBe('24.12.1999');
    expect(formatDateText('31.02.2020')).toBe('31.02.2020');
    expect(formatDateText(undefined)).toBe('');
    expect(formatDateText(12)).toBe('');
  });
});

describe('numbers', () => {
  it('reads whole and decimal numbers, passes other text on', () => {
    expect(parseNumberText('3')).toBe(3);
    expect(parseNumberText('19,5')).toBe(19.5);
    expect(parseNumberText('19.5')).toBe(19.5);
    expect(parseNumberText('-2')).toBe(-2);
    expect(parseNumberText('drei')).toBe('drei');
    expect(parseNumberText('1.000,5')).toBe('1.000,5');
    expect(parseNumberText(' ')).toBeUndefined();
  });

  it('shows numbers with the decimal separator of the interface language', () => {
    expect(formatNumberText(19.5, 'de')).toBe('19,5');
    expect(formatNumberText(19.5, 'en')).toBe('19.5');
    expect(formatNumberText('drei', 'de')).toBe('drei');
    expect(formatNumberText(undefined, 'de')).toBe('');
  });
});

describe('parseLanguageTags', () => {
  it('splits on commas, semicolons and spaces', () => {
    expect(parseLanguageTags(' ha, fa-AF;wo  ln ')).toEqual(['ha', 'fa-AF', 'wo', 'ln']);
    expect(parseLanguageTags('')).toEqual([]);
  });
});
