import { randomUUID } from 'node:crypto';
import type { DeletedKind, ErasureLegalBasis, RetentionRuleId } from '../../domain/retention/rules';
import type { Queryable } from '../db/database';
import { writeAudit } from '../audit';
import { nextSeq } from '../replication/recordStore';
import { enqueueWithdrawal } from '../referrals/deliveries';

/**
 * Deletion of a case and everything of it, or of one draft conversation, on the server: the
 * records' content is purged and each becomes a tombstone with a fresh feed seq (every device
 * deletes its copy at its next pull, exactly as for a delete through sync), open conflicts of
 * them are resolved with their values purged, referral copies at recipient organisations are
 * withdrawn through the delivery outbox, and the deletion log gets counts only.
 *
 * Runs in the CALLER's transaction (one per case), so the purge, the tombstones, the audit
 * rows and the log commit together or not at all: a failure anywhere leaves everything as it
 * was (test/integration/retention/erasure.test.ts injects one). It first takes the
 * organisation's counter lock — the same lock every push takes — and re-reads what it
 * deletes under it, so no push can add to the case between the check and the purge, and two
 * runners (two server processes) never delete the same case twice.
 */

export type DeletionCause =
  | { reason: 'retention'; rule: RetentionRuleId; by: string | null }
  | { reason: 'art17'; legalBasis: ErasureLegalBasis | null; by: string };

export type DeletionCounts = Partial<Record<DeletedKind, number>>;

type LiveRow = { id: string; entity: DeletedKind | 'referral-inbox'; rev: number };

async function lockOrganisation(tx: Queryable, orgId: string): Promise<void> {
  await tx.query('SELECT seq FROM org_counter WHERE org_id = $1 FOR UPDATE', [orgId]);
}

/**
 * Purges `rows` into tombstones (under the counter lock, in the caller's transaction).
 * Frozen records pass the trigger only because the caller named their case in
 * `perspektive.erasure_case` (see migration 9).
 */
async function tombstone(
  tx: Queryable,
  orgId: string,
  rows: readonly LiveRow[],
  at: Date,
  cause: DeletionCause,
): Promise<void> {
  const action = cause.reason === 'art17' ? 'erase-art17' : 'erase-retention';
  for (const row of rows) {
    await tx.query(
      `UPDATE records SET rev = $3, data = '{}'::jsonb, field_revs = '{}'::jsonb, deleted = true,
              content_hash = NULL, signed_at = NULL, seq = $4, updated_at = $5, updated_by = $6
        WHERE org_id = $1 AND id = $2`,
      [orgId, row.id, row.rev + 1, await nextSeq(tx, orgId), at, cause.by],
    );
    await writeAudit(tx, {
      at,
      orgId,
      userId: cause.by,
      clientId: null,
      entity: row.entity,
      entityId: row.id,
      action,
      rev: row.rev + 1,
    });
  }
  const ids = rows.map((r) => r.id);
  // Conflicts hold field values: resolved, purged, and sent once more so devices drop them.
  const open = await tx.query<{ id: string }>(
    `SELECT id FROM sync_conflicts
      WHERE org_id = $1 AND entity_id = ANY($2::uuid[])
        AND (resolved_at IS NULL OR server_value IS NOT NULL OR client_value IS NOT NULL)`,
    [orgId, ids],
  );
  for (const conflict of open) {
    await tx.query(
      `UPDATE sync_conflicts SET resolved_at = coalesce(resolved_at, $2), server_value = NULL,
              client_value = NULL, seq = $3
        WHERE id = $1`,
      [conflict.id, at, await nextSeq(tx, orgId)],
    );
  }
  await tx.query('DELETE FROM retention_due WHERE org_id = $1 AND target_id = ANY($2::uuid[])', [
    orgId,
    ids,
  ]);
}

/**
 * Referral copies: pending deliveries of these referrals are emptied (their payload holds
 * the person's data and must not be delivered any more), and a withdrawal is queued, which
 * tombstones the recipient's copy if it was delivered (processDeliveries, right after the
 * commit and before every pull).
 */
async function withdrawCopies(tx: Queryable, referralIds: readonly string[], at: Date) {
  if (referralIds.length === 0) return;
  await tx.query(
    `UPDATE referral_deliveries SET done_at = $2, payload = '{}'::jsonb
      WHERE referral_id = ANY($1::uuid[]) AND done_at IS NULL`,
    [referralIds, at],
  );
  for (const id of referralIds) await enqueueWithdrawal(tx, id, at);
}

async function writeLog(
  tx: Queryable,
  orgId: string,
  counts: DeletionCounts,
  at: Date,
  cause: DeletionCause,
): Promise<void> {
  const event = randomUUID();
  for (const [entity, count] of Object.entries(counts)) {
    await tx.query(
      `INSERT INTO deletion_log (org_id, event, at, reason, rule, legal_basis, by_user, entity,
                                 count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        orgId,
        event,
        at,
        cause.reason,
        cause.reason === 'retention' ? cause.rule : null,
        cause.reason === 'art17' ? cause.legalBasis : null,
        cause.by,
        entity,
        count,
      ],
    );
  }
}

function countKinds(rows: readonly LiveRow[]): DeletionCounts {
  const counts: DeletionCounts = {};
  for (const row of rows) {
    if (row.entity === 'referral-inbox') continue;
    counts[row.entity] = (counts[row.entity] ?? 0) + 1;
  }
  return counts;
}

/**
 * The live records of a case: the case itself and every record naming it (`caseId`):
 * conversations, consents, revocations, referrals. Representatives are part of the case.
 */
export async function caseRecords(
  tx: Queryable,
  orgId: string,
  caseId: string,
): Promise<LiveRow[]> {
  return tx.query<LiveRow>(
    `SELECT id, entity, rev FROM records
      WHERE org_id = $1 AND NOT deleted
        AND ((id = $2 AND entity = 'case') OR data->>'caseId' = $3)
        AND entity <> 'referral-inbox'
      ORDER BY CASE WHEN entity = 'case' THEN 1 ELSE 0 END, seq`,
    [orgId, caseId, caseId],
  );
}

/**
 * Deletes a case and everything of it, if it still exists and `stillDue` (re-checked under
 * the lock) says so. Returns the counts, or undefined when there was nothing to delete.
 */
export async function eraseCase(
  tx: Queryable,
  w: {
    orgId: string;
    caseId: string;
    at: Date;
    cause: DeletionCause;
    stillDue?: (tx: Queryable) => Promise<boolean>;
  },
): Promise<DeletionCounts | undefined> {
  await lockOrganisation(tx, w.orgId);
  const rows = await caseRecords(tx, w.orgId, w.caseId);
  if (!rows.some((r) => r.entity === 'case' && r.id === w.caseId)) return undefined;
  if (w.stillDue && !(await w.stillDue(tx))) return undefined;
  await tx.query("SELECT set_config('perspektive.erasure_case', $1, true)", [w.caseId]);
  await tombstone(tx, w.orgId, rows, w.at, w.cause);
  await tx.query("SELECT set_config('perspektive.erasure_case', '', true)");
  await withdrawCopies(
    tx,
    rows.filter((r) => r.entity === 'referral').map((r) => r.id),
    w.at,
  );
  const counts = countKinds(rows);
  await writeLog(tx, w.orgId, counts, w.at, w.cause);
  return counts;
}

/** Deletes one draft conversation if it is still a draft and still due (under the lock). */
export async function eraseDraft(
  tx: Queryable,
  w: {
    orgId: string;
    sessionId: string;
    at: Date;
    cause: DeletionCause;
    stillDue: (tx: Queryable) => Promise<boolean>;
  },
): Promise<DeletionCounts | undefined> {
  await lockOrganisation(tx, w.orgId);
  const rows = await tx.query<LiveRow>(
    `SELECT id, entity, rev FROM records
      WHERE org_id = $1 AND id = $2 AND entity = 'session' AND NOT deleted
        AND data->>'status' = 'draft'`,
    [w.orgId, w.sessionId],
  );
  if (rows.length === 0 || !(await w.stillDue(tx))) return undefined;
  await tombstone(tx, w.orgId, rows, w.at, w.cause);
  const counts = countKinds(rows);
  await writeLog(tx, w.orgId, counts, w.at, w.cause);
  return counts;
}
