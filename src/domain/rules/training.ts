// Requirements shared by the Ausbildungsduldung (§ 60c) and the training permit (§ 16g),
// whose conditions domain.md describes as "largely the same".
import { addMonths, isIsoDate, isOnOrBefore } from '../dates';
import type { IsoDate } from '../dates';
import { TOLERATED_COUNTING } from '../facts/statusHistory';
import { any, fromYesNo, MET, NOT_MET, UNKNOWN } from './logic';
import { chainLasted, deadline } from './shared';
import type { FactField } from '../facts/schema';
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

/** Training began while the person held a Gestattung (then no prior Duldung is needed). */
function trainingBeganUnderGestattung(ctx: EvalContext): RequirementStatus {
  const start = ctx.facts.trainingStartDate;
  const history = ctx.facts.statusHistory;
  if (!isIsoDate(start) || history === undefined) return UNKNOWN;
  const covered = history.some(
    (p) =>
      p.status === 'gestattung' &&
      isIsoDate(p.from) &&
      isOnOrBefore(p.from, start) &&
      (p.until === undefined || (isIsoDate(p.until) && isOnOrBefore(start, p.until))),
  );
  return covered ? MET : NOT_MET;
}

export function priorDuldung(ctx: EvalContext, prefix: string): RequirementOutcome {
  const duldung = chainLasted(ctx, { counting: TOLERATED_COUNTING }, PRIOR_DULDUNG_MONTHS_TRAINING);
  return {
    status: any(duldung.status, trainingBeganUnderGestattung(ctx)),
    deadlines: duldung.fulfilledOn
      ? [deadline(prefix, 'duldung-3-months', duldung.fulfilledOn, 'fulfilled-on', ctx.asOf)]
      : [],
  };
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
