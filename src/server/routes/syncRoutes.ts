import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  pullRequestSchema,
  pushRequestSchema,
  syncLimits,
  type PullResponse,
  type PushResponse,
  type RecordResponse,
} from '../../protocol';
import type { ServerContext } from '../context';
import { HttpError, parseBody } from '../http/errors';
import { authOf, recordRoles, requireAuth } from '../accounts/guard';
import { applyPush } from '../replication/push';
import { pullPage } from '../replication/pull';
import { processDeliveries } from '../referrals/deliveries';
import { loadRecord, toRecordState } from '../replication/recordStore';
import { CONFLICT_SELECT, toConflict, type ConflictRow } from '../replication/conflicts';

const idParams = z.strictObject({ id: z.uuid() });

/**
 * Copies between organisations (referrals) after a push committed and before a pull reads:
 * a failure is logged (code only) and does not fail the request — the delivery stays
 * pending and the next push or pull applies it.
 */
async function deliverPending(ctx: ServerContext, request: FastifyRequest): Promise<void> {
  try {
    await processDeliveries(ctx);
  } catch (error) {
    request.log.error({ code: (error as { code?: unknown }).code }, 'referral delivery failed');
  }
}

/**
 * Sync endpoints and direct record reads, for record roles only (statistics and admin-only
 * accounts get 403). Everything is scoped by the session's organisation: another
 * organisation's ids are simply "not found".
 */
export function syncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = requireAuth(ctx, recordRoles);

  app.post(
    '/api/sync/push',
    { preHandler: guard, bodyLimit: syncLimits.maxPushBytes },
    async (request): Promise<PushResponse> => {
      // The envelope is ids, numbers and enums (schema); field values are checked for unsafe
      // text per mutation (push.ts), so one bad value cannot block the device's queue.
      const body = parseBody(pushRequestSchema, request.body, { checkText: false });
      const response = await applyPush(ctx, authOf(request), body, (why) => {
        request.log.warn(why, 'mutation refused as invalid');
      });
      ctx.metrics?.pushResults(response.results);
      await deliverPending(ctx, request);
      return response;
    },
  );

  app.post('/api/sync/pull', { preHandler: guard }, async (request): Promise<PullResponse> => {
    const body = parseBody(pullRequestSchema, request.body);
    await deliverPending(ctx, request);
    return pullPage(ctx, authOf(request), body);
  });

  app.get('/api/records/:id', { preHandler: guard }, async (request): Promise<RecordResponse> => {
    const { id } = parseBody(idParams, request.params);
    const row = await loadRecord(ctx.db, authOf(request).orgId, id);
    if (!row) throw new HttpError(404, 'not_found', 'No such record.');
    return { record: toRecordState(row) };
  });

  app.get('/api/conflicts/:id', { preHandler: guard }, async (request) => {
    const { id } = parseBody(idParams, request.params);
    const [row] = await ctx.db.query<ConflictRow>(
      `${CONFLICT_SELECT} WHERE c.org_id = $1 AND c.id = $2`,
      [authOf(request).orgId, id],
    );
    if (!row) throw new HttpError(404, 'not_found', 'No such conflict.');
    return { conflict: toConflict(row) };
  });
}
