import type { EntityType, RecordState } from '../../protocol';
import type { Queryable } from '../db/database';
import type { FieldMap, RecordWrite, StoredRecord } from './decide';

/** Reads and writes of the generic `records` table; every statement is scoped by org_id. */

export type RecordRow = {
  id: string;
  entity: EntityType;
  rev: number;
  data: FieldMap;
  field_revs: Record<string, number>;
  deleted: boolean;
  content_hash: string | null;
  signed_at: Date | null;
  seq: number;
  updated_at: Date;
  updated_by: string | null;
};

export const RECORD_COLUMNS =
  'id, entity, rev, data, field_revs, deleted, content_hash, signed_at, seq, updated_at, updated_by';

export function toRecordState(row: RecordRow): RecordState {
  return {
    seq: row.seq,
    entity: row.entity,
    entityId: row.id,
    rev: row.rev,
    deleted: row.deleted,
    ...(row.deleted ? {} : { fields: row.data }),
    ...(row.content_hash ? { contentHash: row.content_hash } : {}),
    ...(row.signed_at ? { signedAt: row.signed_at.toISOString() } : {}),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

export async function loadRecord(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<RecordRow | undefined> {
  const [row] = await db.query<RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM records WHERE org_id = $1 AND id = $2`,
    [orgId, id],
  );
  return row;
}

export function toStored(row: RecordRow): StoredRecord {
  return {
    entity: row.entity,
    rev: row.rev,
    data: row.data,
    fieldRevs: row.field_revs,
    deleted: row.deleted,
    contentHash: row.content_hash,
  };
}

/**
 * Takes the next value of the organisation's feed counter. The UPDATE row-locks the counter
 * until the transaction ends, so transactions of one organisation commit in seq order and a
 * pull that has seen seq n never later misses a smaller one. Fails only with the transaction.
 */
export async function nextSeq(tx: Queryable, orgId: string): Promise<number> {
  const [row] = await tx.query<{ seq: number }>(
    'UPDATE org_counter SET seq = seq + 1 WHERE org_id = $1 RETURNING seq',
    [orgId],
  );
  if (!row) throw new Error('organisation has no feed counter');
  return row.seq;
}

/** Inserts or updates the record row. A database refusal (e.g. the frozen-consent trigger)
 * throws and is handled by the caller's savepoint. */
export async function writeRecord(
  tx: Queryable,
  w: RecordWrite & {
    orgId: string;
    id: string;
    entity: EntityType;
    exists: boolean;
    seq: number;
    now: Date;
    userId: string | null;
  },
): Promise<void> {
  const params = [
    w.orgId,
    w.id,
    w.rev,
    JSON.stringify(w.data),
    JSON.stringify(w.fieldRevs),
    w.deleted,
    w.contentHash,
    w.seq,
    w.now,
    w.userId,
  ];
  if (w.exists) {
    await tx.query(
      `UPDATE records SET rev = $3, data = $4::text::jsonb, field_revs = $5::text::jsonb,
              deleted = $6, content_hash = $7,
              signed_at = CASE WHEN $7::text IS NOT NULL THEN coalesce(signed_at, $9) END,
              seq = $8, updated_at = $9, updated_by = $10
        WHERE org_id = $1 AND id = $2`,
      params,
    );
  } else {
    await tx.query(
      `INSERT INTO records (org_id, id, entity, rev, data, field_revs, deleted, content_hash,
                            signed_at, seq, created_at, updated_at, updated_by)
       VALUES ($1, $2, $11, $3, $4::text::jsonb, $5::text::jsonb, $6, $7,
               CASE WHEN $7::text IS NOT NULL THEN $9::timestamptz END, $8, $9, $9, $10)`,
      [...params, w.entity],
    );
  }
}
