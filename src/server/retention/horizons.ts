import type { Database } from '../db/database';

/**
 * Horizons (docs/operations.md: TOMBSTONE_HORIZON_DAYS, AUDIT_HORIZON_DAYS).
 *
 * - Tombstones (deleted records, fields already purged) and resolved conflicts older than the
 *   tombstone horizon are removed from the feed. Per organisation, in one transaction under
 *   its counter lock, `org_counter.pruned_through` is raised to the highest seq removed: a
 *   device whose checkpoint lies below it might have missed a removed tombstone and gets
 *   410 reset_required (replication/pull.ts), then pulls from 0 and drops what it no longer
 *   receives. A device that synced within the horizon never notices.
 * - Audit rows older than the audit horizon are deleted, through the one path the audit
 *   trigger allows (`perspektive.audit_prune_before`, migration 9), in one transaction.
 * A failure rolls that organisation's (or the audit's) step back; the next run retries.
 */
export type Horizons = { tombstoneDays: number; auditDays: number };

export type PruneResult = { tombstones: number; conflicts: number; auditRows: number };

const DAY_MS = 24 * 60 * 60 * 1000;

export async function pruneHorizons(
  db: Database,
  now: Date,
  horizons: Horizons,
): Promise<PruneResult> {
  const tombstoneCutoff = new Date(now.getTime() - horizons.tombstoneDays * DAY_MS);
  const auditCutoff = new Date(now.getTime() - horizons.auditDays * DAY_MS);
  const result: PruneResult = { tombstones: 0, conflicts: 0, auditRows: 0 };
  const orgs = await db.query<{ org_id: string }>('SELECT org_id FROM org_counter');
  for (const { org_id } of orgs) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT seq FROM org_counter WHERE org_id = $1 FOR UPDATE', [org_id]);
      const records = await tx.query<{ seq: number }>(
        `DELETE FROM records WHERE org_id = $1 AND deleted AND updated_at < $2 RETURNING seq`,
        [org_id, tombstoneCutoff],
      );
      const conflicts = await tx.query<{ seq: number }>(
        `DELETE FROM sync_conflicts WHERE org_id = $1 AND resolved_at < $2 RETURNING seq`,
        [org_id, tombstoneCutoff],
      );
      const highest = [...records, ...conflicts].reduce((max, r) => Math.max(max, r.seq), 0);
      if (highest > 0) {
        await tx.query(
          'UPDATE org_counter SET pruned_through = greatest(pruned_through, $2) WHERE org_id = $1',
          [org_id, highest],
        );
      }
      result.tombstones += records.length;
      result.conflicts += conflicts.length;
    });
  }
  result.auditRows = await db.transaction(async (tx) => {
    await tx.query("SELECT set_config('perspektive.audit_prune_before', $1, true)", [
      auditCutoff.toISOString(),
    ]);
    const rows = await tx.query('DELETE FROM audit_log WHERE at < $1 RETURNING id', [auditCutoff]);
    return rows.length;
  });
  return result;
}
