// Kleene three-valued logic over requirement statuses. "unknown" only resolves when the
// known parts already decide the result (false AND unknown = false), which keeps the engine
// monotone: learning a fact can change an answer, but forgetting one can never make a
// pathway look better.
import type { RequirementStatus } from './types';
import type { YesNoUnknown } from '../facts/enums';

export const MET: RequirementStatus = 'met';
export const NOT_MET: RequirementStatus = 'not-met';
export const UNKNOWN: RequirementStatus = 'unknown';

export function all(...values: readonly RequirementStatus[]): RequirementStatus {
  if (values.includes(NOT_MET)) return NOT_MET;
  return values.includes(UNKNOWN) ? UNKNOWN : MET;
}

export function any(...values: readonly RequirementStatus[]): RequirementStatus {
  if (values.includes(MET)) return MET;
  return values.includes(UNKNOWN) ? UNKNOWN : NOT_MET;
}

export function negate(value: RequirementStatus): RequirementStatus {
  if (value === UNKNOWN) return UNKNOWN;
  return value === MET ? NOT_MET : MET;
}

/** 'yes' → met, 'no' → not met (or the reverse with metWhen = 'no'); else unknown. */
export function fromYesNo(
  value: YesNoUnknown | undefined,
  metWhen: 'yes' | 'no' = 'yes',
): RequirementStatus {
  if (value === undefined || value === 'unknown') return UNKNOWN;
  return value === metWhen ? MET : NOT_MET;
}

export function fromBoolean(value: boolean | undefined): RequirementStatus {
  if (value === undefined) return UNKNOWN;
  return value ? MET : NOT_MET;
}
