// Locale-aware formatting for the assessment panels. Domain dates are ISO calendar dates
// without a time zone, so they are formatted in UTC to never shift by a day.
import type { IsoDate } from '../../../domain';

export function formatDisplayDate(date: IsoDate, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
