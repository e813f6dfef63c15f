// @vitest-environment node -- pure domain code: no DOM, and jsdom costs about half a second a file
// What a server publishes (GET /api/statistics) and what a device shows of its own records
// are built by statisticsReport from the same suppressed buckets.
import { describe, expect, it } from 'vitest';
import { computeStatistics, statisticsReport } from './compute';
import { STATISTICS_COLUMNS } from './columns';
import { indicatorCatalogue } from './indicators';
import { organisationInput, vocabulary } from './statistics.fixtures';

const input = organisationInput(
  [
    { nationality: 'SY', gender: 'female', n: 7 },
    { nationality: 'AF', gender: 'male', n: 6 },
  ],
  'p',
);

describe('statisticsReport', () => {
  const buckets = computeStatistics(input, { from: '2026-Q1', to: '2026-Q2', vocabulary });
  const report = statisticsReport(buckets, { threshold: 5, skippedRecords: 2, vocabulary });

  it('names the threshold, the skipped records, the fixed columns and every indicator', () => {
    expect(report.granularity).toBe('quarter');
    expect(report.threshold).toBe(5);
    expect(report.skippedRecords).toBe(2);
    expect(report.columns).toEqual(STATISTICS_COLUMNS);
    expect(report.indicators).toEqual(
      indicatorCatalogue(vocabulary).map((d) => ({
        id: d.id,
        unit: d.unit,
        definitionKey: d.definitionKey,
      })),
    );
    expect(report.indicators[0]).toEqual({
      id: 'conversations',
      unit: 'conversation',
      definitionKey: 'statistics:definitions.conversations',
    });
  });

  it('carries the suppressed counts of every quarter, nothing raw', () => {
    expect(report.buckets.map((b) => b.period)).toEqual(['2026-Q1', '2026-Q2']);
    const row = report.buckets[0]!.tables.find((t) => t.indicator === 'conversations')!.rows[0]!;
    expect(row.category).toBe('perspektivgespraech');
    expect(row.total).toBe(13);
    // The 6 Afghans are hidden too: beside them only zeros would be hidden, and hidden cells
    // that add up to 0 would say that nobody else is counted (suppress.ts).
    expect(row.by.nationality).toMatchObject({ SY: 7, AF: null, IQ: null, unknown: null });
    expect(row.by.gender).toMatchObject({ female: 7, male: null, diverse: null });
    expect(Object.keys(row.by.nationality)).toEqual([...STATISTICS_COLUMNS.nationality]);
    // Nobody in the second quarter: the row counts nobody and shows it as zeros.
    const q2 = report.buckets[1]!.tables.find((t) => t.indicator === 'conversations')!.rows[0]!;
    expect(q2.total).toBe(0);
    expect(report.buckets[0]).toEqual(JSON.parse(JSON.stringify(report.buckets[0])));
  });

  it('hands out copies: changing the report changes neither the columns nor the buckets', () => {
    report.columns.nationality.push('XX');
    const row = report.buckets[0]!.tables[0]!.rows[0]!;
    row.by.gender['female'] = 99;
    expect(STATISTICS_COLUMNS.nationality).not.toContain('XX');
    expect(buckets[0]!.tables[0]!.rows[0]!.by.gender['female']).toBe(7);
  });

  it('describes the catalogue even without any bucket', () => {
    const empty = statisticsReport([], { threshold: 7, skippedRecords: 0, vocabulary });
    expect(empty.buckets).toEqual([]);
    expect(empty.threshold).toBe(7);
    expect(empty.indicators.map((d) => d.id)).toEqual(report.indicators.map((d) => d.id));
  });
});
