// A statistics office's quarter: the raw tables of every contributing organisation (read on
// the office's own server, or from a verified quarterly report) become one combined table per
// indicator and each organisation's own table, suppressed across sources (crossSource.ts).
// The office never publishes a sum over a subset of organisations (a kind, a county, "all but
// one"): two sums over different subsets would give away the difference. The only sums are
// the combined tables over everyone in the publication.
import type { RawTable } from './aggregate';
import { at, suppressAcrossSources, sumRows } from './crossSource';
import { assertThreshold } from './suppress';
import type { RawRow, StatisticsTable } from './types';

export type OfficeSource = {
  /** The organisation's id in the publication (its own id, or the contributor's id). */
  readonly key: string;
  /** The threshold the organisation publishes its own figures with (≥ the office's). */
  readonly threshold: number;
  /** Its raw tables for the quarter, in catalogue order (countQuarter or rawTablesOfReport). */
  readonly tables: readonly RawTable[];
};

export type OfficeQuarter = {
  readonly combined: StatisticsTable[];
  readonly sources: { readonly key: string; readonly tables: StatisticsTable[] }[];
};

/** Suppressed combined and per-organisation tables of one quarter; k is the office's. */
export function officeQuarter(sources: readonly OfficeSource[], k: number): OfficeQuarter {
  assertThreshold(k);
  if (sources.length === 0) throw new RangeError('a publication needs at least one source');
  const indicators = at(sources, 0).tables.map((t) => t.indicator.id);
  for (const s of sources) {
    if (s.tables.map((t) => t.indicator.id).join() !== indicators.join()) {
      throw new RangeError('every source must have the same indicators');
    }
  }
  const perIndicator = indicators.map((_, i) =>
    suppressAcrossSources(
      sources.map((s) => ({ rows: at(s.tables, i).rows, threshold: s.threshold })),
      k,
    ),
  );
  return {
    combined: perIndicator.map((t, i) => ({ indicator: at(indicators, i), rows: t.combined })),
    sources: sources.map((s, j) => ({
      key: s.key,
      tables: perIndicator.map((t, i) => ({
        indicator: at(indicators, i),
        rows: at(t.sources, j),
      })),
    })),
  };
}

/** The unsuppressed combined counts (never published; tests compare them with the parts). */
export function combinedRaw(sources: readonly OfficeSource[]): RawRow[][] {
  const first = sources[0]?.tables ?? [];
  return first.map((table, i) =>
    table.rows.map((row, j) =>
      sumRows(
        row.category,
        sources.map((s) => at(at(s.tables, i).rows, j)),
      ),
    ),
  );
}
