import type { FastifyRequest } from 'fastify';
import type { Queryable } from './db/database';
import { authOf } from './accounts/guard';

export type AuditEntry = {
  at: Date;
  orgId: string;
  userId: string | null;
  clientId: string | null;
  entity: string;
  entityId: string;
  action: string;
  rev?: number | null;
  mutationId?: string | null;
};

/**
 * Appends one audit row: who, which device, which organisation, what was done to which
 * record — never field values. Call it with the transaction that makes the change, so the
 * change and its audit row commit or roll back together. If the insert fails, the caller's
 * transaction fails with it.
 */
export async function writeAudit(tx: Queryable, e: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (at, org_id, user_id, client_id, entity, entity_id, action, rev, mutation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      e.at,
      e.orgId,
      e.userId,
      e.clientId,
      e.entity,
      e.entityId,
      e.action,
      e.rev ?? null,
      e.mutationId ?? null,
    ],
  );
}

/**
 * The audit row of a change an authenticated request makes: the caller's organisation, user
 * and device come from the request (behind `requireAuth`). Same transaction rule as above.
 */
export function writeRequestAudit(
  tx: Queryable,
  request: FastifyRequest,
  at: Date,
  entry: Pick<AuditEntry, 'entity' | 'entityId' | 'action' | 'rev'>,
): Promise<void> {
  const auth = authOf(request);
  return writeAudit(tx, {
    at,
    orgId: auth.orgId,
    userId: auth.userId,
    clientId: auth.clientId,
    ...entry,
  });
}
