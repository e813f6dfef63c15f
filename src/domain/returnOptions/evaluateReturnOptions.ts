import type { IsoDate } from '../dates';
import { unknownFields } from '../facts/known';
import type { CaseFacts } from '../facts/schema';
import { assertAsOf, toQuestions } from '../engine/common';
import { isInForce } from '../rules/meta';
import type { EvalContext } from '../rules/types';
import { RETURN_OPTIONS, RETURN_PORTAL } from './definitions';
import type { ReturnOptionAssessment, ReturnOptionDef } from './types';

export function returnOptionKeyPrefix(def: ReturnOptionDef): string {
  return `returnOptions.${def.id}`;
}

export function evaluateReturnOption(
  def: ReturnOptionDef,
  facts: CaseFacts,
  asOf: IsoDate,
): ReturnOptionAssessment | undefined {
  assertAsOf(asOf);
  if (!isInForce(def.meta, asOf)) return undefined;
  const ctx: EvalContext = { facts, asOf };
  const outcome = def.assess(ctx);
  if (outcome === undefined) return undefined;
  const prefix = returnOptionKeyPrefix(def);
  const hintIds = outcome.hints ?? [];
  const hintDefs = def.hints.filter((h) => hintIds.includes(h.id));
  return {
    optionId: def.id,
    eligibility: outcome.eligibility,
    titleKey: `${prefix}.title`,
    descriptionKey: `${prefix}.description`,
    supportKey: `${prefix}.support`,
    hintKeys: hintIds.map((h) => `${prefix}.hint.${h}`),
    actionKeys: def.actions.map((a) => `${prefix}.action.${a}`),
    currentFiguresSource: RETURN_PORTAL,
    questions:
      outcome.eligibility === 'unknown' ? toQuestions(unknownFields(facts, def.facts)) : [],
    meta: def.meta,
    toVerify: def.meta.toVerify || hintDefs.some((h) => h.meta?.toVerify === true),
  };
}

/**
 * Voluntary-return programmes and counselling routes with eligibility hints. Never contains
 * amounts: the UI shows the support categories and points to returningfromgermany.de.
 */
export function evaluateReturnOptions(facts: CaseFacts, asOf: IsoDate): ReturnOptionAssessment[] {
  return RETURN_OPTIONS.flatMap((def) => evaluateReturnOption(def, facts, asOf) ?? []);
}
