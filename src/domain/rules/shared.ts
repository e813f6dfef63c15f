// Building blocks used by several pathways. Each returns a three-valued status so that
// unknown facts stay unknown all the way up.
import { addMonths, ageOn, isAfter, isIsoDate, isOnOrBefore } from '../dates';
import type { IsoDate } from '../dates';
import type { GermanLevel, ResidenceStatus } from '../facts/enums';
import { germanLevelValues } from '../facts/enums';
import { continuousChain } from '../facts/statusHistory';
import type { ChainSpec, UnrecordedStretch } from '../facts/statusHistory';
import type { FactField } from '../facts/schema';
import { all, any, fromYesNo, MET, negate, NOT_MET, UNKNOWN } from './logic';
import type {
  DeadlineKind,
  DeadlineResult,
  EvalContext,
  RequirementOutcome,
  RequirementStatus,
} from './types';

export function deadline(
  prefix: string,
  id: string,
  date: IsoDate,
  kind: DeadlineKind,
  asOf: IsoDate,
): DeadlineResult {
  return { id, date, kind, key: `${prefix}.deadline.${id}`, passed: isAfter(asOf, date) };
}

export function ageOnDate(ctx: EvalContext, on: IsoDate): number | undefined {
  const { birthDate } = ctx.facts;
  return isIsoDate(birthDate) ? ageOn(birthDate, on) : undefined;
}

/** Current status from the `currentStatus` fact only (history is for durations). */
export function currentStatusIn(
  ctx: EvalContext,
  statuses: readonly ResidenceStatus[],
): RequirementStatus {
  const status = ctx.facts.currentStatus;
  if (status === undefined || status === 'unknown') return UNKNOWN;
  return statuses.includes(status) ? MET : NOT_MET;
}

export type DurationOutcome = {
  readonly status: RequirementStatus;
  /** When the requirement is (or was) fulfilled; only given when the history is complete. */
  readonly fulfilledOn?: IsoDate;
  /** Unrecorded stretches that decide the result (status unknown): ask about them. */
  readonly unrecorded: readonly UnrecordedStretch[];
  /** Facts that would decide it: the history itself, or the entry date (best case unbounded). */
  readonly missing: readonly FactField[];
};

/**
 * Whether an unbroken chain of `spec` statuses has lasted `months` by `asOf` (or by
 * `measureOn`, e.g. a legal cut-off). `fulfilledOn` is when it is (or was) reached.
 * An unrecorded stretch is never a break: if the recorded chain is too short but the chain
 * could be long enough had the stretch counted, the result is unknown with the stretch to
 * ask about, never not met.
 */
export function chainLasted(
  ctx: EvalContext,
  spec: ChainSpec,
  months: number,
  measureOn: IsoDate = ctx.asOf,
): DurationOutcome {
  const chain = continuousChain(ctx.facts.statusHistory, ctx.asOf, spec, ctx.facts.firstEntryDate);
  if (chain.kind === 'unknown')
    return { status: UNKNOWN, unrecorded: [], missing: ['statusHistory'] };
  if (chain.kind === 'not-in-chain') return { status: NOT_MET, unrecorded: [], missing: [] };
  const fulfilledOn = addMonths(chain.effectiveStart, months);
  const complete = chain.unrecorded.length === 0 && chain.bestStart !== undefined;
  if (isOnOrBefore(fulfilledOn, measureOn)) {
    return { status: MET, fulfilledOn, unrecorded: [], missing: [] };
  }
  if (complete) return { status: NOT_MET, fulfilledOn, unrecorded: [], missing: [] };
  if (chain.bestEffectiveStart === undefined) {
    // Reaches back past the first recorded period with the entry date unknown.
    return {
      status: UNKNOWN,
      unrecorded: chain.unrecorded,
      missing: ['firstEntryDate', 'statusHistory'],
    };
  }
  return isOnOrBefore(addMonths(chain.bestEffectiveStart, months), measureOn)
    ? { status: UNKNOWN, unrecorded: chain.unrecorded, missing: ['statusHistory'] }
    : { status: NOT_MET, unrecorded: [], missing: [] };
}

/**
 * The requirement outcome of one or more durations combined by `status`: the deadlines of
 * every duration with a known date, and (when unknown) the stretches and facts to ask for.
 */
export function durationOutcome(
  status: RequirementStatus,
  durations: readonly DurationOutcome[],
  deadlines: readonly DeadlineResult[] = [],
): RequirementOutcome {
  if (status !== UNKNOWN) return { status, deadlines };
  const open = durations.filter((d) => d.status === UNKNOWN);
  return {
    status,
    deadlines,
    unrecorded: open.flatMap((d) => d.unrecorded),
    alsoMissing: open.flatMap((d) => d.missing),
  };
}

export const years = (n: number): number => n * 12;

/** Own deception about identity/nationality is not the reason removal fails. */
export function noOwnDeception(ctx: EvalContext): RequirementStatus {
  return fromYesNo(ctx.facts.ownIdentityDeception, 'no');
}

/** Cooperation with passport procurement: a valid passport or all reasonable steps taken. */
export function cooperationOk(ctx: EvalContext): RequirementStatus {
  const passportValid =
    ctx.facts.passportStatus === undefined || ctx.facts.passportStatus === 'unknown'
      ? UNKNOWN
      : ctx.facts.passportStatus === 'valid'
        ? MET
        : NOT_MET;
  return any(passportValid, fromYesNo(ctx.facts.reasonableStepsTaken));
}

/** Neither deception nor failure to cooperate delays removal (§ 25b Abs. 2 Nr. 1 etc.). */
export function noObstruction(ctx: EvalContext): RequirementStatus {
  return all(noOwnDeception(ctx), cooperationOk(ctx));
}

/** Thresholds above which fines count (domain.md: §§ 19d, 104c). */
export const FINE_THRESHOLD_GENERAL = 50;
export const FINE_THRESHOLD_IMMIGRATION_ONLY = 90;

/**
 * Convictions stay below the fine thresholds: at most 50 daily rates, or 90 if all offences
 * are ones only foreigners can commit. Any custodial sentence exceeds them.
 */
export function convictionsWithinThreshold(ctx: EvalContext): RequirementStatus {
  const { hasConvictions, convictionDailyRates, convictionSentenceMonths } = ctx.facts;
  if (hasConvictions === undefined || hasConvictions === 'unknown') return UNKNOWN;
  if (hasConvictions === 'no') return MET;
  if (convictionSentenceMonths !== undefined && convictionSentenceMonths > 0) return NOT_MET;
  if (convictionDailyRates === undefined || convictionSentenceMonths === undefined) return UNKNOWN;
  if (convictionDailyRates <= FINE_THRESHOLD_GENERAL) return MET;
  if (convictionDailyRates > FINE_THRESHOLD_IMMIGRATION_ONLY) return NOT_MET;
  return fromYesNo(ctx.facts.convictionsOnlyImmigrationOffences);
}

/** Any conviction at all: 'no convictions' = met. */
export function noConvictions(ctx: EvalContext): RequirementStatus {
  return fromYesNo(ctx.facts.hasConvictions, 'no');
}

export function germanRank(level: GermanLevel): number {
  return germanLevelValues.indexOf(level);
}

export function germanAtLeast(ctx: EvalContext, minimum: GermanLevel): RequirementStatus {
  const level = ctx.facts.germanLevel;
  if (level === undefined || level === 'unknown') return UNKNOWN;
  return germanRank(level) >= germanRank(minimum) ? MET : NOT_MET;
}

export function hasMinorChild(ctx: EvalContext): RequirementStatus {
  const n = ctx.facts.minorChildrenInHousehold;
  if (n === undefined) return UNKNOWN;
  return n > 0 ? MET : NOT_MET;
}

/** Children attend school, or there are no minor children. */
export function childrenInSchool(ctx: EvalContext): RequirementStatus {
  return any(negate(hasMinorChild(ctx)), fromYesNo(ctx.facts.childrenAttendSchool));
}

/** Entered Germany on or before `cutOff`. */
export function enteredBy(ctx: EvalContext, cutOff: IsoDate): RequirementStatus {
  const entry = ctx.facts.firstEntryDate;
  if (!isIsoDate(entry)) return UNKNOWN;
  return isOnOrBefore(entry, cutOff) ? MET : NOT_MET;
}

/**
 * No ground for the employment ban of § 60a Abs. 6 (and no § 60b Duldung, which carries
 * its own ban). met = work can be permitted as far as these grounds go.
 */
export function noWorkBan(ctx: EvalContext): RequirementStatus {
  const { facts } = ctx;
  const not60b =
    facts.currentStatus === undefined || facts.currentStatus === 'unknown'
      ? UNKNOWN
      : facts.currentStatus === 'duldung-60b'
        ? NOT_MET
        : MET;
  return all(not60b, noOwnDeception(ctx), negate(safeCountryBan(ctx)));
}

/** Cut-off of § 60a Abs. 6 S. 1 Nr. 3 AufenthG: asylum applications after 31.8.2015. */
export const SAFE_COUNTRY_BAN_CUTOFF: IsoDate = '2015-08-31';

/**
 * § 60a Abs. 6 S. 1 Nr. 3: safe-country national whose application filed after 31.8.2015
 * was rejected or withdrawn, or who filed none. met = the ban applies.
 */
export function safeCountryBan(ctx: EvalContext): RequirementStatus {
  const { safeCountryOfOrigin, asylumDecision, asylumApplicationDate } = ctx.facts;
  const safe = fromYesNo(safeCountryOfOrigin);
  if (asylumDecision === undefined || asylumDecision === 'unknown') return all(safe, UNKNOWN);
  if (asylumDecision === 'none-filed') return safe;
  if (
    asylumDecision === 'pending' ||
    asylumDecision === 'protection-granted' ||
    asylumDecision === 'withdrawn-after-counselling'
  ) {
    return NOT_MET;
  }
  const afterCutoff = isIsoDate(asylumApplicationDate)
    ? isAfter(asylumApplicationDate, SAFE_COUNTRY_BAN_CUTOFF)
      ? MET
      : NOT_MET
    : UNKNOWN;
  return all(safe, afterCutoff);
}

/** Passport held (general requirement). An application in progress needs follow-up, not a question. */
export function passportOutcome(ctx: EvalContext): RequirementOutcome {
  const status = ctx.facts.passportStatus;
  if (status === undefined || status === 'unknown') return { status: UNKNOWN };
  if (status === 'applied') return { status: UNKNOWN, missing: [] };
  return { status: status === 'valid' ? MET : NOT_MET };
}
