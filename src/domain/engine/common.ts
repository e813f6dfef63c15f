// Helpers shared by the three evaluators (pathways, consequences, return options).
import { compareDates, isAfter, isBefore, isIsoDate } from '../dates';
import type { IsoDate } from '../dates';
import { factKeys } from '../facts/fieldInfo';
import type { FactField } from '../facts/schema';
import type { UnrecordedStretch } from '../facts/statusHistory';
import { isInForce } from '../rules/meta';
import type { DeadlineResult, EvalContext, NoteDef, Question, RuleMeta } from '../rules/types';

export function assertAsOf(asOf: IsoDate): void {
  if (!isIsoDate(asOf)) {
    throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD): ${String(asOf)}`);
  }
}

/** Deduplicated questions, in the order the facts were first needed. */
export function toQuestions(fields: readonly FactField[]): Question[] {
  return [...new Set(fields)].map((field) => ({
    field,
    questionKey: factKeys(field).question,
    labelKey: factKeys(field).label,
  }));
}

/** One question per unrecorded stretch of the status history ("what status from … to …?"). */
export function unrecordedQuestions(stretches: readonly UnrecordedStretch[]): Question[] {
  const seen = new Set<string>();
  return stretches.flatMap((s) => {
    const id = `${s.from}/${s.until}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return [
      {
        field: 'statusHistory' as const,
        questionKey: UNRECORDED_QUESTION_KEY,
        labelKey: factKeys('statusHistory').label,
        params: { from: s.from, until: s.until },
      },
    ];
  });
}

export const UNRECORDED_QUESTION_KEY = 'facts.statusHistory.gapQuestion';

/** Deadlines deduplicated by id and sorted by date (earliest first). */
export function sortDeadlines(deadlines: readonly DeadlineResult[]): DeadlineResult[] {
  const byId = new Map<string, DeadlineResult>();
  for (const d of deadlines) if (!byId.has(d.id)) byId.set(d.id, d);
  return [...byId.values()].sort((a, b) => compareDates(a.date, b.date));
}

/** Notes whose condition holds and whose own validity window (if any) includes asOf. */
export function activeNotes(prefix: string, notes: readonly NoteDef[], ctx: EvalContext): string[] {
  return notes
    .filter((n) => (n.meta ? isInForce(n.meta, ctx.asOf) : true))
    .filter((n) => (n.when ? n.when(ctx) : true))
    .map((n) => `${prefix}.note.${n.id}`);
}

/** The date inside the rule's validity window nearest to asOf (to pick requirement versions). */
export function clampToValidity(rule: RuleMeta, asOf: IsoDate): IsoDate {
  if (isBefore(asOf, rule.validFrom)) return rule.validFrom;
  if (rule.validUntil !== undefined && isAfter(asOf, rule.validUntil)) return rule.validUntil;
  return asOf;
}
