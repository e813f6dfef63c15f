import type { FactField } from '../facts/schema';
import type { EvalContext, Question, RuleMeta } from '../rules/types';

export type ReturnOptionId =
  | 'return-counselling'
  | 'reag-garp'
  | 'starthilfeplus'
  | 'eurp'
  | 'westbalkan'
  | 'zirf'
  | 'virtual-counselling';

/**
 * likely-eligible: the person appears to fall within the programme; check: possible, the
 * counselling centre must check current lists; not-eligible: an exclusion applies;
 * unknown: facts missing.
 */
export type Eligibility = 'likely-eligible' | 'check' | 'not-eligible' | 'unknown';

export type ReturnOptionOutcome = {
  readonly eligibility: Eligibility;
  /** Hint ids (keys: returnOptions.<id>.hint.<hint>). */
  readonly hints?: readonly string[];
};

export type ReturnOptionDef = {
  readonly id: ReturnOptionId;
  readonly meta: RuleMeta;
  readonly facts: readonly FactField[];
  /** All hint ids assess() can return, with their own metadata where less certain. */
  readonly hints: readonly { readonly id: string; readonly meta?: RuleMeta }[];
  readonly actions: readonly string[];
  /** undefined: the option is not relevant for this person (left out of the results). */
  readonly assess: (ctx: EvalContext) => ReturnOptionOutcome | undefined;
};

export type ReturnOptionAssessment = {
  readonly optionId: ReturnOptionId;
  readonly eligibility: Eligibility;
  readonly titleKey: string;
  readonly descriptionKey: string;
  /** What kind of support (categories only; amounts are never stored here). */
  readonly supportKey: string;
  readonly hintKeys: readonly string[];
  readonly actionKeys: readonly string[];
  /** Where current figures and lists are published (name, not fetched). */
  readonly currentFiguresSource: string;
  readonly questions: readonly Question[];
  readonly meta: RuleMeta;
  readonly toVerify: boolean;
};
