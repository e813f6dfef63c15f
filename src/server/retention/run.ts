import { randomUUID } from 'node:crypto';
import { RETENTION_RULE_DEFS, type DeletedKind, type RetentionRuleId } from '../../domain';
import type { ServerContext } from '../context';
import type { Database } from '../db/database';
import { germanDay } from '../clock';
import { processDeliveries } from '../referrals/deliveries';
import { dueTargets, targetStillDue } from './candidates';
import { eraseCase, eraseDraft, type DeletionCounts } from './erasure';
import { pruneHorizons, type Horizons, type PruneResult } from './horizons';
import { getRetentionRules, getRetentionSettings } from './settings';

/**
 * Applying retention rules: deleting what a rule makes due (one transaction per case or
 * draft, each re-checked under the organisation's counter lock), or — where the organisation
 * wants to confirm first — listing it in `retention_due` for the administrator.
 */

export type Applied = { targets: number; counts: DeletionCounts };

function add(into: DeletionCounts, counts: DeletionCounts): void {
  for (const [kind, n] of Object.entries(counts) as [DeletedKind, number][]) {
    into[kind] = (into[kind] ?? 0) + n;
  }
}

/**
 * Deletes `ids` under `rule`, each in its own transaction and only if still due then (a case
 * reopened or edited meanwhile stays). A failure stops the run with what was deleted so far
 * committed and the rest untouched (the next run continues). Referral copies at recipients
 * are withdrawn right after (processDeliveries; a failure there leaves them pending for the
 * next push, pull or run).
 */
export async function deleteTargets(
  ctx: ServerContext,
  w: {
    orgId: string;
    rule: RetentionRuleId;
    amount: number;
    ids: readonly string[];
    by: string | null;
  },
): Promise<Applied> {
  const result: Applied = { targets: 0, counts: {} };
  const isCase = RETENTION_RULE_DEFS[w.rule].target === 'case';
  for (const id of w.ids) {
    const at = ctx.clock();
    const asOf = germanDay(at);
    const cause = { reason: 'retention' as const, rule: w.rule, by: w.by };
    const stillDue = (tx: Parameters<typeof targetStillDue>[0]) =>
      targetStillDue(tx, w.orgId, w.rule, w.amount, asOf, id);
    const counts = await ctx.db.transaction((tx) =>
      isCase
        ? eraseCase(tx, { orgId: w.orgId, caseId: id, at, cause, stillDue })
        : eraseDraft(tx, { orgId: w.orgId, sessionId: id, at, cause, stillDue }),
    );
    if (counts) {
      result.targets += 1;
      add(result.counts, counts);
    }
  }
  if (result.targets > 0) await processDeliveries(ctx).catch(() => 0);
  return result;
}

/** Lists newly due targets for confirmation and drops those no longer due. */
async function listDue(
  db: Database,
  orgId: string,
  rule: RetentionRuleId,
  ids: readonly string[],
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `DELETE FROM retention_due WHERE org_id = $1 AND rule = $2
          AND NOT (target_id = ANY($3::uuid[]))`,
      [orgId, rule, ids],
    );
    for (const id of ids) {
      await tx.query(
        `INSERT INTO retention_due (org_id, target_id, rule, found_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id, target_id) DO NOTHING`,
        [orgId, id, rule, at],
      );
    }
  });
}

/** Applies the enabled rules of one organisation (see above). */
export async function applyOrganisationRules(
  ctx: ServerContext,
  orgId: string,
): Promise<{ deleted: Applied; due: number }> {
  const settings = await getRetentionSettings(ctx.db, orgId);
  const deleted: Applied = { targets: 0, counts: {} };
  let due = 0;
  for (const { rule, enabled, amount } of await getRetentionRules(ctx.db, orgId)) {
    if (!enabled) continue;
    const ids = await dueTargets(ctx.db, orgId, rule, amount, germanDay(ctx.clock()));
    if (settings.confirmFirst) {
      await listDue(ctx.db, orgId, rule, ids, ctx.clock());
      due += ids.length;
    } else {
      const applied = await deleteTargets(ctx, { orgId, rule, amount, ids, by: null });
      deleted.targets += applied.targets;
      add(deleted.counts, applied.counts);
    }
  }
  return { deleted, due };
}

export type RunSummary =
  | { skipped: true }
  | {
      skipped: false;
      organisations: number;
      deleted: Applied;
      due: number;
      pruned: PruneResult;
    };

/** How long one run may hold the lease before another process may take over. */
const LEASE_MS = 30 * 60 * 1000;

/**
 * One run for every organisation: rules, then the horizons. Only one process runs at a time:
 * a lease row (`retention_lease`) is taken in one statement and released at the end; a
 * process that finds it held skips this run. Should a run die, the lease expires after
 * 30 minutes. Correctness does not rest on the lease: each deletion re-checks under the
 * counter lock, so two overlapping runs never delete twice.
 */
export async function runRetention(ctx: ServerContext, horizons: Horizons): Promise<RunSummary> {
  const holder = randomUUID();
  const start = ctx.clock();
  const taken = await ctx.db.query(
    `INSERT INTO retention_lease (singleton, holder, until) VALUES (true, $1, $2)
     ON CONFLICT (singleton) DO UPDATE SET holder = $1, until = $2
       WHERE retention_lease.until < $3
     RETURNING holder`,
    [holder, new Date(start.getTime() + LEASE_MS), start],
  );
  if (taken.length === 0) return { skipped: true };
  try {
    const orgs = await ctx.db.query<{ org_id: string }>(
      'SELECT DISTINCT org_id FROM retention_rules WHERE enabled ORDER BY org_id',
    );
    const deleted: Applied = { targets: 0, counts: {} };
    let due = 0;
    for (const { org_id } of orgs) {
      const result = await applyOrganisationRules(ctx, org_id);
      deleted.targets += result.deleted.targets;
      add(deleted.counts, result.deleted.counts);
      due += result.due;
    }
    const pruned = await pruneHorizons(ctx.db, ctx.clock(), horizons);
    return { skipped: false, organisations: orgs.length, deleted, due, pruned };
  } finally {
    await ctx.db.query("UPDATE retention_lease SET until = '-infinity' WHERE holder = $1", [
      holder,
    ]);
  }
}
