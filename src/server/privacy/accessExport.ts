import { CaseProfileSchema, FACT_FIELDS } from '../../domain';
import type { Queryable } from '../db/database';

/**
 * The Art. 15 GDPR export of one case: everything the server stores about the person, as
 * machine-readable JSON following docs/art15-export.schema.json (format version 1). Built
 * on the server, where records are held decrypted (they are encrypted only on the devices):
 * the profile with facts and representatives, the conversations with their addenda, the
 * consents with their signed texts and signature images, the revocations, the referrals
 * with the recipients' answers, and the audit of who did what to these records and when.
 * Read-only; the caller writes the audit row of the export itself in its transaction.
 */

export const ACCESS_EXPORT_FORMAT = 'perspektive-art15-export';
export const ACCESS_EXPORT_VERSION = 1;

type Row = {
  id: string;
  entity: string;
  rev: number;
  data: Record<string, unknown>;
  content_hash: string | null;
  signed_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

const PROFILE_KEYS = new Set(Object.keys(CaseProfileSchema.shape));
const FACT_KEYS = new Set<string>(FACT_FIELDS);

const pick = (data: Record<string, unknown>, keep: (key: string) => boolean) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => keep(key)));

const meta = (row: Row) => ({
  id: row.id,
  revision: row.rev,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export type AccessExport = NonNullable<Awaited<ReturnType<typeof buildAccessExport>>>;

/** The export, or undefined when the organisation holds no such (live) case. */
export async function buildAccessExport(
  db: Queryable,
  w: { orgId: string; caseId: string; at: Date; by: { userId: string; roles: string[] } },
) {
  const rows = await db.query<Row>(
    `SELECT id, entity, rev, data, content_hash, signed_at, created_at, updated_at FROM records
      WHERE org_id = $1 AND NOT deleted AND entity <> 'referral-inbox'
        AND ((id = $2 AND entity = 'case') OR data->>'caseId' = $3)
      ORDER BY created_at, id`,
    [w.orgId, w.caseId, w.caseId],
  );
  const caseRow = rows.find((r) => r.entity === 'case' && r.id === w.caseId);
  if (!caseRow) return undefined;
  const [organisation] = await db.query<{ id: string; name: string; kind: string }>(
    'SELECT id, name, kind FROM organisations WHERE id = $1',
    [w.orgId],
  );
  const audit = await db.query<{
    at: Date;
    entity: string;
    entity_id: string;
    action: string;
    rev: number | null;
    user_id: string | null;
    user_name: string | null;
  }>(
    `SELECT a.at, a.entity, a.entity_id, a.action, a.rev, a.user_id, u.display_name AS user_name
       FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
      WHERE a.org_id = $1 AND a.entity_id = ANY($2::uuid[])
      ORDER BY a.at, a.id`,
    [w.orgId, rows.map((r) => r.id)],
  );
  const of = (entity: string) => rows.filter((r) => r.entity === entity);
  const { representatives, ...profileData } = pick(caseRow.data, (k) => PROFILE_KEYS.has(k));
  return {
    format: ACCESS_EXPORT_FORMAT,
    formatVersion: ACCESS_EXPORT_VERSION,
    generatedAt: w.at.toISOString(),
    generatedBy: { userId: w.by.userId, roles: w.by.roles },
    organisation: organisation ?? { id: w.orgId, name: '', kind: 'other' },
    case: {
      ...meta(caseRow),
      profile: profileData,
      facts: pick(caseRow.data, (k) => FACT_KEYS.has(k)),
      // Fields this release does not know (written by a newer app): included, never dropped.
      other: pick(caseRow.data, (k) => !PROFILE_KEYS.has(k) && !FACT_KEYS.has(k)),
    },
    representatives: Array.isArray(representatives) ? (representatives as unknown[]) : [],
    conversations: of('session').map((row) => {
      const { addenda, ...content } = row.data;
      return { ...meta(row), content, addenda: Array.isArray(addenda) ? addenda : [] };
    }),
    consents: of('consent').map((row) => ({
      ...meta(row),
      signed: row.content_hash !== null,
      contentHash: row.content_hash,
      signedAt: row.signed_at ? row.signed_at.toISOString() : null,
      content: row.data,
    })),
    revocations: of('consent-revocation').map((row) => ({ ...meta(row), content: row.data })),
    referrals: of('referral').map((row) => ({ ...meta(row), content: row.data })),
    otherRecords: rows
      .filter(
        (r) => !['case', 'session', 'consent', 'consent-revocation', 'referral'].includes(r.entity),
      )
      .map((row) => ({ ...meta(row), entity: row.entity, content: row.data })),
    audit: audit.map((a) => ({
      at: a.at.toISOString(),
      entity: a.entity,
      entityId: a.entity_id,
      action: a.action,
      revision: a.rev,
      userId: a.user_id,
      userName: a.user_name,
    })),
  };
}
