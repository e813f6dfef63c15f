// Turns the pathway rules into assessments. The aggregation is deliberately cautious:
//   - any condition or exclusion not met        → 'not-met' (with the reasons)
//   - any condition or exclusion lacking facts  → 'unknown' (with the questions to ask)
//   - only legal assessments or general
//     requirements (passport, livelihood) open  → 'possible'
//   - everything met                            → 'likely' (or 'possible' for discretion)
// 'likely' therefore needs every requirement to be known and met: forgetting a fact can
// never make a pathway look better (see the property test).
import type { IsoDate } from '../dates';
import { isBefore } from '../dates';
import type { CaseFacts } from '../facts/schema';
import { unknownFields } from '../facts/known';
import { isInForce } from '../rules/meta';
import { PATHWAYS, requirementKeys, ruleKeyPrefix } from '../rules/registry';
import type {
  EvalContext,
  PathwayAssessment,
  PathwayDef,
  PathwayStatus,
  RequirementResult,
} from '../rules/types';
import {
  activeNotes,
  assertAsOf,
  clampToValidity,
  sortDeadlines,
  toQuestions,
  unrecordedQuestions,
} from './common';

export const PATHWAY_STATUS_KEYS = {
  likely: 'rules.common.status.likely',
  possible: 'rules.common.status.possible',
  'not-met': 'rules.common.status.not-met',
  unknown: 'rules.common.status.unknown',
  expired: 'rules.common.status.expired',
  'not-in-force': 'rules.common.status.not-in-force',
} as const;

function evaluateRequirements(def: PathwayDef, ctx: EvalContext): RequirementResult[] {
  // Requirements can be versioned (e.g. § 60d before/after 27.2.2024): evaluate the version
  // valid on asOf, or on the nearest day the rule was in force if it is not in force today.
  const on = clampToValidity(def.meta, ctx.asOf);
  return def.requirements
    .filter((r) => isInForce(r.meta, on))
    .map((r) => {
      const outcome = r.evaluate(ctx);
      const keys = requirementKeys(def.id, r.id);
      const open = outcome.status === 'unknown';
      const missing = open
        ? (outcome.missing ?? [
            ...new Set([...unknownFields(ctx.facts, r.facts), ...(outcome.alsoMissing ?? [])]),
          ])
        : [];
      return {
        id: r.id,
        kind: r.kind,
        status: outcome.status,
        legalRef: r.meta.legalRef,
        labelKey: keys.label,
        explanationKey: keys.explanation,
        actionKey: keys.action,
        deadlines: sortDeadlines(outcome.deadlines ?? []),
        missingFacts: missing,
        unrecorded: open ? (outcome.unrecorded ?? []) : [],
        meta: r.meta,
      };
    });
}

export function aggregateStatus(
  def: PathwayDef,
  requirements: readonly RequirementResult[],
): PathwayStatus {
  const core = requirements.filter((r) => r.kind !== 'general');
  const general = requirements.filter((r) => r.kind === 'general');
  if (core.some((r) => r.status === 'not-met')) return 'not-met';
  if (core.some((r) => r.status === 'unknown' && r.missingFacts.length > 0)) return 'unknown';
  if (core.some((r) => r.status === 'unknown')) return 'possible';
  if (general.some((r) => r.status !== 'met')) return 'possible';
  return def.nature === 'discretion' ? 'possible' : 'likely';
}

const REASON_ORDER = { exclusion: 0, condition: 1, general: 2 } as const;

export function evaluatePathway(
  def: PathwayDef,
  facts: CaseFacts,
  asOf: IsoDate,
): PathwayAssessment {
  assertAsOf(asOf);
  const ctx: EvalContext = { facts, asOf };
  const prefix = ruleKeyPrefix(def.id);
  const requirements = evaluateRequirements(def, ctx);
  const inForce = isInForce(def.meta, asOf);
  const notYetInForce = isBefore(asOf, def.meta.validFrom);

  let status: PathwayStatus = inForce
    ? aggregateStatus(def, requirements)
    : notYetInForce
      ? 'not-met'
      : 'expired';
  const override = def.override?.(ctx, inForce ? status : aggregateStatus(def, requirements));
  if (override) status = override.status;

  const open = status === 'unknown' || status === 'possible';
  const openRequirements = requirements.filter((r) => r.status === 'unknown');
  const questions = open
    ? [
        ...toQuestions(openRequirements.flatMap((r) => r.missingFacts)),
        ...unrecordedQuestions(openRequirements.flatMap((r) => r.unrecorded)),
      ]
    : [];
  const reasons = requirements
    .filter((r) => r.status === 'not-met')
    .sort((a, b) => REASON_ORDER[a.kind] - REASON_ORDER[b.kind]);
  const noteKeys = activeNotes(prefix, def.notes, ctx);
  const statusKey =
    notYetInForce && !override ? PATHWAY_STATUS_KEYS['not-in-force'] : PATHWAY_STATUS_KEYS[status];

  return {
    pathwayId: def.id,
    status,
    nature: def.nature,
    legalRef: def.meta.legalRef,
    titleKey: `${prefix}.title`,
    summaryKey: `${prefix}.summary`,
    statusKey,
    requirements,
    reasons,
    questions,
    deadlines: sortDeadlines([
      ...requirements.flatMap((r) => r.deadlines),
      ...(override?.deadlines ?? []),
    ]),
    noteKeys,
    meta: def.meta,
    toVerify:
      def.meta.toVerify ||
      requirements.some((r) => r.meta.toVerify) ||
      def.notes.some(
        (n) => n.meta?.toVerify === true && noteKeys.includes(`${prefix}.note.${n.id}`),
      ),
  };
}

/** One assessment per pathway, in presentation order. Pure: same input, same output. */
export function evaluatePathways(facts: CaseFacts, asOf: IsoDate): PathwayAssessment[] {
  return PATHWAYS.map((def) => evaluatePathway(def, facts, asOf));
}
