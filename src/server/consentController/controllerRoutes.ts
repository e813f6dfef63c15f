import type { FastifyInstance } from 'fastify';
import {
  consentControllerPutSchema,
  versionedQuerySchema,
  type ConsentControllerResponse,
  type ConsentControllerSaved,
} from '../../protocol';
import { ControllerSchema } from '../../domain';
import type { ServerContext } from '../context';
import type { Queryable } from '../db/database';
import { writeRequestAudit } from '../audit';
import { HttpError, parseBody } from '../http/errors';
import { authOf, requireAuth } from '../accounts/guard';

const putSchema = consentControllerPutSchema.extend({ controller: ControllerSchema });

type Stored = { version: number; controller: Record<string, unknown> };

async function read(db: Queryable, orgId: string, forUpdate = false): Promise<Stored | undefined> {
  const [row] = await db.query<Stored>(
    `SELECT version, controller FROM consent_controllers WHERE org_id = $1${
      forUpdate ? ' FOR UPDATE' : ''
    }`,
    [orgId],
  );
  return row;
}

/**
 * The organisation's details for consents. Reading is for every account that takes consents
 * (and the admin); saving is for the admin only, for the admin's own organisation — another
 * organisation's row is never addressed (the organisation comes from the session). A save is
 * validated with the domain schema, must name the version it was edited from, and commits
 * with its audit row in one transaction.
 */
export function consentControllerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db, clock } = ctx;
  const readers = { preHandler: requireAuth(ctx, ['counsellor', 'team-lead', 'admin']) };
  const admins = { preHandler: requireAuth(ctx, ['admin']) };

  app.get(
    '/api/organisation/consent-controller',
    readers,
    async (request): Promise<ConsentControllerResponse> => {
      const { since } = parseBody(versionedQuerySchema, request.query);
      const stored = await read(db, authOf(request).orgId);
      const version = stored?.version ?? 0;
      if (since === version) return { version, unchanged: true };
      return { version, controller: stored?.controller ?? null };
    },
  );

  app.put(
    '/api/admin/organisation/consent-controller',
    admins,
    async (request): Promise<ConsentControllerSaved> => {
      const { baseVersion, controller } = parseBody(putSchema, request.body);
      const auth = authOf(request);
      const now = clock();
      return db.transaction(async (tx) => {
        const previous = await read(tx, auth.orgId, true);
        const changed = () =>
          new HttpError(
            409,
            'controller_changed',
            'The details were changed in the meantime. Load them again and repeat your changes.',
          );
        if ((previous?.version ?? 0) !== baseVersion) throw changed();
        const json = JSON.stringify(controller);
        const rows =
          baseVersion === 0
            ? await tx.query<{ version: number }>(
                `INSERT INTO consent_controllers (org_id, controller, version, updated_at, updated_by)
                 VALUES ($1, $2::jsonb, nextval('consent_controller_version_seq'), $3, $4)
                 ON CONFLICT (org_id) DO NOTHING
                 RETURNING version`,
                [auth.orgId, json, now, auth.userId],
              )
            : await tx.query<{ version: number }>(
                `UPDATE consent_controllers
                 SET controller = $2::jsonb, version = nextval('consent_controller_version_seq'),
                     updated_at = $3, updated_by = $4
                 WHERE org_id = $1 AND version = $5
                 RETURNING version`,
                [auth.orgId, json, now, auth.userId, baseVersion],
              );
        const version = rows[0]?.version;
        if (version === undefined) throw changed();
        await writeRequestAudit(tx, request, now, {
          entity: 'consent-controller',
          entityId: auth.orgId,
          action: 'save-consent-controller',
          rev: version,
        });
        return { version, controller };
      });
    },
  );
}
