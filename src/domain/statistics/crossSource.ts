// One table over several sources (organisations), published beside each source's own table.
//
// What is published per indicator and quarter: every source's table, suppressed exactly as the
// source publishes it itself (suppressTable with the source's threshold k_i ≥ k), and the
// combined table (a Land's or a county's) of the summed raw counts. The attacker holds ALL of
// them: combined cell = Σ source cells, for the total and for every column, and inside each
// table every breakdown adds up to its total. Suppressing the combined table on its own
// (suppressRow of the sum) is not enough: a combined 10 Syrians beside one source's published
// 7 and another's hidden cell gives that cell away as 3. crossSource.attack.test.ts shows this
// and solves the linked tables exactly.
//
// The sources' tables are fixed (each source publishes them whatever the office does), so
// protection across sources can only come from hiding more in the combined table. Per row:
//
// Total. Published when no source hides its total (then it is their sum anyway), or when at
// least two sources hide theirs and the hidden totals together hold R_T with
// 1 ≤ R_T ≤ Σ(k_i − 1) − 1 (then none of them is pinned: one can give a person to another),
// and the combined total is ≥ k. Otherwise hidden; a combined total from 1 to k − 1 hides the
// whole row, as in suppressRow.
//
// Columns, per breakdown. G_c = the sources that hide column c, R_c = what they hold there.
// - G_c empty: the cell is the sum of published cells — published (≥ k, or 0 in an empty row).
// - else published only if it is ≥ k, |G_c| ≥ 2 and R_c ≥ 1 (rule 1): the hidden cells under a
//   published combined cell are never alone and never all zero.
// - Then every source that hides cells must keep at least two of them under hidden combined
//   cells, holding at least one person there unless it hides nothing but zeros (rule 2); where
//   it does not, its hidden column with the smallest combined value (one where it holds
//   someone, if that is what is missing) is hidden in the combined row as well. This only
//   hides more, so it ends — at worst with every column any source hides.
// Why that suffices (every hidden cell can move by one person, so none is pinned and every
// column can hold someone): a source's hidden cell under a hidden combined column trades a
// person with another of its hidden cells there (rule 2); under a published combined column c
// it trades with another source j in G_c (rule 1: there is one, and someone in c to move),
// each of them balancing with a person in one of its hidden cells under hidden combined
// columns (rule 2), which no published number constrains one by one; hidden totals move
// against each other the same way. The combined table on its own keeps suppressRow's
// guarantees: published cells are ≥ k, hidden ones are at least two and hold someone.
// Relations between rows (subsets such as "likely" ⊂ "open") add only upper bounds, as in a
// single organisation's tables (suppress.ts).
import { STATISTICS_COLUMNS, type StatisticsColumns } from './columns';
import { assertThreshold, hiddenRow, hideZeroRowsBesideHidden, suppressTable } from './suppress';
import { DIMENSIONS, type Cell, type DimensionId, type RawRow, type StatisticsRow } from './types';

/** One source's raw rows of one indicator (same categories, same order for every source). */
export type SourceRows = {
  readonly rows: readonly RawRow[];
  /** The threshold the source publishes its own table with; never below the office's. */
  readonly threshold: number;
};

export type CrossSourceTable = {
  /** The combined table: the sum of every source, suppressed across sources. */
  readonly combined: StatisticsRow[];
  /** Each source's own published table, in the order given. */
  readonly sources: StatisticsRow[][];
};

const emptyBy = (): RawRow['by'] => ({
  nationality: new Map(),
  ageBand: new Map(),
  gender: new Map(),
});

/** The unsuppressed sum of rows of one category (never published as such). */
export function sumRows(category: string, rows: readonly RawRow[]): RawRow {
  const by = emptyBy() as Record<DimensionId, Map<string, number>>;
  let total = 0;
  for (const row of rows) {
    if (row.category !== category) throw new RangeError(`rows of ${row.category} ≠ ${category}`);
    total += row.total;
    for (const d of DIMENSIONS) {
      for (const [c, n] of row.by[d]) by[d].set(c, (by[d].get(c) ?? 0) + n);
    }
  }
  return { category, total, by };
}

/** Suppresses one indicator's table across sources; see the rules above. */
export function suppressAcrossSources(
  sources: readonly SourceRows[],
  k: number,
  columns: StatisticsColumns = STATISTICS_COLUMNS,
): CrossSourceTable {
  assertThreshold(k);
  for (const s of sources) {
    assertThreshold(s.threshold);
    if (s.threshold < k) throw new RangeError('a source may not publish below the threshold');
  }
  const published = sources.map((s) => suppressTable(s.rows, s.threshold, columns));
  const categories = sources[0]?.rows.map((r) => r.category) ?? [];
  for (const s of sources) {
    if (s.rows.map((r) => r.category).join('\u0000') !== categories.join('\u0000')) {
      throw new RangeError('every source must have the same rows');
    }
  }
  const combined = categories.map((category, index) => {
    const parts = sources.map((s, i) => ({
      raw: at(s.rows, index),
      published: at(at(published, i), index),
      k: s.threshold,
    }));
    return combinedRow(
      sumRows(
        category,
        parts.map((p) => p.raw),
      ),
      parts,
      k,
      columns,
    );
  });
  return { combined: hideZeroRowsBesideHidden(combined), sources: published };
}

type Part = { readonly raw: RawRow; readonly published: StatisticsRow; readonly k: number };

/** The element at `index`; the tables are checked to line up, so a gap is a programming error. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no element at ${index}`);
  return item;
}

function combinedRow(
  raw: RawRow,
  parts: readonly Part[],
  k: number,
  columns: StatisticsColumns,
): StatisticsRow {
  const hiddenRowOf = () =>
    hiddenRow({
      category: raw.category,
      total: null,
      by: {
        nationality: Object.fromEntries(columns.nationality.map((c) => [c, null])),
        ageBand: Object.fromEntries(columns.ageBand.map((c) => [c, null])),
        gender: Object.fromEntries(columns.gender.map((c) => [c, null])),
      },
    });
  if (raw.total > 0 && raw.total < k) return hiddenRowOf();
  return {
    category: raw.category,
    total: publishTotal(raw, parts, k) ? raw.total : null,
    by: {
      nationality: publishDimension('nationality', raw, parts, k, columns.nationality),
      ageBand: publishDimension('ageBand', raw, parts, k, columns.ageBand),
      gender: publishDimension('gender', raw, parts, k, columns.gender),
    },
  };
}

function publishTotal(raw: RawRow, parts: readonly Part[], k: number): boolean {
  const hidden = parts.filter((p) => p.published.total === null);
  if (hidden.length === 0) return true;
  const held = hidden.reduce((s, p) => s + p.raw.total, 0);
  const room = hidden.reduce((s, p) => s + p.k - 1, 0);
  return hidden.length >= 2 && held >= 1 && held <= room - 1 && raw.total >= k;
}

function publishDimension(
  d: DimensionId,
  raw: RawRow,
  parts: readonly Part[],
  k: number,
  columns: readonly string[],
): Record<string, Cell> {
  const value = (row: RawRow, c: string) => row.by[d].get(c) ?? 0;
  const hides = (p: Part, c: string) => p.published.by[d][c] === null;
  const shown = new Set<string>();
  for (const c of columns) {
    const g = parts.filter((p) => hides(p, c));
    const held = g.reduce((s, p) => s + value(p.raw, c), 0);
    if (g.length === 0 || (value(raw, c) >= k && g.length >= 2 && held >= 1)) shown.add(c);
  }
  // Rule 2, source by source: hiding more for one source never undoes it for another.
  for (const p of parts) {
    const own = columns.filter((c) => hides(p, c));
    if (own.length === 0) continue;
    const mass = own.reduce((s, c) => s + value(p.raw, c), 0);
    for (;;) {
      const free = own.filter((c) => !shown.has(c));
      const freeMass = free.reduce((s, c) => s + value(p.raw, c), 0);
      const needsMass = mass >= 1 && freeMass < 1;
      if (free.length >= 2 && !needsMass) break;
      const candidates = own.filter((c) => shown.has(c) && (!needsMass || value(p.raw, c) >= 1));
      // The smallest combined value, the first column on a tie: loses the least.
      const next = candidates.reduce<string | undefined>(
        (a, c) => (a === undefined || value(raw, c) < value(raw, a) ? c : a),
        undefined,
      );
      // A source row hides never just one cell, nor only cells nobody is in (suppress.ts),
      // so something is always left to hide here; anything else is a programming error.
      if (next === undefined) throw new Error(`${d}: a source row breaks suppressRow's rules`);
      shown.delete(next);
    }
  }
  return Object.fromEntries(columns.map((c) => [c, shown.has(c) ? value(raw, c) : null]));
}
