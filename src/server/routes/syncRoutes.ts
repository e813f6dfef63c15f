import type { FastifyInstance } from 'fastify';
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
import { loadRecord, toRecordState } from '../replication/recordStore';
import { CONFLICT_SELECT, toConflict, type ConflictRow } from '../replication/conflicts';

const idParams = z.strictObject({ id: z.uuid() });

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
      const body = parseBody(pushRequestSchema, request.body);
      return applyPush(ctx, authOf(request), body, (code) => {
        request.log.warn({ sqlstate: code }, 'mutation refused by the database');
      });
    },
  );

  app.post('/api/sync/pull', { preHandler: guard }, async (request): Promise<PullResponse> => {
    const body = parseBody(pullRequestSchema, request.body);
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
