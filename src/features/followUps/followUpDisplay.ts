import type { FollowUpUrgency, IsoDate } from '../../domain';

/** Most urgent first: the order of the sections on the page. */
export const URGENCIES: readonly FollowUpUrgency[] = [
  'overdue',
  'today',
  'soon',
  'later',
  'no-date',
];

/** A calendar date in the UI language; formatted in UTC so it never shifts by a day. */
export function formatUiDate(date: IsoDate, language: string): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(instant)) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    instant,
  );
}
