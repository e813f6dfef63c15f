// Suggestions for the "agreed actions" step: the concrete things the person can do, taken
// from unmet requirements and threatening consequences, with the earliest open deadline.
// Courts require that the person is told exactly what to do (domain.md, § 1a AsylbLG), so
// the printed summary should list these with dates. The counsellor picks and edits them.
import type { ConsequenceAssessment } from '../consequences/types';
import type { IsoDate } from '../dates';
import type { DeadlineResult, PathwayAssessment } from '../rules/types';

export type SuggestedAction = {
  /** i18n key of the action text. */
  readonly actionKey: string;
  readonly legalRef: string;
  /** Earliest act-by deadline that has not passed, if any. */
  readonly dueDate?: IsoDate;
  readonly source: { readonly kind: 'pathway' | 'consequence'; readonly id: string };
};

function nextDue(deadlines: readonly DeadlineResult[]): IsoDate | undefined {
  return deadlines.find((d) => d.kind === 'act-by' && !d.passed)?.date;
}

export function suggestActions(
  pathways: readonly PathwayAssessment[],
  consequences: readonly ConsequenceAssessment[],
): SuggestedAction[] {
  const suggestions: SuggestedAction[] = [];
  for (const p of pathways) {
    if (p.status === 'expired' || p.status === 'likely') continue;
    for (const r of p.requirements) {
      if (r.status !== 'not-met') continue;
      // A requirement whose only deadlines have passed (e.g. the 27th birthday) cannot be
      // fixed any more: suggesting its action would mislead.
      const actBy = r.deadlines.filter((d) => d.kind === 'act-by');
      if (actBy.length > 0 && actBy.every((d) => d.passed)) continue;
      const dueDate = nextDue(r.deadlines);
      suggestions.push({
        actionKey: r.actionKey,
        legalRef: r.legalRef,
        ...(dueDate ? { dueDate } : {}),
        source: { kind: 'pathway', id: p.pathwayId },
      });
    }
  }
  for (const c of consequences) {
    if (c.applicability === 'unknown') continue;
    const dueDate = nextDue(c.deadlines);
    for (const actionKey of c.actionKeys) {
      suggestions.push({
        actionKey,
        legalRef: c.legalRef,
        ...(dueDate ? { dueDate } : {}),
        source: { kind: 'consequence', id: c.consequenceId },
      });
    }
  }
  const seen = new Set<string>();
  return suggestions.filter((s) => !seen.has(s.actionKey) && seen.add(s.actionKey));
}
