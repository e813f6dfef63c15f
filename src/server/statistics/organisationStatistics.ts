import {
  computeStatistics,
  statisticsInputFromRecords,
  statisticsReport,
  type StoredRecord,
} from '../../domain';
import { statisticsVocabulary } from '../../content/statisticsVocabulary';
import type { StatisticsQueryParams, StatisticsResponse } from '../../protocol';
import type { Queryable } from '../db/database';

type Row = { entity: string; id: string; data: unknown; signed: boolean };

/**
 * What statistics count of one organisation, read from its current, non-deleted records.
 * Consents are read without their text, images and names (only what is counted leaves the
 * database); sessions and cases are parsed with the domain schemas, and a record that fails
 * is skipped and counted, its content never logged.
 */
export async function organisationInput(db: Queryable, orgId: string) {
  const rows = await db.query<Row>(
    `SELECT entity, id::text AS id,
            CASE WHEN entity = 'consent'
                 THEN jsonb_build_object('caseId', data->'caseId', 'kind', data->'kind',
                                         'signedAt', data->'signedAt')
                 ELSE data END AS data,
            content_hash IS NOT NULL AS signed
       FROM records
      WHERE org_id = $1 AND NOT deleted
        AND entity IN ('case', 'session', 'consent', 'consent-revocation', 'referral')`,
    [orgId],
  );
  const records: StoredRecord[] = rows.map((r) => ({
    entity: r.entity,
    id: r.id,
    data: r.data,
    signed: r.signed,
  }));
  return statisticsInputFromRecords(records);
}

/** Suppressed statistics of one organisation (GET /api/statistics). */
export async function organisationStatistics(
  db: Queryable,
  orgId: string,
  query: StatisticsQueryParams,
  threshold: number,
): Promise<StatisticsResponse> {
  const { input, skipped } = await organisationInput(db, orgId);
  const vocabulary = statisticsVocabulary();
  const buckets = computeStatistics(input, { ...query, vocabulary, threshold });
  return statisticsReport(buckets, { threshold, skippedRecords: skipped, vocabulary });
}
