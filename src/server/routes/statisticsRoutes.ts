import type { FastifyInstance } from 'fastify';
import { statisticsQuerySchema, type Role, type StatisticsResponse } from '../../protocol';
import type { ServerContext } from '../context';
import { parseBody } from '../http/errors';
import { authOf, requireAuth } from '../accounts/guard';
import { organisationStatistics } from '../statistics/organisationStatistics';

/**
 * Who may read the organisation's aggregates. The statistics role exists for exactly this and
 * sees nothing else (sync and record reads answer 403); team leads and admins see them too.
 * Counsellors see their own device's figures in the app instead.
 */
export const statisticsRoles: readonly Role[] = ['statistics', 'team-lead', 'admin'];

/**
 * `GET /api/statistics?from=YYYY-Qn&to=YYYY-Qn`: suppressed aggregates of the caller's
 * organisation per quarter. The threshold is the server's, never the request's: two answers
 * with different thresholds could be subtracted from each other.
 */
export function statisticsRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  threshold: number,
): void {
  app.get(
    '/api/statistics',
    { preHandler: requireAuth(ctx, statisticsRoles) },
    async (request): Promise<StatisticsResponse> => {
      // No-store like every API answer (security.ts).
      const query = parseBody(statisticsQuerySchema, request.query);
      return organisationStatistics(ctx.db, authOf(request).orgId, query, threshold);
    },
  );
}
