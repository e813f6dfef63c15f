import type { FactField } from '../facts/schema';
import type { DeadlineResult, EvalContext, NoteDef, Question, RuleMeta } from '../rules/types';

export type ConsequenceId =
  | 'aufenthg-60b'
  | 'work-ban'
  | 'asylblg-1a'
  | 'aufenthg-11'
  | 'detention'
  | 'deportation-costs'
  | 'aufenthg-61'
  | 'wohnsitzauflage'
  | 'deportation'
  | 'passlessness';

/** applies: in effect now; threatens: will or may follow; unknown: facts missing to tell. */
export type Applicability = 'applies' | 'threatens' | 'unknown';

export type ConsequenceOutcome = {
  /** undefined: the consequence is not relevant for this person (omitted from results). */
  readonly applicability: Applicability | undefined;
  readonly deadlines?: readonly DeadlineResult[];
};

export type ConsequenceDef = {
  readonly id: ConsequenceId;
  readonly meta: RuleMeta;
  /** Facts read; unknown ones become questions when the result is 'unknown'. */
  readonly facts: readonly FactField[];
  /** Concrete actions that avoid or end the consequence (keys: consequences.<id>.action.<a>). */
  readonly actions: readonly string[];
  readonly notes: readonly NoteDef[];
  readonly deadlineIds: readonly string[];
  readonly assess: (ctx: EvalContext) => ConsequenceOutcome;
};

export type ConsequenceAssessment = {
  readonly consequenceId: ConsequenceId;
  readonly applicability: Applicability;
  readonly legalRef: string;
  readonly titleKey: string;
  readonly explanationKey: string;
  readonly actionKeys: readonly string[];
  readonly noteKeys: readonly string[];
  readonly deadlines: readonly DeadlineResult[];
  readonly questions: readonly Question[];
  readonly meta: RuleMeta;
  readonly toVerify: boolean;
};
