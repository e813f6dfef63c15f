// Cell suppression: what is published must hide who was counted, not only how many.
//
// Published per row (one category of one indicator in one quarter): the row total T and, for
// each dimension d (nationality, age band, gender), one cell per column of its FIXED column
// set (columns.ts) — the same columns whatever the data, adding up to T. Rows share nothing
// else that is published (no column totals, no totals over categories, no sums over
// quarters). The attacker knows all of that, the threshold k and these rules.
//
// Two things must stay unknowable:
// 1. Counts: no hidden cell may be pinned to one value.
// 2. Categories: for a person counted in a row, no column may be excluded — every column
//    must be possible for them. A published 0 next to a non-zero total excludes its column
//    ("nobody here is Afghan"), and a column list that names only the columns with someone in
//    them (the old format) excludes all others: one Iraqi woman aged 27–44 became "Irak |
//    gesperrt", "27 bis 44 | gesperrt", "weiblich | gesperrt". So zero is sensitive too.
//
// The rules:
// - T = 0: the row counts nobody; all its cells are 0 and are shown (nothing to protect),
//   unless suppressTable hides the row (a zero beside a hidden sibling singles that out).
// - 1 ≤ T < k: T and every cell are hidden (every cell is below k anyway).
// - T ≥ k: in each dimension every cell below k is hidden, zeros included; then, while the
//   hidden cells (m of them, sum S = T − published) are fewer than two or add up to 0, the
//   smallest published cell is hidden as well. Since T ≥ k ≥ 3 and every dimension has at
//   least two columns, this always ends with m = 0 (every column ≥ k, nothing to exclude)
//   or m ≥ 2 and S ≥ 1.
// Why that suffices: with T published, hidden cells in a dimension are any non-negative
// numbers adding up to S; with m ≥ 2 each of them can be anything from 0 to S, so none is
// pinned and, as S ≥ 1, each can hold a counted person. With T hidden (T < k) every cell is
// hidden and any of them can be T ≥ 1. Published cells are ≥ k, so no published number is 0
// in a row that counts anyone: relations between rows (a subset row, "likely" ⊂ "open") only
// bound hidden cells from above by other hidden or published non-zero cells, so they can
// never force a cell to 0 either. suppress.attack.test.ts checks all of this by solving.
import { STATISTICS_COLUMNS, type StatisticsColumns } from './columns';
import type { Cell, DimensionId, RawRow, StatisticsRow } from './types';
import { DIMENSIONS } from './types';

export const DEFAULT_THRESHOLD = 5;
export const MIN_THRESHOLD = 3;

export function assertThreshold(k: number): void {
  if (!Number.isInteger(k) || k < MIN_THRESHOLD || k > 100) {
    throw new RangeError(`threshold must be an integer from ${MIN_THRESHOLD} to 100`);
  }
}

/** Every value a row holds must be one of the fixed columns: counting pools the rest. */
function assertColumns(row: RawRow, columns: StatisticsColumns): void {
  for (const d of DIMENSIONS) {
    for (const column of row.by[d].keys()) {
      if (!columns[d].includes(column)) throw new RangeError(`${d}: unknown column ${column}`);
    }
  }
}

/** Which cells of one dimension to hide in a row whose total T ≥ k is published. */
function hiddenCells(counts: ReadonlyMap<string, number>, columns: readonly string[], k: number) {
  const count = (c: string) => counts.get(c) ?? 0;
  const hidden = new Set(columns.filter((c) => count(c) < k));
  const sum = () => [...hidden].reduce((s, c) => s + count(c), 0);
  while (hidden.size > 0 && (hidden.size < 2 || sum() < 1)) {
    // The smallest published cell, the first column on a tie: loses the least information.
    const next = columns
      .filter((c) => !hidden.has(c))
      .reduce<string | undefined>(
        (a, c) => (a === undefined || count(c) < count(a) ? c : a),
        undefined,
      );
    if (next === undefined) break;
    hidden.add(next);
  }
  return hidden;
}

/** Suppresses one row so that neither a count nor a category of anyone counted shows. */
export function suppressRow(
  row: RawRow,
  k: number = DEFAULT_THRESHOLD,
  columns: StatisticsColumns = STATISTICS_COLUMNS,
): StatisticsRow {
  assertThreshold(k);
  assertColumns(row, columns);
  const totalHidden = row.total > 0 && row.total < k;
  const publish = (d: DimensionId): Record<string, Cell> => {
    const counts = row.by[d];
    const hidden = totalHidden
      ? new Set(columns[d])
      : row.total === 0
        ? new Set<string>()
        : hiddenCells(counts, columns[d], k);
    return Object.fromEntries(
      columns[d].map((c) => [c, hidden.has(c) ? null : (counts.get(c) ?? 0)]),
    );
  };
  return {
    category: row.category,
    total: totalHidden ? null : row.total,
    by: {
      nationality: publish('nationality'),
      ageBand: publish('ageBand'),
      gender: publish('gender'),
    },
  };
}

/** A row that says nothing: its total and every cell hidden. */
export function hiddenRow(row: StatisticsRow): StatisticsRow {
  const none = (cells: Readonly<Record<string, Cell>>) =>
    Object.fromEntries(Object.keys(cells).map((c) => [c, null]));
  return {
    category: row.category,
    total: null,
    by: {
      nationality: none(row.by.nationality),
      ageBand: none(row.by.ageBand),
      gender: none(row.by.gender),
    },
  };
}

/**
 * Suppresses the rows of one indicator. A total of 0 beside a hidden total singles the hidden
 * row out ("of the few counted, nobody said 'not now', so they said …"), so then the zero
 * rows are hidden as well; a table without any hidden row shows its zeros.
 */
export function suppressTable(
  rows: readonly RawRow[],
  k: number = DEFAULT_THRESHOLD,
  columns: StatisticsColumns = STATISTICS_COLUMNS,
): StatisticsRow[] {
  return hideZeroRowsBesideHidden(rows.map((row) => suppressRow(row, k, columns)));
}

/**
 * The table rule on its own: where a table has a hidden total, its zero rows are hidden too.
 * Used by suppressTable and by the combined table across sources (crossSource.ts).
 */
export function hideZeroRowsBesideHidden(published: readonly StatisticsRow[]): StatisticsRow[] {
  if (!published.some((row) => row.total === null)) return [...published];
  return published.map((row) => (row.total === 0 ? hiddenRow(row) : row));
}
