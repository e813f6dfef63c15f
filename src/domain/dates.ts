// Calendar-date arithmetic on ISO strings (`YYYY-MM-DD`).
//
// Legal deadlines are calendar dates, not instants: using `Date` objects would shift a
// birthday by a day whenever the device's timezone differs from UTC. Everything here works
// on year/month/day integers, so results are the same on every device and in every test.

/** A calendar date as `YYYY-MM-DD`. Validate with {@link isIsoDate} before trusting it. */
export type IsoDate = string;

export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD`; returns undefined for malformed strings and impossible dates (2023-02-29). */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses or throws: for values the caller has already validated (asOf, rule constants). */
export function toCalendarDate(value: IsoDate): CalendarDate {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new RangeError(`Invalid ISO date: ${value}`);
  return parsed;
}

/** Negative if a < b, 0 if equal, positive if a > b. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  const x = toCalendarDate(a);
  const y = toCalendarDate(b);
  return x.year - y.year || x.month - y.month || x.day - y.day;
}

export const isBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) < 0;
export const isOnOrBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) <= 0;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;
export const isOnOrAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) >= 0;

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return isBefore(a, b) ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return isAfter(a, b) ? a : b;
}

/**
 * Adds calendar months. A day that does not exist in the target month is clamped to the
 * month's last day (31 Jan + 1 month = 28/29 Feb), as § 188 Abs. 3 BGB does for periods.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = toCalendarDate(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return formatIsoDate({
    year: newYear,
    month: newMonth,
    day: Math.min(day, daysInMonth(newYear, newMonth)),
  });
}

/** Adds calendar years; 29 Feb + 1 year = 28 Feb (clamped like {@link addMonths}). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

// Days since 0000-03-01 in the proleptic Gregorian calendar (a well-known civil-date
// algorithm). Avoids `Date`, so no timezone can leak in.
function toDayNumber(date: IsoDate): number {
  const { year, month, day } = toCalendarDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const era = Math.floor(dayNumber / 146097);
  const doe = dayNumber - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Signed number of days from `from` to `to` (0 for the same day). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Whole calendar months completed from `from` to `to` (0 if `to` is before `from`). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (isBefore(to, from)) return 0;
  const a = toCalendarDate(from);
  const b = toCalendarDate(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (isAfter(addMonths(from, months), to)) months -= 1;
  return months;
}

/** Whole calendar years completed from `from` to `to` (0 if `to` is before `from`). */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  return Math.floor(monthsBetween(from, to) / 12);
}

/**
 * The date on which a person born on `birthDate` turns `years` old.
 *
 * German law (§§ 187 Abs. 2 S. 2, 188 Abs. 2 and 3 BGB) lets a year of life end at the end
 * of the day before the birthday. For someone born on 29 February, the year ends on
 * 28 February in a common year, so they turn one year older on 1 March, not on 28 February.
 */
export function nthBirthday(birthDate: IsoDate, years: number): IsoDate {
  const { year, month, day } = toCalendarDate(birthDate);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) {
    return formatIsoDate({ year: target, month: 3, day: 1 });
  }
  return formatIsoDate({ year: target, month, day });
}

/** Age in completed years on `asOf` (0 before the first birthday; negative input → 0). */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  if (isBefore(asOf, birthDate)) return 0;
  const from = toCalendarDate(birthDate);
  const to = toCalendarDate(asOf);
  const candidate = to.year - from.year;
  return isOnOrAfter(asOf, nthBirthday(birthDate, candidate)) ? candidate : candidate - 1;
}
