// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  compareDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isAfter,
  isBefore,
  isIsoDate,
  isLeapYear,
  isOnOrAfter,
  isOnOrBefore,
  maxDate,
  minDate,
  monthsBetween,
  nthBirthday,
  parseIsoDate,
  toCalendarDate,
  yearsBetween,
} from './dates';

describe('parsing and formatting', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-11-21', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['0000-01-01', false],
    ['21.11.2026', false],
    ['', false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('rejects non-strings', () => {
    expect(isIsoDate(20261121)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('round-trips and pads', () => {
    expect(parseIsoDate('2026-01-05')).toEqual({ year: 2026, month: 1, day: 5 });
    expect(formatIsoDate({ year: 987, month: 3, day: 9 })).toBe('0987-03-09');
  });

  it('throws on invalid input where the caller promised a valid date', () => {
    expect(() => toCalendarDate('2026-02-30')).toThrow(RangeError);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('comparison', () => {
  it('orders dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBeLessThan(0);
    expect(compareDates('2026-02-01', '2026-01-31')).toBeGreaterThan(0);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(isBefore('2025-12-31', '2026-01-01')).toBe(true);
    expect(isOnOrBefore('2026-01-01', '2026-01-01')).toBe(true);
    expect(isAfter('2026-01-01', '2026-01-01')).toBe(false);
    expect(isOnOrAfter('2026-01-01', '2026-01-01')).toBe(true);
    expect(minDate('2026-05-01', '2026-04-01')).toBe('2026-04-01');
    expect(maxDate('2026-05-01', '2026-04-01')).toBe('2026-05-01');
    expect(maxDate('2026-04-01', '2026-05-01')).toBe('2026-05-01');
  });
});

describe('arithmetic', () => {
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-21', 2)).toBe('2027-01-21');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('adds years; 29 Feb + 1 year = 28 Feb', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2020-11-21', 6)).toBe('2026-11-21');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2000-02-29', 366)).toBe('2001-03-01');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(daysBetween('1999-12-31', '2000-03-01')).toBe(61);
  });

  it('counts whole months and years', () => {
    expect(monthsBetween('2025-11-21', '2026-11-21')).toBe(12);
    expect(monthsBetween('2025-11-22', '2026-11-21')).toBe(11);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsBetween('2026-02-01', '2026-01-01')).toBe(0);
    expect(yearsBetween('2020-11-21', '2026-11-21')).toBe(6);
    expect(yearsBetween('2020-11-22', '2026-11-21')).toBe(5);
  });
});

describe('age (BGB §§ 187, 188)', () => {
  it('turns a year older on the birthday', () => {
    expect(ageOn('1999-11-21', '2026-11-20')).toBe(26);
    expect(ageOn('1999-11-21', '2026-11-21')).toBe(27);
  });

  it('is 0 before birth or before the first birthday', () => {
    expect(ageOn('2026-06-01', '2026-01-01')).toBe(0);
    expect(ageOn('2026-01-01', '2026-06-01')).toBe(0);
  });

  it('lets people born on 29 Feb turn older on 1 Mar in common years', () => {
    expect(nthBirthday('2000-02-29', 27)).toBe('2027-03-01');
    expect(nthBirthday('2000-02-29', 28)).toBe('2028-02-29');
    expect(ageOn('2000-02-29', '2027-02-28')).toBe(26);
    expect(ageOn('2000-02-29', '2027-03-01')).toBe(27);
    expect(ageOn('2000-02-29', '2028-02-28')).toBe(27);
    expect(ageOn('2000-02-29', '2028-02-29')).toBe(28);
  });

  it('handles ordinary birthdays in leap years', () => {
    expect(nthBirthday('2001-03-01', 3)).toBe('2004-03-01');
    expect(ageOn('2001-02-28', '2004-02-28')).toBe(3);
  });
});
