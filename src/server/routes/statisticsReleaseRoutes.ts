import type { FastifyInstance } from 'fastify';
import {
  publicationQuerySchema,
  releaseParamsSchema,
  type Release,
  type ReleaseList,
} from '../../protocol';
import { CATALOGUE_VERSION } from '../../domain';
import type { ServerContext } from '../context';
import { HttpError, parseBody } from '../http/errors';
import { authOf, requireAuth } from '../accounts/guard';
import { writeRequestAudit } from '../audit';
import { officeOfRequest } from '../statistics/officeGuard';
import { officePublication } from '../statistics/officePublication';
import {
  insertRelease,
  listReleases,
  quarterEnded,
  releasedPublication,
} from '../statistics/releaseStore';

/**
 * Released publications of a statistics office (issue 27, ARCHITECTURE.md "Statistics across
 * organisations"). The office's admin releases a quarter once it has ended; the publication is
 * computed then and frozen (migration 0013). Office accounts read released quarters only —
 * there is no preview of an unreleased one: two answers for the same quarter that differ in
 * one source would give that source's counts away.
 */
export function statisticsReleaseRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  threshold: number,
): void {
  const { db, clock } = ctx;
  const requireOffice = officeOfRequest(db);

  app.get(
    '/api/statistics-office/publications',
    { preHandler: requireAuth(ctx, ['statistics', 'admin']) },
    async (request): Promise<ReleaseList> => {
      const office = await requireOffice(request);
      const rows = await listReleases(db, office.id);
      return {
        releases: rows.map((r) => ({
          quarter: r.quarter,
          releasedAt: r.releasedAt.toISOString(),
          catalogueVersion: r.catalogueVersion,
        })),
      };
    },
  );

  // Computed exactly once, from what is in force now, and frozen: a second computation of the
  // same quarter after an opt-in, a withdrawal or a corrected report could be subtracted from
  // this one cell by cell. Hence no preview either, and no release before the quarter is over.
  app.post(
    '/api/statistics-office/publications/:quarter/release',
    { preHandler: requireAuth(ctx, ['admin']) },
    async (request, reply) => {
      const office = await requireOffice(request);
      const { quarter } = parseBody(releaseParamsSchema, request.params);
      const auth = authOf(request);
      const now = clock();
      if (!quarterEnded(quarter, now)) {
        throw new HttpError(
          409,
          'quarter_not_ended',
          'This quarter has not ended yet; release it once all its reports are in.',
        );
      }
      const releasedAt = await db.transaction(async (tx) => {
        const publication = await officePublication(tx, office.id, quarter, threshold);
        const id = await insertRelease(tx, {
          officeId: office.id,
          publication,
          userId: auth.userId,
          now,
        });
        if (!id) return undefined;
        // The audit row names the release, never its figures.
        await writeRequestAudit(tx, request, now, {
          entity: 'statistics-publication',
          entityId: id,
          action: 'release',
        });
        return now;
      });
      if (!releasedAt) {
        throw new HttpError(
          409,
          'already_released',
          'This quarter is released already; a released publication never changes.',
        );
      }
      const answer: Release = {
        quarter,
        releasedAt: releasedAt.toISOString(),
        catalogueVersion: CATALOGUE_VERSION,
      };
      return reply.status(201).send(answer);
    },
  );

  // The released publication exactly as stored, whatever happened since.
  app.get(
    '/api/statistics-office/publication',
    { preHandler: requireAuth(ctx, ['statistics', 'admin']) },
    async (request) => {
      const office = await requireOffice(request);
      const { quarter } = parseBody(publicationQuerySchema, request.query);
      const released = await releasedPublication(db, office.id, quarter);
      if (released === undefined) {
        throw new HttpError(
          404,
          'not_released',
          'The statistics office has not released this quarter yet.',
        );
      }
      return released;
    },
  );
}
