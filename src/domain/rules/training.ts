// Requirements shared by the Ausbildungsduldung (§ 60c) and the training permit (§ 16g),
// whose conditions domain.md describes as "largely the same".
import { addMonths, isBefore, isIsoDate, isOnOrBefore } from '../dates';
import type { IsoDate } from '../dates';
import type { TerminationMeasure } from '../facts/enums';
import type { FactField, StatusPeriod } from '../facts/schema';
import { TOLERATED_COUNTING, unrecordedStretches } from '../facts/statusHistory';
import type { UnrecordedStretch } from '../facts/statusHistory';
import { all, any, fromYesNo, MET, NOT_MET, UNKNOWN } from './logic';
import { chainLasted, deadline, durationOutcome } from './shared';
import type { DurationOutcome } from './shared';
import type { EvalContext, RequirementOutcome, RequirementStatus } from './types';

export const PRIOR_DULDUNG_MONTHS_TRAINING = 3;
/** Entry-date bands for the identity deadline of § 60c Abs. 2 Nr. 3 (domain.md, H). */
export const IDENTITY_BAND_1_ENTRY_UNTIL: IsoDate = '2016-12-31';
export const IDENTITY_BAND_2_ENTRY_UNTIL: IsoDate = '2019-12-31';
export const IDENTITY_BAND_2_DEADLINE: IsoDate = '2020-06-30';
export const IDENTITY_BAND_3_MONTHS_AFTER_ENTRY = 6;

/** Training has started or the contract is signed, and it is a qualifying kind. */
export function trainingInProgress(ctx: EvalContext): RequirementStatus {
  const status = ctx.facts.trainingStatus;
  if (status === undefined || status === 'unknown') return UNKNOWN;
  return status === 'started' || status === 'contract-signed' ? MET : NOT_MET;
}

export function qualifyingTrainingType(ctx: EvalContext): RequirementStatus {
  const type = ctx.facts.trainingType;
  if (type === undefined || type === 'unknown') return UNKNOWN;
  return type === 'other' ? NOT_MET : MET;
}

/**
 * Training began while the person held a Gestattung (§ 60c Abs. 1 S. 1 Nr. 1: then no prior
 * Duldung is needed). A start date in an unrecorded stretch of the history (or before the
 * first recorded period with the entry date unknown) is unknown, with that stretch to ask.
 */
export function trainingBeganUnderGestattung(ctx: EvalContext): DurationOutcome {
  const start = ctx.facts.trainingStartDate;
  const history = ctx.facts.statusHistory;
  const unknown = (missing: FactField[], unrecorded: UnrecordedStretch[] = []) => ({
    status: UNKNOWN,
    unrecorded,
    missing,
  });
  if (!isIsoDate(start)) return unknown(['trainingStartDate']);
  if (history === undefined || history.length === 0) return unknown(['statusHistory']);
  const covers = (p: StatusPeriod) =>
    isIsoDate(p.from) &&
    isOnOrBefore(p.from, start) &&
    (p.until === undefined || (isIsoDate(p.until) && isOnOrBefore(start, p.until)));
  const decided = (status: RequirementStatus) => ({ status, unrecorded: [], missing: [] });
  if (history.some((p) => p.status === 'gestattung' && covers(p))) return decided(MET);
  if (history.some(covers)) return decided(NOT_MET);
  const entry = ctx.facts.firstEntryDate;
  if (!isIsoDate(entry)) return unknown(['firstEntryDate', 'statusHistory']);
  if (isBefore(start, entry)) return decided(NOT_MET);
  const stretch = unrecordedStretches(history, ctx.asOf, entry)?.find(
    (s) => isOnOrBefore(s.from, start) && isOnOrBefore(start, s.until),
  );
  return stretch ? unknown(['statusHistory'], [stretch]) : decided(NOT_MET);
}

export function priorDuldung(ctx: EvalContext, prefix: string): RequirementOutcome {
  const duldung = chainLasted(ctx, { counting: TOLERATED_COUNTING }, PRIOR_DULDUNG_MONTHS_TRAINING);
  const gestattung = trainingBeganUnderGestattung(ctx);
  return durationOutcome(
    any(duldung.status, gestattung.status),
    [duldung, gestattung],
    duldung.fulfilledOn
      ? [deadline(prefix, 'duldung-3-months', duldung.fulfilledOn, 'fulfilled-on', ctx.asOf)]
      : [],
  );
}

/**
 * Measures that bar the Ausbildungsduldung when they precede the application (§ 60c Abs. 2
 * Nr. 5 a–c, e AufenthG): a fixed deportation date counts as booked transport (c).
 */
const BARRING_MEASURES: readonly TerminationMeasure[] = [
  'travel-fitness-exam',
  'return-application',
  'transport-booked',
  'dublin-transfer',
];
/** Measures courts weigh case by case ("vergleichbar konkret", Nr. 5 d; BayVGH 10 CE 19.204). */
const ASSESSED_MEASURES: readonly TerminationMeasure[] = [
  'passport-procurement-by-authority',
  'other-preparation',
];

/**
 * § 60c Abs. 2 Nr. 5 (and § 16g Abs. 2 likewise): no concrete measures to end the stay were
 * imminent when the person applied. It bars the tolerated person who starts a training
 * (Abs. 1 S. 1 Nr. 2); with a training begun under a Gestattung, or a measure recorded after
 * an application already filed, the authority assesses — never "likely" either way.
 */
export function noImminentTermination(ctx: EvalContext, pathway: string): RequirementOutcome {
  const { deportationDateFixed, terminationMeasuresTaken, terminationMeasureKinds } = ctx.facts;
  const kinds = terminationMeasureKinds ?? [];
  const measures = fromYesNo(terminationMeasuresTaken);
  const barring =
    deportationDateFixed === 'yes' ||
    (measures === MET && kinds.some((k) => BARRING_MEASURES.includes(k)));
  const assessed = measures === MET && kinds.some((k) => ASSESSED_MEASURES.includes(k));
  let status: RequirementStatus;
  if (barring) status = NOT_MET;
  else if (assessed) return { status: UNKNOWN, missing: [] };
  else if (measures === MET && kinds.length === 0) status = UNKNOWN;
  else
    status = all(fromYesNo(deportationDateFixed, 'no'), fromYesNo(terminationMeasuresTaken, 'no'));
  if (status === MET) return { status };
  if (status === UNKNOWN) return { status };
  // Nr. 5 bars the tolerated person who starts a training (Abs. 1 S. 1 Nr. 2). For a training
  // begun under a Gestattung (Nr. 1), or a measure after an application already filed, an
  // imminent deportation is for the authority to weigh: possible at most, never "likely".
  const underGestattung = trainingBeganUnderGestattung(ctx);
  const filedEarlier = ctx.facts.applicationsFiled?.some(
    (a) => a.kind === pathway && isIsoDate(a.filedOn) && isOnOrBefore(a.filedOn, ctx.asOf),
  );
  if (underGestattung.status === MET || filedEarlier === true) {
    return { status: UNKNOWN, missing: [] };
  }
  if (underGestattung.status === NOT_MET) return { status: NOT_MET };
  return durationOutcome(UNKNOWN, [underGestattung]);
}

/**
 * Identity clarified in time (§ 60c Abs. 2 Nr. 3): by the application for entries until
 * 2016; by 30.6.2020 for entries 2017–2019; within 6 months of entry from 2020. The deadline
 * counts as met if all reasonable steps were taken.
 */
export function identityInTime(ctx: EvalContext, prefix: string): RequirementOutcome {
  const { firstEntryDate, identityClarified, identityClarifiedOn } = ctx.facts;
  const steps = fromYesNo(ctx.facts.reasonableStepsTaken);
  if (!isIsoDate(firstEntryDate)) return { status: any(UNKNOWN, steps) };
  const clarified = fromYesNo(identityClarified);
  if (isOnOrBefore(firstEntryDate, IDENTITY_BAND_1_ENTRY_UNTIL)) {
    return { status: any(clarified, steps) };
  }
  const due = isOnOrBefore(firstEntryDate, IDENTITY_BAND_2_ENTRY_UNTIL)
    ? IDENTITY_BAND_2_DEADLINE
    : addMonths(firstEntryDate, IDENTITY_BAND_3_MONTHS_AFTER_ENTRY);
  const deadlines = [deadline(prefix, 'identity-deadline', due, 'act-by', ctx.asOf)];
  let inTime: RequirementStatus;
  if (clarified === NOT_MET) inTime = NOT_MET;
  else if (clarified === UNKNOWN) inTime = UNKNOWN;
  else if (isIsoDate(identityClarifiedOn))
    inTime = isOnOrBefore(identityClarifiedOn, due) ? MET : NOT_MET;
  else inTime = UNKNOWN;
  // Only called open when neither the clarification date nor the steps decide it.
  const missing: FactField[] = [];
  if (inTime === UNKNOWN && steps !== MET) {
    missing.push(clarified === UNKNOWN ? 'identityClarified' : 'identityClarifiedOn');
    if (steps === UNKNOWN) missing.push('reasonableStepsTaken');
  }
  return { status: any(inTime, steps), deadlines, missing };
}
