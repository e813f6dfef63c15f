import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { eraseCaseRequestSchema, type DeletionResult } from '../../protocol';
import type { ServerContext } from '../context';
import { writeRequestAudit } from '../audit';
import { HttpError, parseBody } from '../http/errors';
import { authOf, recordRoles, requireAuth } from '../accounts/guard';
import { processDeliveries } from '../referrals/deliveries';
import { eraseCase } from '../retention/erasure';
import { getRetentionSettings } from '../retention/settings';
import { buildAccessExport, type AccessExport } from './accessExport';

const caseParams = z.strictObject({ caseId: z.uuid() });

const notFound = () => new HttpError(404, 'not_found', 'No such case in your organisation.');

/**
 * Data subject requests for one case of the caller's organisation.
 *
 * - `GET /api/privacy/cases/:caseId/export` (Art. 15): the administrator, or — where the
 *   organisation allows it (`counsellorAccessExport`) — a counsellor or team lead. Built on
 *   the server from its decrypted records (accessExport.ts); the export itself is audited
 *   (`access-export`, who and when) in the same transaction that reads it. Never cached.
 * - `POST /api/admin/cases/:caseId/erase` (Art. 17, admin only): deletes the case with
 *   everything of it (retention/erasure.ts, one transaction with its audit rows and the
 *   deletion log). Refused with 409 `legal_basis_required` where the organisation keeps its
 *   files under a statutory retention duty, unless the request names the legal basis that
 *   allows it (recorded as a code in the deletion log). 404 for a case the organisation does
 *   not hold (or no longer holds).
 */
export function privacyRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    '/api/privacy/cases/:caseId/export',
    { preHandler: requireAuth(ctx, ['admin', ...recordRoles]) },
    async (request): Promise<AccessExport> => {
      const { caseId } = parseBody(caseParams, request.params);
      const auth = authOf(request);
      if (!auth.roles.includes('admin')) {
        const settings = await getRetentionSettings(ctx.db, auth.orgId);
        if (!settings.counsellorAccessExport) {
          throw new HttpError(
            403,
            'export_not_allowed',
            'Your organisation lets only administrators produce access exports.',
          );
        }
      }
      const at = ctx.clock();
      const result = await ctx.db.transaction(async (tx) => {
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
        const built = await buildAccessExport(tx, {
          orgId: auth.orgId,
          caseId,
          at,
          by: { userId: auth.userId, roles: [...auth.roles] },
        });
        if (built) {
          await writeRequestAudit(tx, request, at, {
            entity: 'case',
            entityId: caseId,
            action: 'access-export',
          });
        }
        return built;
      });
      if (!result) throw notFound();
      return result;
    },
  );

  app.post(
    '/api/admin/cases/:caseId/erase',
    { preHandler: requireAuth(ctx, ['admin']) },
    async (request): Promise<DeletionResult> => {
      const { caseId } = parseBody(caseParams, request.params);
      const { legalBasis } = parseBody(eraseCaseRequestSchema, request.body ?? {});
      const auth = authOf(request);
      const settings = await getRetentionSettings(ctx.db, auth.orgId);
      if (settings.statutoryRetention && !legalBasis) {
        throw new HttpError(
          409,
          'legal_basis_required',
          'Files of this organisation are kept under a statutory retention duty. Name the legal basis that allows deleting this case.',
        );
      }
      const counts = await ctx.db.transaction((tx) =>
        eraseCase(tx, {
          orgId: auth.orgId,
          caseId,
          at: ctx.clock(),
          cause: { reason: 'art17', legalBasis: legalBasis ?? null, by: auth.userId },
        }),
      );
      if (!counts) throw notFound();
      // Copies at recipient organisations: now, or at the next push or pull if this fails.
      await processDeliveries(ctx).catch(() => 0);
      return { targets: 1, counts };
    },
  );
}
