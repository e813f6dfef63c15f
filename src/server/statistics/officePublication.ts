// One quarter's publication for a statistics office: raw tables of the organisations on this
// server that opted in, and of the verified reports in force from contributors on other
// servers, suppressed across sources (domain/statistics/crossSource.ts). Computed once, when
// the office's admin releases the quarter, from what is in force then, and stored frozen
// (releaseStore.ts): a second computation that differs in one source could be subtracted from
// the first. Nothing but suppressed counts and organisation names leaves.
import {
  CATALOGUE_VERSION,
  countQuarter,
  euReturnFigures,
  officeQuarter,
  rawTablesOfReport,
  statisticsReport,
  STATISTICS_COLUMNS,
  type OfficeSource,
  type Quarter,
  type StatisticsRow,
} from '../../domain';
import { statisticsVocabulary } from '../../content/statisticsVocabulary';
import { statisticsReportSchema, type OrganisationKind, type Publication } from '../../protocol';
import type { Queryable } from '../db/database';
import { organisationInput } from './organisationStatistics';
import { contributingOrganisations, reportsInForce } from './officeStore';

type Named = { name: string; kind: OrganisationKind | null; source: 'server' | 'report' };

export async function officePublication(
  db: Queryable,
  officeId: string,
  quarter: Quarter,
  threshold: number,
): Promise<Publication> {
  const vocabulary = statisticsVocabulary();
  const named: Named[] = [];
  const sources: OfficeSource[] = [];
  const add = (who: Named, tables: OfficeSource['tables'], ownThreshold: number) => {
    named.push(who);
    // A contributor's own threshold may be stricter than the office's, never looser.
    sources.push({ key: `o${named.length}`, threshold: Math.max(ownThreshold, threshold), tables });
  };
  for (const org of await contributingOrganisations(db, officeId)) {
    const { input } = await organisationInput(db, org.id);
    add(
      { name: org.name, kind: org.kind, source: 'server' },
      countQuarter(input, quarter, vocabulary),
      threshold,
    );
  }
  for (const stored of await reportsInForce(db, officeId, quarter)) {
    // Verified and checked on upload; parsed again so a changed catalogue fails loudly here.
    const report = statisticsReportSchema.parse(JSON.parse(stored.report));
    if (report.catalogueVersion !== CATALOGUE_VERSION) continue;
    add(
      { name: stored.name, kind: null, source: 'report' },
      rawTablesOfReport(report.tables, vocabulary),
      report.threshold,
    );
  }
  const meta = statisticsReport([], { threshold, skippedRecords: 0, vocabulary });
  const base = {
    quarter,
    catalogueVersion: CATALOGUE_VERSION,
    threshold,
    columns: meta.columns,
    indicators: meta.indicators,
  };
  if (sources.length === 0) {
    return { ...base, organisations: [], combined: [], byOrganisation: [], eu: [] };
  }
  const published = officeQuarter(sources, threshold);
  const plain = (tables: typeof published.combined) =>
    statisticsReport([{ period: quarter, tables }], { threshold, skippedRecords: 0, vocabulary })
      .buckets[0]?.tables ?? [];
  const outcomes: readonly StatisticsRow[] =
    published.combined.find((t) => t.indicator === 'outcomes')?.rows ?? [];
  return {
    ...base,
    organisations: named.map((n, i) => ({ key: `o${i + 1}`, ...n })),
    combined: plain(published.combined),
    byOrganisation: published.sources.map((s) => ({ key: s.key, tables: plain(s.tables) })),
    eu: euReturnFigures(outcomes, STATISTICS_COLUMNS.nationality).map((f) => ({
      id: f.category.id,
      code: f.category.code,
      datasets: [...f.category.datasets],
      supply: f.category.supply,
      toVerify: f.category.toVerify === true,
      total: f.total,
      byNationality: { ...f.byNationality },
    })),
  };
}
