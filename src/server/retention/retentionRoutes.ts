import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  confirmDueSchema,
  previewRequestSchema,
  retentionRuleIdSchema,
  retentionSettingsSchema,
  setRetentionRuleSchema,
  type DeletionLogEntry,
  type DeletionResult,
  type RetentionPreview,
  type RetentionState,
} from '../../protocol';
import { isValidAmount, type DeletedKind, type RetentionRuleId } from '../../domain';
import type { ServerContext } from '../context';
import type { Queryable } from '../db/database';
import { writeRequestAudit } from '../audit';
import { germanDay } from '../clock';
import { HttpError, parseBody } from '../http/errors';
import { authOf, requireAuth } from '../accounts/guard';
import { countRecords, dueTargets, dueToken, references } from './candidates';
import { confirmDue, dueSummary } from './dueList';
import { deleteTargets } from './run';
import {
  getRetentionRules,
  getRetentionSettings,
  setRetentionRule,
  setRetentionSettings,
} from './settings';

const ruleParams = z.strictObject({ rule: retentionRuleIdSchema });

type LogRow = {
  event: string;
  at: Date;
  reason: 'retention' | 'art17';
  rule: RetentionRuleId | null;
  legal_basis: DeletionLogEntry['legalBasis'];
  by_user: string | null;
  entity: DeletedKind;
  count: number;
};

/** The latest deletions, one entry per deletion event with its counts (no personal data). */
async function deletionLog(db: Queryable, orgId: string): Promise<DeletionLogEntry[]> {
  const rows = await db.query<LogRow>(
    `SELECT event, at, reason, rule, legal_basis, by_user, entity, count FROM deletion_log
      WHERE org_id = $1 AND event IN (SELECT event FROM deletion_log WHERE org_id = $1
                                       GROUP BY event ORDER BY max(id) DESC LIMIT 100)
      ORDER BY id DESC`,
    [orgId],
  );
  const entries = new Map<string, DeletionLogEntry>();
  for (const row of rows) {
    const entry = entries.get(row.event) ?? {
      event: row.event,
      at: row.at.toISOString(),
      reason: row.reason,
      rule: row.rule,
      legalBasis: row.legal_basis,
      byUser: row.by_user,
      counts: {},
    };
    entry.counts[row.entity] = row.count;
    entries.set(row.event, entry);
  }
  return [...entries.values()];
}

/**
 * Retention administration (admin role, own organisation only; nothing here reads a name):
 * settings and rules, the preview of a rule, the list of due deletions and its confirmation,
 * the deletion log. Every change commits with its audit row. Switching a rule on needs the
 * token of a preview of exactly that rule and period; when the organisation does not confirm
 * first, exactly the previewed targets are deleted at once (each re-checked), later ones by
 * the scheduled run.
 */
export function retentionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = { preHandler: requireAuth(ctx, ['admin']) };
  const asOf = () => germanDay(ctx.clock());

  app.get('/api/admin/retention', guard, async (request): Promise<RetentionState> => {
    const orgId = authOf(request).orgId;
    const settings = await getRetentionSettings(ctx.db, orgId);
    const due = await dueSummary(ctx.db, orgId);
    const refs = await references(
      ctx.db,
      orgId,
      due.rows.map((r) => r.target_id),
      settings.previewReferences,
    );
    return {
      settings,
      rules: await getRetentionRules(ctx.db, orgId),
      due: {
        targets: due.rows.length,
        counts: due.counts,
        ...(refs ? { references: refs } : {}),
        token: due.token,
      },
      log: await deletionLog(ctx.db, orgId),
    };
  });

  app.put('/api/admin/retention/settings', guard, async (request) => {
    const settings = parseBody(retentionSettingsSchema, request.body);
    const auth = authOf(request);
    await ctx.db.transaction(async (tx) => {
      await setRetentionSettings(tx, auth.orgId, settings, auth.userId, ctx.clock());
      await writeRequestAudit(tx, request, ctx.clock(), {
        entity: 'organisation',
        entityId: auth.orgId,
        action: 'set-retention-settings',
      });
    });
    return { settings };
  });

  app.post('/api/admin/retention/preview', guard, async (request): Promise<RetentionPreview> => {
    const { rule, amount } = parseBody(previewRequestSchema, request.body);
    if (!isValidAmount(rule, amount)) {
      throw new HttpError(400, 'invalid_request', 'Invalid request: amount out of range');
    }
    const orgId = authOf(request).orgId;
    const day = asOf();
    const ids = await dueTargets(ctx.db, orgId, rule, amount, day);
    const settings = await getRetentionSettings(ctx.db, orgId);
    const refs = await references(ctx.db, orgId, ids, settings.previewReferences);
    return {
      rule,
      amount,
      asOf: day,
      targets: ids.length,
      counts: await countRecords(ctx.db, orgId, rule, ids),
      ...(refs ? { references: refs } : {}),
      token: dueToken(rule, amount, ids),
    };
  });

  app.put(
    '/api/admin/retention/rules/:rule',
    guard,
    async (request): Promise<{ rule: RetentionRuleId; deleted: DeletionResult }> => {
      const { rule } = parseBody(ruleParams, request.params);
      const body = parseBody(setRetentionRuleSchema, request.body);
      if (!isValidAmount(rule, body.amount)) {
        throw new HttpError(400, 'invalid_request', 'Invalid request: amount out of range');
      }
      const auth = authOf(request);
      const ids = body.enabled
        ? await dueTargets(ctx.db, auth.orgId, rule, body.amount, asOf())
        : [];
      if (body.enabled && body.previewToken !== dueToken(rule, body.amount, ids)) {
        throw new HttpError(
          409,
          'preview_changed',
          'What the rule would delete has changed since the preview. Preview it again.',
        );
      }
      await ctx.db.transaction(async (tx) => {
        await setRetentionRule(tx, auth.orgId, { rule, ...body }, auth.userId, ctx.clock());
        await writeRequestAudit(tx, request, ctx.clock(), {
          entity: 'organisation',
          entityId: auth.orgId,
          action: body.enabled ? `enable-retention-${rule}` : `disable-retention-${rule}`,
        });
      });
      const settings = await getRetentionSettings(ctx.db, auth.orgId);
      if (!body.enabled || settings.confirmFirst) {
        // Listed for confirmation by the next run (or shown at once: see GET after a run).
        if (body.enabled) {
          await ctx.db.transaction(async (tx) => {
            for (const id of ids) {
              await tx.query(
                `INSERT INTO retention_due (org_id, target_id, rule, found_at)
                 VALUES ($1, $2, $3, $4) ON CONFLICT (org_id, target_id) DO NOTHING`,
                [auth.orgId, id, rule, ctx.clock()],
              );
            }
          });
        }
        return { rule, deleted: { targets: 0, counts: {} } };
      }
      const deleted = await deleteTargets(ctx, {
        orgId: auth.orgId,
        rule,
        amount: body.amount,
        ids,
        by: auth.userId,
      });
      return { rule, deleted };
    },
  );

  app.post('/api/admin/retention/due/confirm', guard, async (request): Promise<DeletionResult> => {
    const { token } = parseBody(confirmDueSchema, request.body);
    const auth = authOf(request);
    const result = await confirmDue(ctx, auth.orgId, token, auth.userId);
    if (!result) {
      throw new HttpError(
        409,
        'due_changed',
        'The list of due deletions has changed. Review it again before confirming.',
      );
    }
    return result;
  });
}
