// Durations derived from the status history ("6 years of continuous stay", "12 months of
// Duldung"). The law counts unbroken chains of certain statuses; some statuses (the § 60b
// Duldung) neither count nor break the chain (§ 60b Abs. 5 S. 1), so they only postpone the
// date on which a requirement is fulfilled.
import { addDays, daysBetween, isAfter, isIsoDate, isOnOrBefore, minDate } from '../dates';
import type { IsoDate } from '../dates';
import type { ResidenceStatus } from './enums';
import type { StatusPeriod } from './schema';

export const TOLERATED: readonly ResidenceStatus[] = [
  'duldung-60a',
  'duldung-60b',
  'ausbildungsduldung-60c',
  'beschaeftigungsduldung-60d',
];

/** Duldung periods that count as prior Duldung time (§ 60b periods do not; § 60b Abs. 5). */
export const TOLERATED_COUNTING: readonly ResidenceStatus[] = [
  'duldung-60a',
  'ausbildungsduldung-60c',
  'beschaeftigungsduldung-60d',
];

/** Stay "geduldet, gestattet oder mit Aufenthaltserlaubnis" without the § 60b Duldung. */
export const LAWFUL_OR_TOLERATED: readonly ResidenceStatus[] = [
  'gestattung',
  ...TOLERATED_COUNTING,
  'permit-104c',
  'permit-other',
];

export const OBLIGED_TO_LEAVE: readonly ResidenceStatus[] = [
  ...TOLERATED,
  'obliged-to-leave-without-duldung',
];

export type ChainSpec = {
  /** Statuses whose days count. */
  readonly counting: readonly ResidenceStatus[];
  /** Statuses that keep the chain unbroken but whose days do not count. */
  readonly neutral?: readonly ResidenceStatus[];
};

export type ChainResult =
  /** The chain is unbroken up to `asOf`. `effectiveStart` = start shifted by neutral days. */
  | { readonly kind: 'chain'; readonly start: IsoDate; readonly effectiveStart: IsoDate }
  /** On `asOf` the person is in a status that is not part of the chain. */
  | { readonly kind: 'not-in-chain' }
  /** The history does not reach `asOf` (or is missing/invalid): durations are unknown. */
  | { readonly kind: 'unknown' };

type ClippedPeriod = { status: ResidenceStatus; from: IsoDate; until: IsoDate };

function clip(history: readonly StatusPeriod[], asOf: IsoDate): ClippedPeriod[] | undefined {
  const periods: ClippedPeriod[] = [];
  for (const period of history) {
    if (!isIsoDate(period.from) || (period.until !== undefined && !isIsoDate(period.until))) {
      return undefined;
    }
    if (isAfter(period.from, asOf)) continue;
    periods.push({
      status: period.status,
      from: period.from,
      until: period.until === undefined ? asOf : minDate(period.until, asOf),
    });
  }
  return periods;
}

/**
 * Walks back day by day (period by period) from `asOf` while every period covering the day
 * before the chain start is counting or neutral. A gap of even one day, or a period of
 * another status, breaks the chain: the history is taken to be complete between periods.
 */
export function continuousChain(
  history: readonly StatusPeriod[] | undefined,
  asOf: IsoDate,
  spec: ChainSpec,
): ChainResult {
  if (history === undefined || history.length === 0) return { kind: 'unknown' };
  const periods = clip(history, asOf);
  if (periods === undefined) return { kind: 'unknown' };
  const neutral = spec.neutral ?? [];
  const inChain = (status: ResidenceStatus) =>
    spec.counting.includes(status) || neutral.includes(status);
  const covering = (day: IsoDate) =>
    periods.filter((p) => isOnOrBefore(p.from, day) && isOnOrBefore(day, p.until));

  const today = covering(asOf);
  if (today.length === 0) return { kind: 'unknown' };
  if (today.some((p) => !inChain(p.status))) return { kind: 'not-in-chain' };

  let start = addDays(asOf, 1);
  for (;;) {
    const found = covering(addDays(start, -1));
    if (found.length === 0 || found.some((p) => !inChain(p.status))) break;
    start = found.reduce((earliest, p) => minDate(earliest, p.from), start);
  }

  let neutralDays = 0;
  for (const period of periods) {
    if (!neutral.includes(period.status) || spec.counting.includes(period.status)) continue;
    const from = isAfter(period.from, start) ? period.from : start;
    if (isOnOrBefore(from, period.until)) neutralDays += daysBetween(from, period.until) + 1;
  }
  return { kind: 'chain', start, effectiveStart: addDays(start, neutralDays) };
}
