// Retention rules of an organisation and the deletion vocabulary. Pure: which case or draft a
// rule makes due on `asOf`, from the dates the server knows. The server applies exactly what
// these functions say, in its preview and in its runs, so a preview and a run never differ
// in what they count as due.
import { addMonths, addYears, isIsoDate, isOnOrBefore, type IsoDate } from '../dates';
import { currentClosing, type CaseLifecycle } from '../cases/closing';

/** Rule ids (stored per organisation; append-only). */
export const RETENTION_RULES = ['closed-cases', 'inactive-cases', 'stale-drafts'] as const;
export type RetentionRuleId = (typeof RETENTION_RULES)[number];

/**
 * Per rule: what it deletes, the unit of its period and the bounds an administrator may set
 * (the database CHECKs them too).
 * - closed-cases: a closed case and everything of it, `amount` years after the closing day;
 * - inactive-cases: a case (open or closed) without any change — no conversation, no consent,
 *   no edit — for `amount` years;
 * - stale-drafts: a conversation never finalised, `amount` months after its last change.
 */
export const RETENTION_RULE_DEFS: Readonly<
  Record<
    RetentionRuleId,
    { target: 'case' | 'draft'; unit: 'years' | 'months'; min: number; max: number }
  >
> = {
  'closed-cases': { target: 'case', unit: 'years', min: 1, max: 30 },
  'inactive-cases': { target: 'case', unit: 'years', min: 1, max: 30 },
  'stale-drafts': { target: 'draft', unit: 'months', min: 1, max: 120 },
};

export function isValidAmount(rule: RetentionRuleId, amount: number): boolean {
  const def = RETENTION_RULE_DEFS[rule];
  return Number.isInteger(amount) && amount >= def.min && amount <= def.max;
}

/** The day `amount` periods of `rule` after `from`. */
export function periodEnd(rule: RetentionRuleId, from: IsoDate, amount: number): IsoDate {
  return RETENTION_RULE_DEFS[rule].unit === 'years'
    ? addYears(from, amount)
    : addMonths(from, amount);
}

/** What the server knows of a candidate: the case's lifecycle, or the last change's day. */
export type RetentionCandidate = {
  /** closed-cases: the case profile's lifecycle (invalid ones are never due). */
  readonly lifecycle?: CaseLifecycle | undefined;
  /** inactive-cases and stale-drafts: the German day of the last change. */
  readonly lastChangeOn?: IsoDate | undefined;
};

/**
 * Whether `rule` with `amount` makes the candidate due on `asOf`: its period ended on or
 * before `asOf`. A closed case counts from its closing in force (a reopened case is not due
 * under closed-cases); a candidate without the date a rule needs is never due.
 */
export function isDue(
  rule: RetentionRuleId,
  amount: number,
  candidate: RetentionCandidate,
  asOf: IsoDate,
): boolean {
  const from =
    rule === 'closed-cases' ? currentClosing(candidate.lifecycle)?.on : candidate.lastChangeOn;
  return isIsoDate(from) && isOnOrBefore(periodEnd(rule, from, amount), asOf);
}

/**
 * Why an administrator deletes a case on request (Art. 17 GDPR), recorded as a code in the
 * deletion log. Where the organisation keeps files under a statutory retention duty (an
 * Ausländerbehörde's file), a code is required: the administrator confirms the legal basis
 * that allows deleting before that duty ends, or that it has ended. Append-only.
 */
export const ERASURE_LEGAL_BASES = [
  /** Art. 17 (1) a: no longer necessary for the purposes. */
  'no-longer-necessary',
  /** Art. 17 (1) b: consent withdrawn, no other legal ground. */
  'consent-withdrawn',
  /** Art. 17 (1) c: objection under Art. 21. */
  'objection',
  /** Art. 17 (1) d: unlawfully processed. */
  'unlawful-processing',
  /** Art. 17 (1) e: erasure required by a legal obligation. */
  'legal-obligation',
  /** A court or supervisory authority ordered it. */
  'order',
  /** The statutory retention period has ended. */
  'retention-period-ended',
] as const;
export type ErasureLegalBasis = (typeof ERASURE_LEGAL_BASES)[number];

/** Record kinds a deletion counts (the deletion log's `entity`). */
export const DELETED_KINDS = [
  'case',
  'session',
  'consent',
  'consent-revocation',
  'referral',
  'action',
] as const;
export type DeletedKind = (typeof DELETED_KINDS)[number];

/** How references to due cases are shown to the administrator (organisation setting). */
export const PREVIEW_REFERENCES = ['none', 'short-id', 'file-reference'] as const;
export type PreviewReferences = (typeof PREVIEW_REFERENCES)[number];
