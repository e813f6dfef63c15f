import {
  unsafeTextPath,
  type Mutation,
  type MutationResult,
  type PushRequest,
  type PushResponse,
} from '../../protocol';
import type { Queryable } from '../db/database';
import type { AuthContext } from '../accounts/sessions';
import type { ServerContext } from '../context';
import { writeAudit } from '../audit';
import { HttpError } from '../http/errors';
import { decide } from './decide';
import { loadRecord, nextSeq, toStored, writeRecord, type RecordRow } from './recordStore';
import { insertConflicts, resolveConflict } from './conflicts';
import { screenMutation } from '../referrals/referralPolicy';

type Applied = { result: MutationResult; dbErrorCode?: string };

/**
 * Applies a batch exactly once, in ONE transaction (all of it or, on an unexpected error,
 * nothing — the client re-sends the identical batch):
 *
 * 1. Lock the device row: batches of one device are serialised; revoked → 401.
 * 2. Mutations with clientSeq ≤ last_client_seq were applied before: their stored results
 *    are returned (a re-sent batch or a response lost after commit). A different mutationId
 *    under a known clientSeq is a client bug → 409, nothing applied.
 * 3. A first new clientSeq other than last+1 is a gap → 409, nothing applied.
 * 4. New mutations run under the organisation's counter lock (taken before reading any
 *    record, so nobody else's change can slip in between read and write). Each runs in a
 *    savepoint: if the database refuses it (constraint, trigger) its record, audit and
 *    conflict rows roll back together and its result is `rejected: invalid`; the batch goes on.
 *    A mutation whose field values hold NUL characters or unpaired surrogates is
 *    `rejected: invalid` before it is tried (its field path is logged, never its value).
 * 5. Results are stored and last_client_seq advances in the same transaction.
 *
 * READ COMMITTED (the default) is deliberate: after waiting for the counter lock every
 * statement sees the latest committed rows; REPEATABLE READ would read a snapshot from
 * before the wait and fail with serialisation errors instead.
 */
export async function applyPush(
  ctx: ServerContext,
  auth: AuthContext,
  req: PushRequest,
  onReject: (why: { sqlstate?: string; field?: string }) => void = () => undefined,
): Promise<PushResponse> {
  if (req.clientId !== auth.clientId) {
    throw new HttpError(403, 'client_mismatch', 'clientId is not the device of this session.');
  }
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const [device] = await tx.query<{ last_client_seq: number; revoked_at: Date | null }>(
      'SELECT last_client_seq, revoked_at FROM devices WHERE client_id = $1 FOR UPDATE',
      [auth.clientId],
    );
    if (!device || device.revoked_at) {
      throw new HttpError(
        401,
        'device_revoked',
        'This device has been revoked by an administrator.',
      );
    }
    const last = device.last_client_seq;
    const known = req.mutations.filter((m) => m.clientSeq <= last);
    const fresh = req.mutations.filter((m) => m.clientSeq > last);
    const firstFresh = fresh[0];
    if (firstFresh && firstFresh.clientSeq !== last + 1) {
      throw new HttpError(
        409,
        'client_seq_gap',
        `Expected clientSeq ${last + 1} next, got ${firstFresh.clientSeq}. Re-send from ${last + 1}.`,
      );
    }
    const results = await storedResults(tx, auth.clientId, known);
    if (firstFresh) {
      // The counter lock, before any record is read (see above).
      await tx.query('SELECT seq FROM org_counter WHERE org_id = $1 FOR UPDATE', [auth.orgId]);
      for (const m of fresh) {
        const unsafe = 'fields' in m && m.fields ? unsafeTextPath(m.fields) : undefined;
        const { result, dbErrorCode } = unsafe
          ? { result: rejectedInvalid(m, unsafe.join('.').slice(0, 500)), dbErrorCode: undefined }
          : await applyInSavepoint(tx, auth, m, now);
        if (unsafe) onReject({ field: unsafe.join('.') });
        if (dbErrorCode) onReject({ sqlstate: dbErrorCode });
        await tx.query(
          `INSERT INTO applied_mutations (client_id, client_seq, mutation_id, result, applied_at)
           VALUES ($1, $2, $3, $4::text::jsonb, $5)`,
          [auth.clientId, m.clientSeq, m.mutationId, JSON.stringify(result), now],
        );
        results.push(result);
      }
    }
    const lastClientSeq = Math.max(last, fresh.at(-1)?.clientSeq ?? 0);
    await tx.query(
      'UPDATE devices SET last_client_seq = $2, last_seen_at = $3 WHERE client_id = $1',
      [auth.clientId, lastClientSeq, now],
    );
    return { results, lastClientSeq };
  });
}

async function storedResults(
  tx: Queryable,
  clientId: string,
  known: readonly Mutation[],
): Promise<MutationResult[]> {
  if (known.length === 0) return [];
  const rows = await tx.query<{ client_seq: number; mutation_id: string; result: MutationResult }>(
    `SELECT client_seq, mutation_id, result FROM applied_mutations
      WHERE client_id = $1 AND client_seq = ANY($2::int[])`,
    [clientId, known.map((m) => m.clientSeq)],
  );
  const bySeq = new Map(rows.map((r) => [r.client_seq, r]));
  return known.map((m) => {
    const row = bySeq.get(m.clientSeq);
    if (row?.mutation_id !== m.mutationId) {
      throw new HttpError(
        409,
        'client_seq_reused',
        `clientSeq ${m.clientSeq} was already used for another mutation.`,
      );
    }
    return row.result;
  });
}

/** SQLSTATE classes meaning "the database refuses this data", not "the database is broken". */
function isDataRefusal(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  return code === 'P0001' || code.startsWith('22') || code.startsWith('23') ? code : undefined;
}

async function applyInSavepoint(
  tx: Queryable,
  auth: AuthContext,
  m: Mutation,
  now: Date,
): Promise<Applied> {
  await tx.query('SAVEPOINT mutation');
  try {
    const result = await applyMutation(tx, auth, m, now);
    await tx.query('RELEASE SAVEPOINT mutation');
    return { result };
  } catch (error) {
    const code = isDataRefusal(error);
    if (!code) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT mutation');
    return { result: rejectedInvalid(m), dbErrorCode: code };
  }
}

const rejectedInvalid = (m: Mutation, field?: string): MutationResult => ({
  mutationId: m.mutationId,
  clientSeq: m.clientSeq,
  status: 'rejected',
  reason: 'invalid',
  ...(field === undefined ? {} : { field }),
});

async function referenceOk(tx: Queryable, orgId: string, m: Mutation): Promise<boolean> {
  if (m.entity !== 'consent-revocation' || m.kind !== 'create') return true;
  const consentId = m.fields.consentId;
  if (typeof consentId !== 'string' || !/^[0-9a-f-]{36}$/i.test(consentId)) return false;
  const rows = await tx.query(
    `SELECT 1 FROM records WHERE org_id = $1 AND id = $2 AND entity = 'consent'
        AND content_hash IS NOT NULL AND NOT deleted`,
    [orgId, consentId],
  );
  return rows.length === 1;
}

/**
 * Whether finalised sessions, signed consents or revocations refer to the case a delete
 * targets (then the case is kept: see deletion.ts). Asked only for deletes of live cases,
 * under the counter lock, so no finalisation can commit between this read and the delete.
 */
async function caseHasHistory(
  tx: Queryable,
  orgId: string,
  m: Mutation,
  row: RecordRow | undefined,
): Promise<boolean> {
  if (m.kind !== 'delete' || row?.entity !== 'case' || row.deleted) return false;
  const rows = await tx.query(
    `SELECT 1 FROM records
      WHERE org_id = $1 AND NOT deleted AND data->>'caseId' = $2
        AND ((entity = 'session' AND data->>'status' IS DISTINCT FROM 'draft')
             OR (entity = 'consent' AND content_hash IS NOT NULL)
             OR entity = 'consent-revocation')
      LIMIT 1`,
    [orgId, m.entityId],
  );
  return rows.length > 0;
}

async function applyMutation(
  tx: Queryable,
  auth: AuthContext,
  m: Mutation,
  now: Date,
): Promise<MutationResult> {
  const row = await loadRecord(tx, auth.orgId, m.entityId);
  const screening = await screenMutation(tx, auth, m, row, now);
  if (screening.reason) {
    return {
      mutationId: m.mutationId,
      clientSeq: m.clientSeq,
      status: 'rejected',
      reason: screening.reason,
    };
  }
  const decision = decide(row ? toStored(row) : undefined, m, {
    referenceOk: await referenceOk(tx, auth.orgId, m),
    roles: auth.roles,
    caseHasHistory: await caseHasHistory(tx, auth.orgId, m, row),
  });
  const audit = { at: now, orgId: auth.orgId, userId: auth.userId, clientId: auth.clientId };
  if (decision.write) {
    await writeRecord(tx, {
      ...decision.write,
      orgId: auth.orgId,
      id: m.entityId,
      entity: m.entity,
      exists: row !== undefined,
      seq: await nextSeq(tx, auth.orgId),
      now,
      userId: auth.userId,
    });
    await writeAudit(tx, {
      ...audit,
      entity: m.entity,
      entityId: m.entityId,
      action: m.kind,
      rev: decision.write.rev,
      mutationId: m.mutationId,
    });
  }
  if (screening.after && (decision.status === 'applied' || decision.status === 'merged')) {
    await screening.after(tx);
  }
  const conflictIds = await insertConflicts(
    tx,
    auth,
    m,
    decision.conflicts,
    now,
    row?.updated_by ?? null,
  );
  if (m.kind !== 'create' && m.kind !== 'sign' && m.resolvesConflictId && decision.mayResolve) {
    await resolveConflict(tx, auth, m, m.resolvesConflictId, now);
  }
  return {
    mutationId: m.mutationId,
    clientSeq: m.clientSeq,
    status: decision.status,
    ...(decision.rev === undefined ? {} : { rev: decision.rev }),
    ...(decision.reason ? { reason: decision.reason } : {}),
    ...(conflictIds.length > 0 ? { conflictIds } : {}),
  };
}
