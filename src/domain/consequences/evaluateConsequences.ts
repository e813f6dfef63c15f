import type { IsoDate } from '../dates';
import { unknownFields } from '../facts/known';
import type { CaseFacts } from '../facts/schema';
import { assertAsOf, activeNotes, sortDeadlines, toQuestions } from '../engine/common';
import { isInForce } from '../rules/meta';
import type { EvalContext } from '../rules/types';
import { CONSEQUENCES } from './definitions';
import type { ConsequenceAssessment, ConsequenceDef } from './types';

export function consequenceKeyPrefix(def: ConsequenceDef): string {
  return `consequences.${def.id}`;
}

export function evaluateConsequence(
  def: ConsequenceDef,
  facts: CaseFacts,
  asOf: IsoDate,
): ConsequenceAssessment | undefined {
  assertAsOf(asOf);
  const ctx: EvalContext = { facts, asOf };
  if (!isInForce(def.meta, asOf)) return undefined;
  const outcome = def.assess(ctx);
  if (outcome.applicability === undefined) return undefined;
  const prefix = consequenceKeyPrefix(def);
  const noteKeys = activeNotes(prefix, def.notes, ctx);
  return {
    consequenceId: def.id,
    applicability: outcome.applicability,
    legalRef: def.meta.legalRef,
    titleKey: `${prefix}.title`,
    explanationKey: `${prefix}.explanation`,
    actionKeys: def.actions.map((a) => `${prefix}.action.${a}`),
    noteKeys,
    deadlines: sortDeadlines(outcome.deadlines ?? []),
    questions:
      outcome.applicability === 'unknown' ? toQuestions(unknownFields(facts, def.facts)) : [],
    meta: def.meta,
    toVerify:
      def.meta.toVerify ||
      def.notes.some(
        (n) => n.meta?.toVerify === true && noteKeys.includes(`${prefix}.note.${n.id}`),
      ),
  };
}

/**
 * The consequences that apply or threaten on asOf (not relevant ones are left out), each
 * with the concrete actions that avoid it.
 */
export function evaluateConsequences(facts: CaseFacts, asOf: IsoDate): ConsequenceAssessment[] {
  return CONSEQUENCES.flatMap((def) => evaluateConsequence(def, facts, asOf) ?? []);
}
