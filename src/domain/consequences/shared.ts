import { isBefore, isIsoDate } from '../dates';
import { OBLIGED_TO_LEAVE } from '../facts/statusHistory';
import { all, any, fromYesNo, MET, NOT_MET, UNKNOWN } from '../rules/logic';
import { currentStatusIn, deadline } from '../rules/shared';
import type { EvalContext, RequirementStatus } from '../rules/types';
import type { Applicability } from './types';

export const obligedToLeave = (ctx: EvalContext): RequirementStatus =>
  currentStatusIn(ctx, OBLIGED_TO_LEAVE);

/** met → threatens (or `whenMet`), not met → not relevant, unknown → unknown. */
export function toApplicability(
  value: RequirementStatus,
  whenMet: Applicability = 'threatens',
): Applicability | undefined {
  if (value === UNKNOWN) return 'unknown';
  return value === MET ? whenMet : undefined;
}

/** Relevant only for persons obliged to leave; otherwise decided by `risk`. */
export function forObliged(ctx: EvalContext, risk: RequirementStatus): RequirementStatus {
  return all(obligedToLeave(ctx), risk);
}

/** The departure deadline has passed on asOf. */
export function deadlinePassed(ctx: EvalContext): RequirementStatus {
  const d = ctx.facts.departureDeadline;
  if (!isIsoDate(d)) return UNKNOWN;
  return isBefore(d, ctx.asOf) ? MET : NOT_MET;
}

export const departureDeadline = (ctx: EvalContext, id: string) =>
  isIsoDate(ctx.facts.departureDeadline)
    ? [deadline(`consequences.${id}`, 'departure', ctx.facts.departureDeadline, 'act-by', ctx.asOf)]
    : [];

export const passportValid = (ctx: EvalContext): RequirementStatus => {
  const p = ctx.facts.passportStatus;
  if (p === undefined || p === 'unknown') return UNKNOWN;
  return p === 'valid' ? MET : NOT_MET;
};

export const deceptionOrNoSteps = (ctx: EvalContext): RequirementStatus =>
  any(fromYesNo(ctx.facts.ownIdentityDeception), fromYesNo(ctx.facts.reasonableStepsTaken, 'no'));
