// An exact attacker on linked published tables: several sources' rows of one category and
// their combined row. It knows every published number, that each breakdown of each row adds
// up to its total, that every combined number (total and each column) is the sum of the
// sources' numbers, that counts are non-negative integers and that a source's hidden total
// lies between 0 and its k − 1. It does not use which cells the rules chose to hide (nor do
// the single-table attacks in suppress.attack.test.ts).
//
// How it solves: the hidden source totals are enumerated; once they are fixed the three
// breakdowns are independent, and each is a transportation problem — sources supply their
// hidden remainder to their hidden cells, every published combined column demands exactly
// what its hidden source cells hold, the hidden combined columns take the rest together. Its
// constraint matrix is totally unimodular, so integer feasibility is flow feasibility (max
// flow), and a cell can take a value exactly when the problem with that value fixed is
// feasible. A value is a disclosure when the attacker finds it pinned: no other value fits.
import {
  DIMENSIONS,
  type DimensionId,
  type RawRow,
  type StatisticsColumns,
  type StatisticsRow,
} from '../../src/domain';

export type LinkedRows = {
  readonly parts: readonly { readonly row: StatisticsRow; readonly k: number }[];
  readonly combined: StatisticsRow;
  readonly columns: StatisticsColumns;
};

/** A value fixed in one breakdown: a source's cell, or the hidden part of a combined column. */
type Fix = { part: number; column: string; v: number } | { column: string; v: number };

const INF = 1e9;

/** Max flow (Edmonds–Karp) on a small dense graph. */
function maxFlow(cap: number[][], s: number, t: number): number {
  const n = cap.length;
  let flow = 0;
  for (;;) {
    const prev = new Array<number>(n).fill(-1);
    prev[s] = s;
    const queue = [s];
    while (queue.length > 0 && prev[t] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < n; v++) {
        if (prev[v] === -1 && cap[u]![v]! > 0) {
          prev[v] = u;
          queue.push(v);
        }
      }
    }
    if (prev[t] === -1) return flow;
    let push = INF;
    for (let v = t; v !== s; v = prev[v]!) push = Math.min(push, cap[prev[v]!]![v]!);
    for (let v = t; v !== s; v = prev[v]!) {
      cap[prev[v]!]![v]! -= push;
      cap[v]![prev[v]!]! += push;
    }
    flow += push;
  }
}

/** Whether one breakdown can be filled in, given every source's total (and a fixed value). */
function feasible(pub: LinkedRows, d: DimensionId, totals: readonly number[], fix?: Fix): boolean {
  const columns = pub.columns[d];
  // A column missing from a row is a published 0; null is hidden.
  const cell = (row: StatisticsRow, c: string) => {
    const v = row.by[d][c];
    return v === undefined ? 0 : v;
  };
  const supply = pub.parts.map((p, i) => {
    const shown = columns.reduce((s, c) => s + (cell(p.row, c) ?? 0), 0);
    return totals[i]! - shown - (fix && 'part' in fix && fix.part === i ? fix.v : 0);
  });
  const hides = (i: number, c: string) =>
    cell(pub.parts[i]!.row, c) === null &&
    !(fix && 'part' in fix && fix.part === i && fix.column === c);
  const demand = new Map<string, number>();
  const free: string[] = [];
  for (const c of columns) {
    const shownParts = pub.parts.reduce((s, p) => s + (cell(p.row, c) ?? 0), 0);
    const fixedHere = fix && 'part' in fix && fix.column === c ? fix.v : 0;
    const combined = cell(pub.combined, c);
    const anyHidden = pub.parts.some((_, i) => hides(i, c));
    if (fix && !('part' in fix) && fix.column === c) demand.set(c, fix.v);
    else if (combined !== null) {
      const rest = combined - shownParts - fixedHere;
      if (rest < 0 || (!anyHidden && rest !== 0)) return false;
      if (anyHidden) demand.set(c, rest);
    } else if (anyHidden) free.push(c);
  }
  if (supply.some((s) => s < 0)) return false;
  if (supply.some((s, i) => s !== 0 && !columns.some((c) => hides(i, c)))) return false;
  const totalSupply = supply.reduce((a, b) => a + b, 0);
  const rest = totalSupply - [...demand.values()].reduce((a, b) => a + b, 0);
  if (rest < 0 || [...demand.values()].some((v) => v < 0)) return false;
  if (free.length === 0 && rest !== 0) return false;
  // Nodes: 0 source, 1..P parts, then columns, then the hidden-columns node, then the sink.
  const P = pub.parts.length;
  const colIndex = new Map(columns.map((c, j) => [c, 1 + P + j]));
  const restNode = 1 + P + columns.length;
  const sink = restNode + 1;
  const cap = Array.from({ length: sink + 1 }, () => new Array<number>(sink + 1).fill(0));
  supply.forEach((s, i) => (cap[0]![1 + i] = s));
  pub.parts.forEach((_, i) => {
    for (const c of columns) if (hides(i, c)) cap[1 + i]![colIndex.get(c)!] = INF;
  });
  for (const [c, v] of demand) cap[colIndex.get(c)!]![sink] = v;
  for (const c of free) cap[colIndex.get(c)!]![restNode] = INF;
  cap[restNode]![sink] = rest;
  return maxFlow(cap, 0, sink) === totalSupply;
}

/** Every combination of hidden source totals the published totals allow. */
function* totalCombos(pub: LinkedRows): Generator<number[]> {
  const ranges = pub.parts.map((p) =>
    p.row.total === null ? Array.from({ length: p.k }, (_, v) => v) : [p.row.total],
  );
  const walk = function* (i: number, acc: number[]): Generator<number[]> {
    if (i === ranges.length) {
      const sum = acc.reduce((a, b) => a + b, 0);
      if (pub.combined.total === null || pub.combined.total === sum) yield [...acc];
      return;
    }
    for (const v of ranges[i]!) yield* walk(i + 1, [...acc, v]);
  };
  yield* walk(0, []);
}

/**
 * What the attacker pins, as readable keys ("part 1 nationality:IQ", "combined total", …);
 * empty when every hidden value of every published table has at least two possible values.
 * "inconsistent" means the truth does not fit what was published (a bug in the test data).
 */
export function pinnedValues(pub: LinkedRows, truth: readonly RawRow[]): string[] {
  const trueTotals = truth.map((r) => r.total);
  const allFeasible = (totals: readonly number[]) =>
    DIMENSIONS.every((d) => feasible(pub, d, totals));
  if (!allFeasible(trueTotals)) return ['inconsistent'];
  let combos: number[][] | undefined;
  const feasibleCombos = () => (combos ??= [...totalCombos(pub)].filter(allFeasible));
  const found: string[] = [];

  pub.parts.forEach((p, i) => {
    if (p.row.total !== null) return;
    if (!feasibleCombos().some((t) => t[i] !== trueTotals[i])) found.push(`part ${i} total`);
  });
  const trueSum = trueTotals.reduce((a, b) => a + b, 0);
  if (pub.combined.total === null && pub.parts.some((p) => p.row.total === null)) {
    const sums = new Set(feasibleCombos().map((t) => t.reduce((a, b) => a + b, 0)));
    if (!sums.has(trueSum) || sums.size < 2) found.push('combined total');
  }

  for (const d of DIMENSIONS) {
    const value = (row: RawRow, c: string) => row.by[d].get(c) ?? 0;
    /** Whether some feasible world gives the fixed thing another value than the truth. */
    const movable = (fixAt: (v: number) => Fix, truthValue: number, cap: number) => {
      for (const v of [truthValue + 1, truthValue - 1]) {
        if (v >= 0 && feasible(pub, d, trueTotals, fixAt(v))) return true;
      }
      return feasibleCombos().some((t) =>
        Array.from({ length: cap + 1 }, (_, v) => v).some(
          (v) => v !== truthValue && feasible(pub, d, t, fixAt(v)),
        ),
      );
    };
    const maxTotal = Math.max(...pub.parts.map((p) => p.row.total ?? p.k - 1));
    pub.parts.forEach((p, i) => {
      for (const c of pub.columns[d]) {
        if (p.row.by[d][c] !== null) continue;
        const t = value(truth[i]!, c);
        if (!movable((v) => ({ part: i, column: c, v }), t, maxTotal)) {
          found.push(`part ${i} ${d}:${c}`);
        }
      }
    });
    for (const c of pub.columns[d]) {
      if (pub.combined.by[d][c] !== null) continue;
      // Without a hidden source cell it is the sum of published cells: not a secret.
      if (!pub.parts.some((p) => p.row.by[d][c] === null)) continue;
      const hiddenHere = truth.reduce(
        (s, r, i) => s + (pub.parts[i]!.row.by[d][c] === null ? value(r, c) : 0),
        0,
      );
      const cap = pub.parts.reduce((s, p) => s + (p.row.total ?? p.k - 1), 0);
      if (!movable((v) => ({ column: c, v }), hiddenHere, cap)) found.push(`combined ${d}:${c}`);
    }
  }
  return found;
}
