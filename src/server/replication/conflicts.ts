import type { Conflict, EntityType, Mutation } from '../../protocol';
import type { Queryable } from '../db/database';
import type { AuthContext } from '../accounts/sessions';
import { writeAudit } from '../audit';
import type { ConflictDraft, Json } from './decide';
import { nextSeq } from './recordStore';

/** Conflict rows: created by push, delivered by pull, resolved by a later mutation. */

export async function insertConflicts(
  tx: Queryable,
  auth: AuthContext,
  m: Mutation,
  drafts: readonly ConflictDraft[],
  now: Date,
  /** Who last saved the record before this change: the kept value's author. */
  serverBy: string | null = null,
): Promise<string[]> {
  const ids: string[] = [];
  for (const c of drafts) {
    const seq = await nextSeq(tx, auth.orgId);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO sync_conflicts (org_id, entity, entity_id, kind, field, server_value,
              client_value, server_rev, client_base_rev, mutation_id, created_by, client_id,
              created_at, seq, server_by)
       VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8, $9, $10, $11, $12, $13, $14,
               $15)
       RETURNING id`,
      [
        auth.orgId,
        m.entity,
        m.entityId,
        c.kind,
        c.field,
        c.serverValue === null ? null : JSON.stringify(c.serverValue),
        c.clientValue === null ? null : JSON.stringify(c.clientValue),
        c.serverRev,
        c.clientBaseRev,
        m.mutationId,
        auth.userId,
        auth.clientId,
        now,
        seq,
        serverBy,
      ],
    );
    if (!row) throw new Error('conflict insert returned nothing');
    ids.push(row.id);
    await writeAudit(tx, {
      at: now,
      orgId: auth.orgId,
      userId: auth.userId,
      clientId: auth.clientId,
      entity: m.entity,
      entityId: m.entityId,
      action: 'conflict',
      rev: c.serverRev,
      mutationId: m.mutationId,
    });
  }
  return ids;
}

/**
 * Marks an open conflict of this record resolved and purges its values (they may hold
 * personal data that now lives, decided, in the record). An unknown, foreign or already
 * resolved conflict is ignored: the mutation itself still counts.
 */
export async function resolveConflict(
  tx: Queryable,
  auth: AuthContext,
  m: Mutation,
  conflictId: string,
  now: Date,
): Promise<void> {
  const [open] = await tx.query<{ field: string | null }>(
    `SELECT field FROM sync_conflicts
      WHERE id = $1 AND org_id = $2 AND entity_id = $3 AND resolved_at IS NULL FOR UPDATE`,
    [conflictId, auth.orgId, m.entityId],
  );
  if (!open) return;
  // Taking the colliding value writes the conflict's field; confirming the kept one does not.
  const fields = m.kind === 'patch' ? m.fields : {};
  const resolution = open.field !== null && open.field in fields ? 'client' : 'server';
  await tx.query(
    `UPDATE sync_conflicts SET resolved_at = $2, resolved_by = $3, server_value = NULL,
            client_value = NULL, seq = $4, resolution = $5
      WHERE id = $1`,
    [conflictId, now, auth.userId, await nextSeq(tx, auth.orgId), resolution],
  );
  await writeAudit(tx, {
    at: now,
    orgId: auth.orgId,
    userId: auth.userId,
    clientId: auth.clientId,
    entity: m.entity,
    entityId: m.entityId,
    action: 'resolve-conflict',
    mutationId: m.mutationId,
  });
}

export type ConflictRow = {
  id: string;
  entity: EntityType;
  entity_id: string;
  kind: 'field' | 'delete';
  field: string | null;
  server_value: Json | null;
  client_value: Json | null;
  server_rev: number;
  client_base_rev: number;
  created_by: string;
  created_by_name: string;
  created_at: Date;
  server_by: string | null;
  server_by_name: string | null;
  resolution: 'server' | 'client' | null;
  resolved_by: string | null;
  resolved_by_name: string | null;
  resolved_at: Date | null;
  seq: number;
};

export const CONFLICT_SELECT = `
  SELECT c.id, c.entity, c.entity_id, c.kind, c.field, c.server_value, c.client_value,
         c.server_rev, c.client_base_rev, c.created_by, u.display_name AS created_by_name,
         c.created_at, c.server_by, s.display_name AS server_by_name, c.resolution,
         c.resolved_by, r.display_name AS resolved_by_name, c.resolved_at, c.seq
    FROM sync_conflicts c JOIN users u ON u.id = c.created_by
    LEFT JOIN users s ON s.id = c.server_by
    LEFT JOIN users r ON r.id = c.resolved_by`;

export function toConflict(row: ConflictRow): Conflict {
  return {
    seq: row.seq,
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    kind: row.kind,
    field: row.field,
    serverValue: row.server_value,
    clientValue: row.client_value,
    serverRev: row.server_rev,
    clientBaseRev: row.client_base_rev,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    serverBy: row.server_by,
    serverByName: row.server_by_name,
    resolution: row.resolution,
    resolvedBy: row.resolved_by,
    resolvedByName: row.resolved_by_name,
    resolved: row.resolved_at !== null,
    resolvedAt: row.resolved_at ? row.resolved_at.toISOString() : null,
  };
}
