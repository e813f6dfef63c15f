// CSV for German spreadsheets: UTF-8 with a byte order mark (so Excel detects the encoding),
// semicolons (the comma is the decimal separator), CRLF line ends. The figures file is in
// long format — one count per line — so it can be filtered and pivoted without reshaping.
import { DIMENSIONS, type DimensionId } from '../../domain';
import type { StatisticsResponse } from '../../protocol';

const BOM = '\uFEFF';

/** Quotes when needed; a leading = + - @ is defused so no cell becomes a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const line = (fields: readonly (string | number)[]) => fields.map(csvField).join(';');
const file = (lines: readonly string[]) => `${BOM}${lines.join('\r\n')}\r\n`;

export type CsvLabels = {
  columns: {
    period: string;
    indicator: string;
    category: string;
    dimension: string;
    value: string;
    count: string;
    unit: string;
    definition: string;
  };
  period: (quarter: string) => string;
  indicator: (id: string) => string;
  category: (indicator: string, category: string) => string;
  dimension: (d: DimensionId | 'total') => string;
  column: (d: DimensionId, value: string) => string;
  unit: (unit: string) => string;
  definition: (id: string) => string;
  suppressed: string;
};

/**
 * One line per published number: quarter, indicator, category, breakdown, value, count. Every
 * row lists every fixed column of each breakdown (the answer's `columns`), in that order, so
 * the file never names only the columns someone was counted in.
 */
export function statisticsCsv(data: StatisticsResponse, labels: CsvLabels): string {
  const c = labels.columns;
  const lines = [line([c.period, c.indicator, c.category, c.dimension, c.value, c.count])];
  const count = (n: number | null) => (n === null ? labels.suppressed : n);
  for (const bucket of data.buckets) {
    const period = labels.period(bucket.period);
    for (const table of bucket.tables) {
      const indicator = labels.indicator(table.indicator);
      for (const row of table.rows) {
        const category = labels.category(table.indicator, row.category);
        const total = labels.dimension('total');
        lines.push(line([period, indicator, category, total, total, count(row.total)]));
        for (const d of DIMENSIONS) {
          for (const value of data.columns[d]) {
            const n = row.by[d][value];
            if (n === undefined) throw new Error(`${d}: column ${value} missing in the answer`);
            lines.push(
              line([
                period,
                indicator,
                category,
                labels.dimension(d),
                labels.column(d, value),
                count(n),
              ]),
            );
          }
        }
      }
    }
  }
  return file(lines);
}

/** The side file: what was counted, how, and the rules of suppression. */
export function definitionsCsv(
  data: StatisticsResponse,
  labels: CsvLabels,
  meta: readonly (readonly [string, string])[],
): string {
  const c = labels.columns;
  return file([
    ...meta.map(([k, v]) => line([k, v])),
    '',
    line([c.indicator, c.unit, c.definition]),
    ...data.indicators.map((i) =>
      line([labels.indicator(i.id), labels.unit(i.unit), labels.definition(i.id)]),
    ),
  ]);
}
