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

/**
 * A pathway the conversation can work towards: open (likely, possible, unknown), or closed by
 * a single condition the person can meet (e.g. German A2 for § 25b). A pathway closed by an
 * exclusion or by several conditions at once yields no steps — otherwise a person without a
 * job would be told to "stay in the job" for the Beschäftigungsduldung.
 */
function workable(p: PathwayAssessment): boolean {
  if (p.status === 'likely' || p.status === 'possible' || p.status === 'unknown') return true;
  if (p.status !== 'not-met') return false;
  const notMet = p.requirements.filter((r) => r.status === 'not-met');
  return notMet.length === 1 && notMet[0]?.kind !== 'exclusion';
}

/**
 * Steps for the "agreed actions" step: for each workable pathway its requirements that are
 * not met or still open (a legal assessment included: "present the judgments"), and the
 * actions of consequences that apply or threaten. Each action once (the first source wins).
 */
export function suggestActions(
  pathways: readonly PathwayAssessment[],
  consequences: readonly ConsequenceAssessment[],
): SuggestedAction[] {
  const suggestions: SuggestedAction[] = [];
  for (const p of pathways) {
    if (!workable(p)) continue;
    for (const r of p.requirements) {
      if (r.status === 'met') continue;
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
