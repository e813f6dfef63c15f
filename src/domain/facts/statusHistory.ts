// Durations derived from the status history ("6 years of continuous stay", "12 months of
// Duldung"). The law counts unbroken chains of certain statuses; some statuses (the § 60b
// Duldung) neither count nor break the chain (§ 60b Abs. 5 S. 1), so they only postpone the
// date on which a requirement is fulfilled.
import {
  addDays,
  daysBetween,
  isAfter,
  isBefore,
  isIsoDate,
  isOnOrBefore,
  minDate,
} from '../dates';
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

/** A stretch of days no period of the history covers (inclusive). */
export type UnrecordedStretch = { readonly from: IsoDate; readonly until: IsoDate };

export type ChainResult =
  /**
   * The recorded chain is unbroken from `start` to `asOf`; `effectiveStart` = start shifted by
   * neutral days. When the day before `start` is unrecorded (not a break: often a Gestattung
   * that was simply not entered), `unrecorded` lists the stretches a longer chain would need
   * and `bestStart`/`bestEffectiveStart` say how far back it could reach if they all counted
   * (`bestStart` undefined: unbounded, because the entry date is unknown). A complete chain
   * has no stretches and its best start is its start.
   */
  | {
      readonly kind: 'chain';
      readonly start: IsoDate;
      readonly effectiveStart: IsoDate;
      readonly unrecorded: readonly UnrecordedStretch[];
      readonly bestStart?: IsoDate;
      readonly bestEffectiveStart?: IsoDate;
    }
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

const covering = (periods: readonly ClippedPeriod[], day: IsoDate) =>
  periods.filter((p) => isOnOrBefore(p.from, day) && isOnOrBefore(day, p.until));

/** The unrecorded stretch ending on `day`: back to the last recorded day or the entry. */
function stretchEndingOn(
  periods: readonly ClippedPeriod[],
  day: IsoDate,
  entry: IsoDate | undefined,
): UnrecordedStretch | undefined {
  const lastRecorded = periods
    .filter((p) => isBefore(p.until, day))
    .reduce<IsoDate | undefined>(
      (latest, p) => (latest && isAfter(latest, p.until) ? latest : p.until),
      undefined,
    );
  const candidates = [lastRecorded ? addDays(lastRecorded, 1) : undefined, entry].filter(
    (d): d is IsoDate => d !== undefined,
  );
  if (candidates.length === 0) return undefined;
  const from = candidates.reduce((a, b) => (isAfter(a, b) ? a : b));
  return { from, until: day };
}

function neutralDaysSince(
  periods: readonly ClippedPeriod[],
  start: IsoDate,
  spec: ChainSpec,
): number {
  const neutral = spec.neutral ?? [];
  let days = 0;
  for (const period of periods) {
    if (!neutral.includes(period.status) || spec.counting.includes(period.status)) continue;
    const from = isAfter(period.from, start) ? period.from : start;
    if (isOnOrBefore(from, period.until)) days += daysBetween(from, period.until) + 1;
  }
  return days;
}

/**
 * Walks back period by period from `asOf` while every period covering the day before the
 * chain start is counting or neutral. A period of another status breaks the chain. A day no
 * period covers is not a break but unrecorded: the recorded chain stops there, and the walk
 * goes on as if the stretch counted, to tell how far the chain could reach (best case). Days
 * before `firstEntryDate` end the walk; with the entry date unknown the best case is
 * unbounded once the walk passes the first recorded period.
 */
export function continuousChain(
  history: readonly StatusPeriod[] | undefined,
  asOf: IsoDate,
  spec: ChainSpec,
  firstEntryDate?: IsoDate,
): ChainResult {
  if (history === undefined || history.length === 0) return { kind: 'unknown' };
  const periods = clip(history, asOf);
  if (periods === undefined) return { kind: 'unknown' };
  const entry = isIsoDate(firstEntryDate) ? firstEntryDate : undefined;
  const neutral = spec.neutral ?? [];
  const inChain = (status: ResidenceStatus) =>
    spec.counting.includes(status) || neutral.includes(status);

  const today = covering(periods, asOf);
  if (today.length === 0) return { kind: 'unknown' };
  if (today.some((p) => !inChain(p.status))) return { kind: 'not-in-chain' };

  let start = addDays(asOf, 1);
  let recordedStart: IsoDate | undefined;
  const unrecorded: UnrecordedStretch[] = [];
  let unbounded = false;
  for (;;) {
    const day = addDays(start, -1);
    if (entry !== undefined && isBefore(day, entry) && covering(periods, day).length === 0) break;
    const found = covering(periods, day);
    if (found.length === 0) {
      recordedStart ??= start;
      const stretch = stretchEndingOn(periods, day, entry);
      if (stretch === undefined) {
        unbounded = true;
        break;
      }
      unrecorded.push(stretch);
      start = stretch.from;
      continue;
    }
    if (found.some((p) => !inChain(p.status))) break;
    start = found.reduce((earliest, p) => minDate(earliest, p.from), start);
  }
  recordedStart ??= start;
  const effectiveStart = addDays(recordedStart, neutralDaysSince(periods, recordedStart, spec));
  if (unrecorded.length === 0 && !unbounded) {
    return {
      kind: 'chain',
      start: recordedStart,
      effectiveStart,
      unrecorded: [],
      bestStart: recordedStart,
      bestEffectiveStart: effectiveStart,
    };
  }
  if (unbounded) {
    return { kind: 'chain', start: recordedStart, effectiveStart, unrecorded };
  }
  return {
    kind: 'chain',
    start: recordedStart,
    effectiveStart,
    unrecorded,
    bestStart: start,
    bestEffectiveStart: addDays(start, neutralDaysSince(periods, start, spec)),
  };
}

/** Every stretch between `firstEntryDate` (if known) and `asOf` that no period covers. */
export function unrecordedStretches(
  history: readonly StatusPeriod[] | undefined,
  asOf: IsoDate,
  firstEntryDate?: IsoDate,
): UnrecordedStretch[] | undefined {
  if (history === undefined || history.length === 0) return undefined;
  const periods = clip(history, asOf);
  if (periods === undefined) return undefined;
  const entry = isIsoDate(firstEntryDate) ? firstEntryDate : undefined;
  const stretches: UnrecordedStretch[] = [];
  const sorted = [...periods].sort((a, b) => (isBefore(a.from, b.from) ? -1 : 1));
  let coveredUntil: IsoDate | undefined;
  for (const p of sorted) {
    const needFrom = coveredUntil ? addDays(coveredUntil, 1) : entry;
    if (needFrom !== undefined && isBefore(needFrom, p.from)) {
      stretches.push({ from: needFrom, until: addDays(p.from, -1) });
    }
    coveredUntil = coveredUntil && isAfter(coveredUntil, p.until) ? coveredUntil : p.until;
  }
  return stretches;
}
