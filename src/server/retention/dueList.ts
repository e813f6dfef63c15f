import type { RetentionRuleId } from '../../domain';
import type { ServerContext } from '../context';
import type { Queryable } from '../db/database';
import { germanDay } from '../clock';
import { countRecords, dueToken, targetStillDue } from './candidates';
import { deleteTargets, type Applied } from './run';
import { getRetentionRules } from './settings';

/**
 * The list of due deletions waiting for the administrator (organisation setting "confirm
 * first"): filled by the scheduled run, confirmed here. The confirmation carries the token of
 * the list the administrator saw; a list that changed meanwhile (a case reopened, newly due)
 * is refused whole, so exactly what was shown is deleted — each target re-checked under the
 * counter lock just before its deletion.
 */

type DueRow = { target_id: string; rule: RetentionRuleId };

export async function dueRows(db: Queryable, orgId: string): Promise<DueRow[]> {
  return db.query<DueRow>(
    'SELECT target_id, rule FROM retention_due WHERE org_id = $1 ORDER BY rule, target_id',
    [orgId],
  );
}

/** One token over every (rule, target) of the list. */
export function dueListToken(rows: readonly DueRow[]): string {
  return dueToken(
    'closed-cases',
    0,
    rows.map((r) => `${r.rule}:${r.target_id}`),
  );
}

export async function dueSummary(db: Queryable, orgId: string) {
  const rows = await dueRows(db, orgId);
  const counts: Record<string, number> = {};
  for (const rule of new Set(rows.map((r) => r.rule))) {
    const ids = rows.filter((r) => r.rule === rule).map((r) => r.target_id);
    for (const [kind, n] of Object.entries(await countRecords(db, orgId, rule, ids))) {
      counts[kind] = (counts[kind] ?? 0) + n;
    }
  }
  return { rows, counts, token: dueListToken(rows) };
}

/**
 * Deletes the confirmed list; undefined when the token no longer matches (nothing deleted).
 * Targets no longer due (case reopened, rule switched off) are dropped, not deleted.
 */
export async function confirmDue(
  ctx: ServerContext,
  orgId: string,
  token: string,
  by: string,
): Promise<Applied | undefined> {
  const rows = await dueRows(ctx.db, orgId);
  if (dueListToken(rows) !== token) return undefined;
  const rules = new Map((await getRetentionRules(ctx.db, orgId)).map((r) => [r.rule, r]));
  const result: Applied = { targets: 0, counts: {} };
  for (const row of rows) {
    const rule = rules.get(row.rule);
    const asOf = germanDay(ctx.clock());
    const due =
      rule?.enabled === true &&
      (await targetStillDue(ctx.db, orgId, row.rule, rule.amount, asOf, row.target_id));
    if (!rule || !due) {
      await ctx.db.query('DELETE FROM retention_due WHERE org_id = $1 AND target_id = $2', [
        orgId,
        row.target_id,
      ]);
      continue;
    }
    const applied = await deleteTargets(ctx, {
      orgId,
      rule: row.rule,
      amount: rule.amount,
      ids: [row.target_id],
      by,
    });
    result.targets += applied.targets;
    for (const [kind, n] of Object.entries(applied.counts)) {
      result.counts[kind as keyof Applied['counts']] =
        (result.counts[kind as keyof Applied['counts']] ?? 0) + n;
    }
  }
  return result;
}
