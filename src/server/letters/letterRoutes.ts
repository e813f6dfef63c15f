import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  canonicalJson,
  departureLetterPutSchema,
  versionedQuerySchema,
  type DepartureLetterResponse,
  type DepartureLetterSaved,
} from '../../protocol';
import { departureLetterSchema } from '../../domain/letters';
import type { ServerContext } from '../context';
import type { Queryable } from '../db/database';
import { writeRequestAudit } from '../audit';
import { HttpError, parseBody } from '../http/errors';
import { authOf, requireAuth } from '../accounts/guard';
import { readLetter, writeLetter } from './letterStore';

const KIND = 'departure-information';
const putSchema = departureLetterPutSchema.extend({ letter: departureLetterSchema });

type BlockChange = { id: string; action: string };

/**
 * Which blocks a save creates, changes or removes (by block id; a new order alone changes no
 * block). Only ids and actions go to the audit log, never the texts.
 */
export function blockChanges(previous: unknown, next: { blocks: { id: string }[] }): BlockChange[] {
  const before = new Map<string, string>();
  const blocks = (previous as { blocks?: unknown } | undefined)?.blocks;
  for (const block of Array.isArray(blocks) ? blocks : []) {
    const id = (block as { id?: unknown }).id;
    if (typeof id === 'string') before.set(id, canonicalJson(block));
  }
  const changes: BlockChange[] = [];
  for (const block of next.blocks) {
    const old = before.get(block.id);
    if (old === undefined) changes.push({ id: block.id, action: 'create-letter-block' });
    else if (old !== canonicalJson(block))
      changes.push({ id: block.id, action: 'update-letter-block' });
    before.delete(block.id);
  }
  for (const id of before.keys()) changes.push({ id, action: 'delete-letter-block' });
  return changes;
}

/**
 * The organisation's Ausreiseinformationsschreiben. Reading is for everyone who counsels (and
 * the admin, who maintains it); saving is for the admin only, online, for the admin's own
 * organisation. A save is validated with the domain schema and must name the version it was
 * edited from; the letter, its new version and its audit rows (one for the letter, one per
 * created, changed or removed block — ids only) commit in one transaction: on any failure
 * nothing changes.
 */
export function letterRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db, clock } = ctx;
  const readers = { preHandler: requireAuth(ctx, ['counsellor', 'team-lead', 'admin']) };
  const admins = { preHandler: requireAuth(ctx, ['admin']) };

  const audit = (
    tx: Queryable,
    request: FastifyRequest,
    entry: { entity: string; entityId: string; action: string; rev: number },
  ) => writeRequestAudit(tx, request, clock(), entry);

  app.get(
    '/api/letters/departure-information',
    readers,
    async (request): Promise<DepartureLetterResponse> => {
      const { since } = parseBody(versionedQuerySchema, request.query);
      const stored = await readLetter(db, authOf(request).orgId, KIND);
      const version = stored?.version ?? 0;
      if (since === version) return { version, unchanged: true };
      return { version, letter: stored?.letter ?? null };
    },
  );

  app.put(
    '/api/admin/letters/departure-information',
    admins,
    async (request): Promise<DepartureLetterSaved> => {
      const { baseVersion, letter } = parseBody(putSchema, request.body);
      const auth = authOf(request);
      return db.transaction(async (tx) => {
        const previous = await readLetter(tx, auth.orgId, KIND, { forUpdate: true });
        const conflict = () =>
          new HttpError(
            409,
            'letter_changed',
            'The letter was changed in the meantime. Load it again and repeat your changes.',
          );
        if ((previous?.version ?? 0) !== baseVersion) throw conflict();
        const version = await writeLetter(
          tx,
          auth.orgId,
          KIND,
          letter,
          baseVersion,
          auth.userId,
          clock(),
        );
        if (version === undefined) throw conflict();
        await audit(tx, request, {
          entity: 'departure-letter',
          entityId: auth.orgId,
          action: 'save-departure-letter',
          rev: version,
        });
        for (const change of blockChanges(previous?.letter, letter)) {
          await audit(tx, request, {
            entity: 'departure-letter-block',
            entityId: change.id,
            action: change.action,
            rev: version,
          });
        }
        return { version, letter };
      });
    },
  );
}
