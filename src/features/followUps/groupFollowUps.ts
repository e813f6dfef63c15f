import type { FollowUp, FollowUpUrgency, IsoDate } from '../../domain';

/** Most urgent first: the order of the sections on the page. */
export const URGENCIES: readonly FollowUpUrgency[] = [
  'overdue',
  'today',
  'soon',
  'later',
  'no-date',
];

export type FollowUpGroup = {
  readonly urgency: FollowUpUrgency;
  readonly items: readonly FollowUp[];
};

/** Follow-ups by urgency, in URGENCIES order; groups without entries are left out. */
export function groupFollowUps(followUps: readonly FollowUp[]): FollowUpGroup[] {
  return URGENCIES.map((urgency) => ({
    urgency,
    items: followUps.filter((f) => f.urgency === urgency),
  })).filter((g) => g.items.length > 0);
}

/** A calendar date in the UI language; formatted in UTC so it never shifts by a day. */
export function formatUiDate(date: IsoDate, language: string): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(instant)) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    instant,
  );
}
