// Reading Lighthouse results (LHRs) for test/bench/node/lighthouse.ts: category scores,
// metric values, failing audits and the budget checks. Kept apart so the benchmark file
// holds only the browser choreography.
import type { Result } from 'lighthouse';
import type { Protocol } from 'puppeteer-core';
import { median, row } from './measure';
import type { BenchCheck, BenchRow } from './result';

export type Category = 'performance' | 'accessibility' | 'best-practices';
export const CATEGORIES: readonly Category[] = ['performance', 'accessibility', 'best-practices'];

/** One measured Lighthouse step (a standalone run or a step of the user flow). */
export type Step = { name: string; lhr: Result };

/** What each Lighthouse mode can measure (docs/user-flows.md in the Lighthouse repository). */
export const MODE_PROVIDES: Record<Result['gatherMode'], string> = {
  navigation:
    'a page load: performance score, FCP, LCP, TBT, CLS, Speed Index; accessibility; best practices',
  timespan:
    'a period of interaction: TBT, CLS, INP (no FCP/LCP; performance only as passed audits, not a score); part of best practices; no accessibility',
  snapshot:
    'the page as it is: accessibility, part of best practices; no metrics, no performance score',
};

/** A category's score (0–1, two decimals as Lighthouse rounds it), or null if not measured. */
export function score(lhr: Result, category: Category): number | null {
  return lhr.categories[category]?.score ?? null;
}

/** An audit's numeric value (ms for timings), or undefined when the mode has no such audit. */
export function metric(lhr: Result, auditId: string): number | undefined {
  const audit = lhr.audits[auditId];
  if (!audit || audit.scoreDisplayMode === 'notApplicable') return undefined;
  return audit.numericValue;
}

/**
 * Ids of the category's audits that did not pass (score < 1), with their score, so a
 * reader knows what to fix. Informative/manual/not-applicable audits have no score and
 * are left out; audits with weight 0 are marked, they do not lower the category score.
 */
export function failingAudits(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const failing: string[] = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit) continue;
    if (audit.scoreDisplayMode === 'error') failing.push(`${ref.id} (error)`);
    else if (audit.score !== null && audit.score < 1) {
      failing.push(`${ref.id} (${audit.score}${ref.weight === 0 ? ', weight 0' : ''})`);
    }
  }
  return failing;
}

/** Minimum scores from the issue; a step without the category is not checked. */
export const SCORE_BUDGETS: Record<Category, number> = {
  performance: 0.95,
  accessibility: 1,
  'best-practices': 0.95,
};

/**
 * A score budget as a BenchCheck (which means value ≤ target): value = 1 − score and
 * target = 1 − minimum score, so the printed value still shows the score (0.03 = 0.97)
 * even when the budget is met. `met` compares the scores themselves, not the float
 * differences (1 − 0.95 is 0.050000000000000044 in floating point).
 */
export function scoreCheck(category: Category, scoreValue: number, where: string): BenchCheck {
  const minimum = SCORE_BUDGETS[category];
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    label: `${category}: 1 − score, ${where} (budget: score ≥ ${minimum})`,
    value: round2(1 - scoreValue),
    target: round2(1 - minimum),
    met: scoreValue >= minimum,
  };
}

/**
 * Notes for one step, or for repeated runs of the same step (scores joined with "/",
 * failing audits merged): mode, what it provides, scores, failing audits, warnings.
 */
export function describeStep(name: string, lhrs: readonly Result[]): string[] {
  const first = lhrs[0]!;
  const mode = first.gatherMode;
  // Outside navigations Lighthouse's own report shows no performance score either.
  const shown = CATEGORIES.filter((c) => c !== 'performance' || mode === 'navigation');
  const scores = shown
    .filter((c) => first.categories[c])
    .map((c) => `${c} ${lhrs.map((lhr) => score(lhr, c) ?? '–').join('/')}`)
    .join(', ');
  const lines = [`${name}: ${mode} mode — provides ${MODE_PROVIDES[mode]}. Scores: ${scores}.`];
  for (const category of ['accessibility', 'best-practices'] as const) {
    if (!first.categories[category]) continue;
    const failing = [...new Set(lhrs.flatMap((lhr) => failingAudits(lhr, category)))];
    lines.push(`${name}: failing ${category} audits: ${failing.join(', ') || 'none'}.`);
  }
  for (const lhr of lhrs) {
    if (lhr.runtimeError) lines.push(`${name}: runtime error ${lhr.runtimeError.code}.`);
    for (const warning of lhr.runWarnings) lines.push(`${name}: warning: ${warning}`);
  }
  return lines;
}

/** The performance audits of a navigation that did not pass, with Lighthouse's summary. */
export function performanceFindings(lhr: Result): string {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  return refs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit!.id}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`)
    .join(', ');
}

/** An issue in a line: its code, CSP directive and violation, and where it arose. */
export function issueText({ issue }: Protocol.Audits.IssueAddedEvent): string {
  const csp = issue.details.contentSecurityPolicyIssueDetails;
  if (!csp) return issue.code;
  const at = csp.sourceCodeLocation;
  const where = at
    ? ` at ${new URL(at.url).pathname}:${at.lineNumber + 1}:${at.columnNumber + 1}`
    : '';
  return `${issue.code} ${csp.violatedDirective} ${csp.contentSecurityPolicyViolationType}${where}`;
}

/** A row of one metric over several LHRs; none when the mode does not provide it. */
export function metricRow(
  operation: string,
  scenario: string,
  auditId: string,
  lhrs: readonly Result[],
): BenchRow[] {
  const values = lhrs.map((lhr) => metric(lhr, auditId));
  if (values.some((v) => v === undefined)) return [];
  return [row(operation, scenario, 1, values as number[])];
}

/** Budget checks on the median score of the runs, for each category the mode reports. */
export function scoreChecks(
  lhrs: readonly Result[],
  categories: readonly Category[],
  where: string,
): BenchCheck[] {
  return categories.flatMap((category) => {
    const scores = lhrs.map((lhr) => score(lhr, category));
    if (scores.includes(null)) return [];
    return [scoreCheck(category, median(scores as number[]), where)];
  });
}
