// Cell suppression. What is published per row (one category of one indicator in one quarter):
// the row total T and, for each dimension d (nationality, age band, gender), the counts of
// its non-zero columns, which add up to T. Rows share nothing else that is published (no
// column totals, no totals over categories, no sums over quarters), so these are the only
// exact relations an attacker can use. Zeros are always published, so the attacker also knows
// that every suppressed cell is at least 1.
//
// A suppressed cell is safe when more than one value fits everything published:
// - T published: in each dimension the suppressed cells (m of them, sum S = T − published)
//   each range over [1, S − m + 1]; that has two values iff m ≥ 2 and S ≥ m + 1.
// - T suppressed: every dimension keeps at least one suppressed cell, so T is not the sum of
//   published cells anywhere, and any solution can be raised by one (T and one suppressed cell
//   per dimension), so no cell is pinned.
// The rules below add suppressions (smallest non-zero cell first, to lose little) until both
// hold; they only ever add, so they terminate.
import type { Cell, DimensionId, RawRow, StatisticsRow } from './types';
import { DIMENSIONS } from './types';

export const DEFAULT_THRESHOLD = 5;
export const MIN_THRESHOLD = 3;

export function assertThreshold(k: number): void {
  if (!Number.isInteger(k) || k < MIN_THRESHOLD || k > 100) {
    throw new RangeError(`threshold must be an integer from ${MIN_THRESHOLD} to 100`);
  }
}

const sensitive = (n: number, k: number) => n >= 1 && n < k;

/** Suppresses one row so that no suppressed count can be recovered exactly. */
export function suppressRow(row: RawRow, k: number = DEFAULT_THRESHOLD): StatisticsRow {
  assertThreshold(k);
  let totalHidden = sensitive(row.total, k);
  const hidden: Record<DimensionId, Set<string>> = {
    nationality: new Set(),
    ageBand: new Set(),
    gender: new Set(),
  };
  for (const d of DIMENSIONS) {
    for (const [column, n] of row.by[d]) if (sensitive(n, k)) hidden[d].add(column);
  }
  const hideSmallest = (d: DimensionId): boolean => {
    const candidates = [...row.by[d]]
      .filter(([column, n]) => n > 0 && !hidden[d].has(column))
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    const first = candidates[0];
    if (!first) return false;
    hidden[d].add(first[0]);
    return true;
  };

  for (let changed = true; changed;) {
    changed = false;
    for (const d of DIMENSIONS) {
      const m = hidden[d].size;
      if (totalHidden) {
        // A hidden total is at least 1, so every dimension has a non-zero cell to hide.
        if (m === 0) changed = hideSmallest(d) || changed;
        continue;
      }
      if (m === 0) continue;
      const sum = [...row.by[d]].reduce((s, [c, n]) => (hidden[d].has(c) ? s + n : s), 0);
      if (m >= 2 && sum >= m + 1) continue;
      // Another cell spreads the uncertainty; if none is left, the total goes instead.
      if (!hideSmallest(d)) totalHidden = true;
      changed = true;
    }
  }

  const publish = (d: DimensionId): Record<string, Cell> =>
    Object.fromEntries(
      [...row.by[d]]
        .filter(([, n]) => n > 0)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([column, n]) => [column, hidden[d].has(column) ? null : n]),
    );
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
