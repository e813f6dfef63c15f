import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  DIRECTORY_MAX_OFFERS,
  directoryQuerySchema,
  type DirectoryChangeResponse,
  type DirectoryOfferResponse,
  type DirectoryResponse,
} from '../../protocol';
import { supportOfferInputSchema, supportOfferSchema } from '../../domain/directory';
import { KREIS_UNNA_EXAMPLE } from '../../content/directory/kreisUnnaExample';
import type { ServerContext } from '../context';
import type { Queryable } from '../db/database';
import { writeRequestAudit } from '../audit';
import { HttpError, parseBody } from '../http/errors';
import { authOf, requireAuth } from '../accounts/guard';
import {
  bumpVersion,
  deleteOffer,
  directoryVersion,
  listOffers,
  offerExists,
  putOffer,
} from './directoryStore';

const idParams = z.strictObject({ id: z.uuid() });

/**
 * The organisation's support directory. Reading is for everyone who counsels (and the
 * admin, who maintains it); changing is for the admin only, online, within the admin's own
 * organisation (another organisation's offer is "not found"). Every change validates the
 * offer with the domain schema, raises the directory version and writes its audit row in
 * one transaction: on any failure nothing changes.
 */
export function directoryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db, clock } = ctx;
  const readers = { preHandler: requireAuth(ctx, ['counsellor', 'team-lead', 'admin']) };
  const admins = { preHandler: requireAuth(ctx, ['admin']) };

  const audit = (tx: Queryable, request: FastifyRequest, id: string, action: string) =>
    writeRequestAudit(tx, request, clock(), { entity: 'directory-offer', entityId: id, action });

  app.get('/api/directory', readers, async (request): Promise<DirectoryResponse> => {
    const { since } = parseBody(directoryQuerySchema, request.query);
    const orgId = authOf(request).orgId;
    // Version and offers are read in one transaction so they belong together.
    return db.transaction(async (tx) => {
      const version = await directoryVersion(tx, orgId);
      if (since === version) return { version, unchanged: true };
      return { version, offers: await listOffers(tx, orgId) };
    });
  });

  app.post('/api/admin/directory/offers', admins, async (request, reply) => {
    const input = parseBody(supportOfferInputSchema, request.body);
    const offer = supportOfferSchema.parse({ ...input, id: randomUUID() });
    const auth = authOf(request);
    const response: DirectoryOfferResponse = await db.transaction(async (tx) => {
      const [count] = await tx.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM directory_offers WHERE org_id = $1',
        [auth.orgId],
      );
      if ((count?.n ?? 0) >= DIRECTORY_MAX_OFFERS) {
        throw new HttpError(409, 'directory_full', 'The directory has reached its size limit.');
      }
      await putOffer(tx, auth.orgId, offer, auth.userId, clock());
      await audit(tx, request, offer.id, 'create-directory-offer');
      return { version: await bumpVersion(tx, auth.orgId, clock()), offer };
    });
    return reply.code(201).send(response);
  });

  app.put(
    '/api/admin/directory/offers/:id',
    admins,
    async (request): Promise<DirectoryOfferResponse> => {
      const { id } = parseBody(idParams, request.params);
      const offer = supportOfferSchema.parse({
        ...parseBody(supportOfferInputSchema, request.body),
        id,
      });
      const auth = authOf(request);
      return db.transaction(async (tx) => {
        if (!(await offerExists(tx, auth.orgId, id))) {
          throw new HttpError(404, 'not_found', 'No such offer in your organisation.');
        }
        await putOffer(tx, auth.orgId, offer, auth.userId, clock());
        await audit(tx, request, id, 'update-directory-offer');
        return { version: await bumpVersion(tx, auth.orgId, clock()), offer };
      });
    },
  );

  app.delete(
    '/api/admin/directory/offers/:id',
    admins,
    async (request): Promise<DirectoryChangeResponse> => {
      const { id } = parseBody(idParams, request.params);
      const auth = authOf(request);
      return db.transaction(async (tx) => {
        if (!(await deleteOffer(tx, auth.orgId, id))) {
          throw new HttpError(404, 'not_found', 'No such offer in your organisation.');
        }
        await audit(tx, request, id, 'delete-directory-offer');
        return { version: await bumpVersion(tx, auth.orgId, clock()) };
      });
    },
  );

  // Idempotent: adds the example offers that are missing and leaves the others (also any the
  // administrator has edited) as they are; nothing added means no new version.
  app.post(
    '/api/admin/directory/example',
    admins,
    async (request): Promise<DirectoryChangeResponse> => {
      const auth = authOf(request);
      return db.transaction(async (tx) => {
        let loaded = 0;
        for (const example of KREIS_UNNA_EXAMPLE) {
          const offer = supportOfferSchema.parse(example);
          if (await putOffer(tx, auth.orgId, offer, auth.userId, clock(), { onlyNew: true })) {
            loaded += 1;
            await audit(tx, request, offer.id, 'load-example-directory-offer');
          }
        }
        const version =
          loaded > 0
            ? await bumpVersion(tx, auth.orgId, clock())
            : await directoryVersion(tx, auth.orgId);
        return { version, loaded };
      });
    },
  );
}
