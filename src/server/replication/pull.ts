import type { Partner, PullResponse } from '../../protocol';
import type { AuthContext } from '../accounts/sessions';
import type { ServerContext } from '../context';
import { HttpError } from '../http/errors';
import { getPolicy } from '../accounts/policy';
import { CONFLICT_SELECT, toConflict, type ConflictRow } from './conflicts';
import { RECORD_COLUMNS, toRecordState, type RecordRow } from './recordStore';

/**
 * Serialized size at which a page ends early (at least one change per page, however large:
 * a single record is bounded by the push limits).
 */
export const PULL_PAGE_BYTES = 4 * 1024 * 1024;

/** How many of the changes (in seq order) fit a page of at most `limit` and PULL_PAGE_BYTES. */
export function pageLength(changes: readonly { bytes: number | null }[], limit: number): number {
  let bytes = 0;
  let taken = 0;
  for (const change of changes) {
    if (taken >= limit) break;
    bytes += change.bytes ?? 0;
    if (taken > 0 && bytes > PULL_PAGE_BYTES) break;
    taken += 1;
  }
  return taken;
}

/**
 * One page of the organisation's feed after `checkpoint`: every record and conflict whose
 * latest change has a seq in (checkpoint, checkpoint'], in their current state — so each
 * appears once per page however often it changed. Read-only, in one REPEATABLE READ
 * transaction so the page boundary and the rows come from the same snapshot. Because seqs
 * become visible in commit order (counter lock), nothing committed later can have a seq
 * ≤ the returned checkpoint: paging loses no change. A failure changes nothing; retry.
 */
export async function pullPage(
  ctx: ServerContext,
  auth: AuthContext,
  req: { checkpoint: number; limit: number; resync?: boolean },
): Promise<PullResponse> {
  return ctx.db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const [meta] = await tx.query<{
      seq: number;
      pruned_through: number;
      server_id: string;
      last_client_seq: number;
    }>(
      `SELECT c.seq, c.pruned_through, (SELECT id FROM server_instance) AS server_id,
              (SELECT last_client_seq FROM devices WHERE client_id = $2) AS last_client_seq
         FROM org_counter c WHERE c.org_id = $1`,
      [auth.orgId, auth.clientId],
    );
    if (!meta) throw new Error('organisation has no feed counter');
    if (req.checkpoint > meta.seq) {
      // The client has seen changes this database never had: it was restored or replaced.
      throw new HttpError(
        410,
        'reset_required',
        'The server data was reset or restored. A full resync is required.',
      );
    }
    if (!req.resync && req.checkpoint > 0 && req.checkpoint < meta.pruned_through) {
      // Tombstones after this checkpoint were pruned (retention/horizons.ts): the device may
      // hold records deleted since. It starts again at 0 and keeps only what it receives —
      // and says so (`resync`) on its later pages, whose checkpoints may lie below too.
      throw new HttpError(
        410,
        'reset_required',
        'The device was not synced within the tombstone horizon. A full resync is required.',
      );
    }
    // Each change with its size, so that a page of large records (signed consents carry two
    // signature images) stops at PULL_PAGE_BYTES instead of `limit` rows: a tablet holds a
    // whole page in memory while it checks, encrypts and writes it.
    // Sizes only of the changes in reach (the first limit + 1 by the feed indexes), never
    // of everything after the checkpoint.
    const seqs = await tx.query<{ seq: number; bytes: number | null }>(
      `WITH next AS (
         SELECT seq, true AS is_record FROM records WHERE org_id = $1 AND seq > $2
         UNION ALL
         SELECT seq, false FROM sync_conflicts WHERE org_id = $1 AND seq > $2
         ORDER BY seq LIMIT $3)
       SELECT n.seq,
              CASE WHEN n.is_record
                THEN (SELECT octet_length(r.data::text) FROM records r
                       WHERE r.org_id = $1 AND r.seq = n.seq)
                ELSE (SELECT COALESCE(octet_length(c.server_value::text), 0)
                           + COALESCE(octet_length(c.client_value::text), 0)
                        FROM sync_conflicts c WHERE c.org_id = $1 AND c.seq = n.seq)
              END AS bytes
         FROM next n ORDER BY n.seq`,
      [auth.orgId, req.checkpoint, req.limit + 1],
    );
    const taken = pageLength(seqs, req.limit);
    const hasMore = seqs.length > taken;
    const upTo = seqs[taken - 1]?.seq ?? req.checkpoint;
    const records = await tx.query<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM records
        WHERE org_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq`,
      [auth.orgId, req.checkpoint, upTo],
    );
    const conflicts = await tx.query<ConflictRow>(
      `${CONFLICT_SELECT} WHERE c.org_id = $1 AND c.seq > $2 AND c.seq <= $3 ORDER BY c.seq`,
      [auth.orgId, req.checkpoint, upTo],
    );
    return {
      serverId: meta.server_id,
      records: records.map(toRecordState),
      conflicts: conflicts.map(toConflict),
      checkpoint: upTo,
      hasMore,
      lastClientSeq: meta.last_client_seq,
      policy: await getPolicy(tx, auth.orgId),
      partners: await tx.query<Partner>(
        'SELECT id, name, kind FROM organisations WHERE id <> $1 ORDER BY name',
        [auth.orgId],
      ),
    };
  });
}
