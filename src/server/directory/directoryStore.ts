import type { Queryable } from '../db/database';
import type { SupportOffer } from '../../domain/directory';

/** The organisation's directory version; 0 while nothing was ever stored. */
export async function directoryVersion(db: Queryable, orgId: string): Promise<number> {
  const [row] = await db.query<{ version: number }>(
    'SELECT version FROM directory_versions WHERE org_id = $1',
    [orgId],
  );
  return row?.version ?? 0;
}

/** Every offer of the organisation, as stored (already validated when written). */
export async function listOffers(db: Queryable, orgId: string): Promise<Record<string, unknown>[]> {
  const rows = await db.query<{ offer: Record<string, unknown> }>(
    'SELECT offer FROM directory_offers WHERE org_id = $1 ORDER BY id',
    [orgId],
  );
  return rows.map((r) => r.offer);
}

/**
 * Gives the organisation's directory a new version (the next number of the server-wide
 * sequence, so versions only grow and never repeat across organisations), within the
 * caller's transaction. The row lock of the upsert serialises concurrent changes.
 */
export async function bumpVersion(tx: Queryable, orgId: string, at: Date): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    `INSERT INTO directory_versions (org_id, version, updated_at) VALUES ($1, nextval('directory_version_seq'), $2)
     ON CONFLICT (org_id) DO UPDATE SET version = nextval('directory_version_seq'), updated_at = $2
     RETURNING version`,
    [orgId, at],
  );
  if (!row) throw new Error('directory version not written');
  return row.version;
}

/** Inserts or replaces one offer; `onlyNew` keeps an existing row (example data). */
export async function putOffer(
  tx: Queryable,
  orgId: string,
  offer: SupportOffer,
  by: string,
  at: Date,
  { onlyNew = false } = {},
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO directory_offers (org_id, id, offer, updated_at, updated_by)
     VALUES ($1, $2, $3::jsonb, $4, $5)
     ON CONFLICT (org_id, id) DO ${
       onlyNew ? 'NOTHING' : 'UPDATE SET offer = $3::jsonb, updated_at = $4, updated_by = $5'
     }
     RETURNING id`,
    [orgId, offer.id, JSON.stringify(offer), at, by],
  );
  return rows.length > 0;
}

export async function offerExists(db: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM directory_offers WHERE org_id = $1 AND id = $2', [
    orgId,
    id,
  ]);
  return rows.length > 0;
}

export async function deleteOffer(tx: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await tx.query(
    'DELETE FROM directory_offers WHERE org_id = $1 AND id = $2 RETURNING id',
    [orgId, id],
  );
  return rows.length > 0;
}
