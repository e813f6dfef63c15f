import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  contributionRequestSchema,
  registerContributorSchema,
  signedStatisticsReportSchema,
  type ContributorList,
  type ReportUploadResponse,
  type StatisticsOfficeList,
} from '../../protocol';
import {
  CATALOGUE_VERSION,
  isKnownCatalogueVersion,
  rawTablesOfReport,
  ReportTablesError,
} from '../../domain';
import { canonicalJson } from '../../protocol';
import { statisticsVocabulary } from '../../content/statisticsVocabulary';
import type { ServerContext } from '../context';
import { HttpError, parseBody } from '../http/errors';
import { authOf, requireAuth } from '../accounts/guard';
import { writeAudit, writeRequestAudit } from '../audit';
import {
  currentReport,
  getOffice,
  insertContributor,
  insertReport,
  listContributors,
  listOffices,
  orgKind,
  registrationsOf,
  revokeContributor,
  setContribution,
} from '../statistics/officeStore';
import { parsePublicKey, verifyReport } from '../statistics/reportSigning';
import { isReleased } from '../statistics/releaseStore';
import { notAnOffice, officeOfRequest } from '../statistics/officeGuard';
import { statisticsReleaseRoutes } from './statisticsReleaseRoutes';

const officeParams = z.strictObject({ officeId: z.uuid() });
const contributorParams = z.strictObject({ contributorId: z.uuid() });

/**
 * The statistics office across organisations (issue 27).
 * - Admins of other organisations opt in to (and out of) an office on this server.
 * - The office's admin registers contributors on other servers with their public key.
 * - Contributors upload signed quarterly reports; the signature is the credential.
 * - The office's admin releases a quarter once it has ended; its publication is computed
 *   then and frozen. Office accounts (statistics, admin) read released publications only:
 *   suppressed aggregates, the same every time. Office accounts hold no record roles (routes/admin.ts refuses them), so
 *   every record route answers them 403.
 */
export function statisticsOfficeRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  threshold: number,
): void {
  const { db, clock } = ctx;
  const requireOffice = officeOfRequest(db);

  app.get(
    '/api/admin/statistics-offices',
    { preHandler: requireAuth(ctx, ['admin']) },
    async (request): Promise<StatisticsOfficeList> => ({
      offices: await listOffices(db, authOf(request).orgId),
    }),
  );

  app.put(
    '/api/admin/statistics-offices/:officeId/contribution',
    { preHandler: requireAuth(ctx, ['admin']) },
    async (request, reply) => {
      const { officeId } = parseBody(officeParams, request.params);
      const { contribute } = parseBody(contributionRequestSchema, request.body);
      const auth = authOf(request);
      if ((await orgKind(db, auth.orgId)) === 'statistics-office') throw notAnOffice();
      if (!(await getOffice(db, officeId))) {
        throw new HttpError(404, 'not_found', 'No such statistics office on this server.');
      }
      const now = clock();
      await db.transaction(async (tx) => {
        const change = { orgId: auth.orgId, officeId, userId: auth.userId, contribute, now };
        if (!(await setContribution(tx, change))) return;
        const action = contribute ? 'opt-in' : 'withdraw';
        await writeRequestAudit(tx, request, now, {
          entity: 'statistics-contribution',
          entityId: officeId,
          action,
        });
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/statistics-office/contributors',
    { preHandler: requireAuth(ctx, ['admin']) },
    async (request): Promise<ContributorList> => {
      const office = await requireOffice(request);
      const rows = await listContributors(db, office.id);
      return {
        contributors: rows.map((r) => ({
          id: r.id,
          orgId: r.orgId,
          name: r.name,
          registeredAt: r.registeredAt.toISOString(),
          revokedAt: r.revokedAt?.toISOString() ?? null,
          quarters: r.quarters,
        })),
      };
    },
  );

  app.post(
    '/api/statistics-office/contributors',
    { preHandler: requireAuth(ctx, ['admin']) },
    async (request, reply) => {
      const office = await requireOffice(request);
      const body = parseBody(registerContributorSchema, request.body);
      if (!parsePublicKey(body.publicKey)) {
        throw new HttpError(
          400,
          'invalid_request',
          'Invalid request: publicKey: not an Ed25519 key',
        );
      }
      const now = clock();
      const id = await db.transaction(async (tx) => {
        const created = await insertContributor(tx, { officeId: office.id, ...body, now });
        if (created) {
          await writeRequestAudit(tx, request, now, {
            entity: 'statistics-contributor',
            entityId: created,
            action: 'register',
          });
        }
        return created;
      });
      if (!id) {
        throw new HttpError(
          409,
          'contributor_exists',
          'This organisation is registered already; revoke it first to change its key.',
        );
      }
      return reply.status(201).send({ id });
    },
  );

  app.delete(
    '/api/statistics-office/contributors/:contributorId',
    { preHandler: requireAuth(ctx, ['admin']) },
    async (request, reply) => {
      const office = await requireOffice(request);
      const { contributorId } = parseBody(contributorParams, request.params);
      const now = clock();
      const done = await db.transaction(async (tx) => {
        if (!(await revokeContributor(tx, office.id, contributorId, now))) return false;
        await writeRequestAudit(tx, request, now, {
          entity: 'statistics-contributor',
          entityId: contributorId,
          action: 'revoke',
        });
        return true;
      });
      if (!done) throw new HttpError(404, 'not_found', 'No such active contributor.');
      return reply.status(204).send();
    },
  );

  // No session: the signature against a registered key is the credential. Refused before
  // anything is stored unless the signature holds, the catalogue is known and the tables fit.
  app.post('/api/statistics-office/reports', async (request): Promise<ReportUploadResponse> => {
    const signed = parseBody(signedStatisticsReportSchema, request.body);
    const { report } = signed;
    const registrations = (await registrationsOf(db, report.contributor.orgId)).filter((r) => {
      const key = parsePublicKey(r.publicKey);
      return key !== undefined && verifyReport(signed, key);
    });
    if (registrations.length === 0) {
      throw new HttpError(
        403,
        'signature_invalid',
        'The report is not signed with the key registered for its organisation (altered, forged, or not registered here).',
      );
    }
    if (!isKnownCatalogueVersion(report.catalogueVersion)) {
      throw new HttpError(
        422,
        'unknown_catalogue_version',
        `The report was counted with an indicator catalogue this server does not know; it reads ${CATALOGUE_VERSION}. Produce the report with a release that counts ${CATALOGUE_VERSION}, or update the office's server.`,
      );
    }
    try {
      rawTablesOfReport(report.tables, statisticsVocabulary());
    } catch (error) {
      if (!(error instanceof ReportTablesError)) throw error;
      throw new HttpError(
        422,
        'invalid_report',
        `The report's tables do not fit the catalogue: ${error.message}`,
      );
    }
    const createdAt = new Date(report.createdAt);
    const now = clock();
    let replaced = false;
    let affectsRelease = false;
    await db.transaction(async (tx) => {
      for (const registration of registrations) {
        // Stored and kept either way; a released quarter stays as released (frozen).
        if (!(await isReleased(tx, registration.officeId, report.quarter))) affectsRelease = true;
        const current = await currentReport(tx, registration.id, report.quarter);
        if (current?.signature === signed.signature) continue; // the same report again
        if (current && current.createdAt.getTime() >= createdAt.getTime()) {
          throw new HttpError(
            409,
            'report_outdated',
            'A report made later for this quarter is in force already.',
          );
        }
        const stored = await insertReport(tx, {
          contributorId: registration.id,
          quarter: report.quarter,
          catalogueVersion: report.catalogueVersion,
          createdAt,
          report: canonicalJson(report),
          signature: signed.signature,
          now,
        });
        replaced ||= stored.replaced;
        await writeAudit(tx, {
          at: now,
          orgId: registration.officeId,
          userId: null,
          clientId: null,
          entity: 'statistics-report',
          entityId: stored.id,
          action: stored.replaced ? 'replace' : 'receive',
        });
      }
    });
    return { quarter: report.quarter, replaced, affectsRelease };
  });

  statisticsReleaseRoutes(app, ctx, threshold);
}
