import { countQuarter } from './aggregate';
import { indicatorCatalogue, type StatisticsVocabulary } from './indicators';
import { isQuarter, quartersBetween, type Quarter } from './periods';
import { STATISTICS_COLUMNS } from './columns';
import { assertThreshold, DEFAULT_THRESHOLD, suppressTable } from './suppress';
import type { StatisticsBucket, StatisticsInput } from './types';

export type StatisticsQuery = {
  readonly from: Quarter;
  readonly to: Quarter;
  readonly vocabulary: StatisticsVocabulary;
  /** Smallest count shown; fixed per server, never chosen per request (see suppress.ts). */
  readonly threshold?: number;
};

/**
 * Suppressed tables for each quarter from `from` to `to`. Every quarter is computed on its
 * own, exactly as it would be in any other range, so overlapping requests reveal nothing new.
 */
export function computeStatistics(
  input: StatisticsInput,
  query: StatisticsQuery,
): StatisticsBucket[] {
  const k = query.threshold ?? DEFAULT_THRESHOLD;
  assertThreshold(k);
  if (!isQuarter(query.from) || !isQuarter(query.to)) throw new RangeError('not a quarter');
  return quartersBetween(query.from, query.to).map((period) => ({
    period,
    tables: countQuarter(input, period, query.vocabulary).map((t) => ({
      indicator: t.indicator.id,
      rows: suppressTable(t.rows, k),
    })),
  }));
}

/**
 * What is published: the indicator definitions and the suppressed tables as plain data (the
 * wire format of `GET /api/statistics`, and what a device shows of its own records), so the
 * server's answer and a device's own figures are built by the same code.
 */
export function statisticsReport(
  buckets: readonly StatisticsBucket[],
  meta: { threshold: number; skippedRecords: number; vocabulary: StatisticsVocabulary },
) {
  return {
    granularity: 'quarter' as const,
    threshold: meta.threshold,
    // Every row carries exactly these columns, in this order (columns.ts).
    columns: {
      nationality: [...STATISTICS_COLUMNS.nationality],
      ageBand: [...STATISTICS_COLUMNS.ageBand],
      gender: [...STATISTICS_COLUMNS.gender],
    },
    skippedRecords: meta.skippedRecords,
    indicators: indicatorCatalogue(meta.vocabulary).map((d) => ({
      id: d.id,
      unit: d.unit,
      definitionKey: d.definitionKey,
    })),
    buckets: buckets.map((b) => ({
      period: b.period,
      tables: b.tables.map((t) => ({
        indicator: t.indicator,
        rows: t.rows.map((r) => ({
          category: r.category,
          total: r.total,
          by: {
            nationality: { ...r.by.nationality },
            ageBand: { ...r.by.ageBand },
            gender: { ...r.by.gender },
          },
        })),
      })),
    })),
  };
}
