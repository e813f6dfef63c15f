// Types shared by pathway rules, consequences and return options. Rules are data: each
// carries its legal reference, source, validity window, review date and confidence, so the
// review sheet (npm run content:review) can list them and a lawyer can check them.
import type { IsoDate } from '../dates';
import type { CaseFacts, FactField } from '../facts/schema';
import type { ApplicationKind } from '../facts/enums';
import type { UnrecordedStretch } from '../facts/statusHistory';

export type Confidence = 'high' | 'medium' | 'low';

export type RuleMeta = {
  /** Citation, e.g. "§ 25b Abs. 1 AufenthG". */
  readonly legalRef: string;
  /** Where the rule was taken from (statute, guidance, document name or URL). */
  readonly source: string;
  /** First day the rule applies in this form. */
  readonly validFrom: IsoDate;
  /** Last day the rule applies in this form; open-ended if omitted. */
  readonly validUntil?: IsoDate;
  /** Date of the research the rule was last checked against. */
  readonly reviewedOn: IsoDate;
  readonly confidence: Confidence;
  /** Must be checked against the statute/Merkblatt before relying on it (always true unless 'high'). */
  readonly toVerify: boolean;
  /** For reviewers only (not shown to clients): what exactly is uncertain. */
  readonly reviewNote?: string;
};

export type EvalContext = { readonly facts: CaseFacts; readonly asOf: IsoDate };

/** Three-valued result: 'unknown' propagates so that missing facts are never guessed. */
export type RequirementStatus = 'met' | 'not-met' | 'unknown';

/**
 * condition: must be met; exclusion: a bar (met = the bar does not apply);
 * general: general requirements (§ 5 AufenthG: passport, livelihood) from which the
 * authority can make exceptions, so "not met" lowers the outlook but does not end it.
 */
export type RequirementKind = 'condition' | 'exclusion' | 'general';

export type DeadlineKind =
  /** Last day to act (e.g. apply before the 27th birthday). */
  | 'act-by'
  /** Day a time requirement will be fulfilled if the situation continues. */
  | 'fulfilled-on'
  /** A fixed legal date (cut-off, expiry, change of law). */
  | 'legal-date';

export type DeadlineResult = {
  readonly id: string;
  readonly date: IsoDate;
  readonly kind: DeadlineKind;
  /** i18n key of the deadline's description. */
  readonly key: string;
  /** True if the date lies before asOf. */
  readonly passed: boolean;
};

export type RequirementOutcome = {
  readonly status: RequirementStatus;
  readonly deadlines?: readonly DeadlineResult[];
  /** Facts whose absence made the result unknown; defaults to the def's unknown facts. */
  readonly missing?: readonly FactField[];
  /** Added to the default unknown facts (e.g. a history that does not reach the day). */
  readonly alsoMissing?: readonly FactField[];
  /** Stretches of the status history no period covers that decide an unknown result. */
  readonly unrecorded?: readonly UnrecordedStretch[];
};

export type RequirementDef = {
  readonly id: string;
  readonly kind: RequirementKind;
  readonly meta: RuleMeta;
  /** Facts this requirement reads; unknown ones become questions. */
  readonly facts: readonly FactField[];
  readonly evaluate: (ctx: EvalContext) => RequirementOutcome;
};

/** The pathway ids are the application kinds of CaseFacts: one list, kept in facts/enums. */
export type PathwayId = ApplicationKind;

/** entitlement/should ("ist/soll zu erteilen") can be 'likely'; discretion at most 'possible'. */
export type LegalNature = 'entitlement' | 'should' | 'discretion';

export type PathwayStatus = 'likely' | 'possible' | 'not-met' | 'unknown' | 'expired';

export type NoteDef = {
  readonly id: string;
  /** Shown only when this returns true; always shown if omitted. */
  readonly when?: (ctx: EvalContext) => boolean;
  readonly meta?: RuleMeta;
};

/** Lets a pathway override the generic status (e.g. § 104c after its expiry). */
export type PathwayOverride = {
  readonly status: PathwayStatus;
  readonly deadlines?: readonly DeadlineResult[];
};

export type PathwayDef = {
  readonly id: PathwayId;
  readonly meta: RuleMeta;
  readonly nature: LegalNature;
  readonly requirements: readonly RequirementDef[];
  readonly notes: readonly NoteDef[];
  /** Every deadline id any requirement or override can emit (for key completeness). */
  readonly deadlineIds: readonly string[];
  /**
   * Runs after the requirements. Returning a value replaces the generic status; used for
   * rules that expired or whose legal position is disputed.
   */
  readonly override?: (ctx: EvalContext, generic: PathwayStatus) => PathwayOverride | undefined;
};

export type Question = {
  readonly field: FactField;
  readonly questionKey: string;
  readonly labelKey: string;
  /** Values for the question text, e.g. the dates of an unrecorded stretch. */
  readonly params?: Readonly<Record<string, string>>;
};

export type RequirementResult = {
  readonly id: string;
  readonly kind: RequirementKind;
  readonly status: RequirementStatus;
  readonly legalRef: string;
  readonly labelKey: string;
  readonly explanationKey: string;
  readonly actionKey: string;
  readonly deadlines: readonly DeadlineResult[];
  /** Facts to ask for; empty with status 'unknown' means a legal assessment is needed. */
  readonly missingFacts: readonly FactField[];
  /** Unrecorded stretches of the status history to ask about (status 'unknown' only). */
  readonly unrecorded: readonly UnrecordedStretch[];
  readonly meta: RuleMeta;
};

export type PathwayAssessment = {
  readonly pathwayId: PathwayId;
  readonly status: PathwayStatus;
  readonly nature: LegalNature;
  readonly legalRef: string;
  readonly titleKey: string;
  readonly summaryKey: string;
  /** i18n key explaining the overall status (e.g. "unknown: ask the questions below"). */
  readonly statusKey: string;
  readonly requirements: readonly RequirementResult[];
  /** The requirements that are not met (exclusions first): why the status is 'not-met'. */
  readonly reasons: readonly RequirementResult[];
  readonly questions: readonly Question[];
  /** All deadlines of the pathway and its requirements, earliest first. */
  readonly deadlines: readonly DeadlineResult[];
  readonly noteKeys: readonly string[];
  readonly meta: RuleMeta;
  /** True if this rule or any evaluated requirement must still be verified. */
  readonly toVerify: boolean;
};
