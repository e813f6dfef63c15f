// The counts of a quarterly report: one organisation's raw (unsuppressed) counts per indicator,
// category and breakdown cell, as a contributing server sends them to a statistics office on
// another server. Raw counts are confidential like the records they come from: the office
// adds them up and publishes only what crossSource.ts lets through. The envelope (organisation,
// quarter, catalogue version, signature) is the wire format in src/protocol/statisticsOffice.ts.
import { countQuarter, type RawTable } from './aggregate';
import { at } from './crossSource';
import { STATISTICS_COLUMNS } from './columns';
import { indicatorCatalogue, type StatisticsVocabulary } from './indicators';
import type { Quarter } from './periods';
import { DIMENSIONS, type DimensionId, type RawRow, type StatisticsInput } from './types';

/** A row of counts; cells that count nobody are left out (the columns are fixed anyway). */
export type ReportRow = {
  readonly category: string;
  readonly total: number;
  readonly by: Readonly<Record<DimensionId, Readonly<Record<string, number>>>>;
};

export type ReportTable = { readonly indicator: string; readonly rows: readonly ReportRow[] };

/** The report's tables for one quarter of an organisation's records. */
export function reportTables(
  input: StatisticsInput,
  quarter: Quarter,
  vocabulary: StatisticsVocabulary,
): ReportTable[] {
  return countQuarter(input, quarter, vocabulary).map((t) => ({
    indicator: t.indicator.id,
    rows: t.rows.map((r) => ({
      category: r.category,
      total: r.total,
      by: {
        nationality: nonZero(r.by.nationality),
        ageBand: nonZero(r.by.ageBand),
        gender: nonZero(r.by.gender),
      },
    })),
  }));
}

const nonZero = (cells: ReadonlyMap<string, number>) =>
  Object.fromEntries([...cells].filter(([, n]) => n > 0));

/** Why a report's tables cannot be read with this catalogue (a message for the sender). */
export class ReportTablesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportTablesError';
  }
}

/**
 * The raw tables of a report, checked against this release's catalogue: exactly its
 * indicators and categories in its order, only the fixed columns, non-negative whole counts,
 * and every breakdown adding up to its row's total. Throws ReportTablesError naming the first
 * problem (ids only: the report holds no personal data).
 */
export function rawTablesOfReport(
  tables: readonly ReportTable[],
  vocabulary: StatisticsVocabulary,
): RawTable[] {
  const catalogue = indicatorCatalogue(vocabulary);
  if (tables.length !== catalogue.length) {
    throw new ReportTablesError(`expected ${catalogue.length} indicators, got ${tables.length}`);
  }
  return catalogue.map((indicator, i) => {
    const table = at(tables, i);
    if (table.indicator !== indicator.id) {
      throw new ReportTablesError(`indicator ${i + 1}: expected ${indicator.id}`);
    }
    if (table.rows.length !== indicator.categories.length) {
      throw new ReportTablesError(`${indicator.id}: expected ${indicator.categories.length} rows`);
    }
    const rows = indicator.categories.map((category, j): RawRow => {
      const row = at(table.rows, j);
      const where = `${indicator.id}/${category.id}`;
      if (row.category !== category.id) throw new ReportTablesError(`${where}: wrong category`);
      if (!isCount(row.total)) throw new ReportTablesError(`${where}: invalid total`);
      const by = {} as Record<DimensionId, Map<string, number>>;
      for (const d of DIMENSIONS) {
        const cells = new Map<string, number>();
        for (const [column, n] of Object.entries(row.by[d])) {
          if (!STATISTICS_COLUMNS[d].includes(column)) {
            throw new ReportTablesError(`${where}: unknown ${d} column`);
          }
          if (!isCount(n)) throw new ReportTablesError(`${where}: invalid ${d} count`);
          if (n > 0) cells.set(column, n);
        }
        const sum = [...cells.values()].reduce((a, b) => a + b, 0);
        if (sum !== row.total) throw new ReportTablesError(`${where}: ${d} does not add up`);
        by[d] = cells;
      }
      return { category: category.id, total: row.total, by };
    });
    return { indicator, rows };
  });
}

const isCount = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 1_000_000;
