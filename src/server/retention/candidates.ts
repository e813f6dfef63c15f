import { createHash } from 'node:crypto';
import {
  CaseLifecycleSchema,
  RETENTION_RULE_DEFS,
  isDue,
  type DeletedKind,
  type IsoDate,
  type PreviewReferences,
  type RetentionRuleId,
} from '../../domain';
import type { Queryable } from '../db/database';
import { germanDay } from '../clock';

/**
 * What a retention rule makes due in an organisation on a day: the SAME function serves the
 * preview, the confirmation list and the run (and, with `only`, the re-check of one target
 * under the counter lock just before it is deleted), so what the administrator was shown is
 * exactly what is deleted. Read-only; reads the organisation's current records.
 */

type Row = { id: string; lifecycle: unknown; last: Date | null };

async function candidateRows(
  db: Queryable,
  orgId: string,
  rule: RetentionRuleId,
  only: string | null,
): Promise<Row[]> {
  const filter = 'AND ($2::uuid IS NULL OR c.id = $2)';
  if (rule === 'closed-cases') {
    return db.query<Row>(
      `SELECT c.id, c.data->'lifecycle' AS lifecycle, NULL::timestamptz AS last FROM records c
        WHERE c.org_id = $1 AND c.entity = 'case' AND NOT c.deleted AND c.data ? 'lifecycle'
        ${filter}`,
      [orgId, only],
    );
  }
  if (rule === 'inactive-cases') {
    // The last change of the case or of anything naming it (conversations, consents, …).
    return db.query<Row>(
      `SELECT c.id, NULL::jsonb AS lifecycle,
              greatest(c.updated_at, (SELECT max(r.updated_at) FROM records r
                                       WHERE r.org_id = c.org_id
                                         AND r.data->>'caseId' = c.id::text)) AS last
         FROM records c
        WHERE c.org_id = $1 AND c.entity = 'case' AND NOT c.deleted ${filter}`,
      [orgId, only],
    );
  }
  return db.query<Row>(
    `SELECT c.id, NULL::jsonb AS lifecycle, c.updated_at AS last FROM records c
      WHERE c.org_id = $1 AND c.entity = 'session' AND NOT c.deleted
        AND c.data->>'status' = 'draft' ${filter}`,
    [orgId, only],
  );
}

/** Ids of the cases (or drafts) `rule` with `amount` makes due on `asOf`, sorted. */
export async function dueTargets(
  db: Queryable,
  orgId: string,
  rule: RetentionRuleId,
  amount: number,
  asOf: IsoDate,
  only: string | null = null,
): Promise<string[]> {
  const rows = await candidateRows(db, orgId, rule, only);
  return rows
    .filter((row) => {
      const lifecycle = CaseLifecycleSchema.safeParse(row.lifecycle);
      return isDue(
        rule,
        amount,
        {
          lifecycle: lifecycle.success ? lifecycle.data : undefined,
          lastChangeOn: row.last ? germanDay(row.last) : undefined,
        },
        asOf,
      );
    })
    .map((row) => row.id)
    .sort();
}

/** Whether one target is (still) due: for the re-check under the lock before deleting it. */
export async function targetStillDue(
  db: Queryable,
  orgId: string,
  rule: RetentionRuleId,
  amount: number,
  asOf: IsoDate,
  targetId: string,
): Promise<boolean> {
  return (await dueTargets(db, orgId, rule, amount, asOf, targetId)).length === 1;
}

/**
 * A fingerprint of exactly these targets under this rule: the administrator's confirmation
 * carries the one the preview showed, and nothing is deleted when the set changed since.
 * Opaque: no id can be read from it.
 */
export function dueToken(rule: RetentionRuleId, amount: number, ids: readonly string[]): string {
  return createHash('sha256')
    .update(`${rule}|${String(amount)}|${[...ids].sort().join(',')}`)
    .digest('hex')
    .slice(0, 32);
}

/** How many records of each kind deleting these targets removes. */
export async function countRecords(
  db: Queryable,
  orgId: string,
  rule: RetentionRuleId,
  ids: readonly string[],
): Promise<Partial<Record<DeletedKind, number>>> {
  if (ids.length === 0) return {};
  if (RETENTION_RULE_DEFS[rule].target === 'draft') return { session: ids.length };
  const rows = await db.query<{ entity: DeletedKind; n: number }>(
    `SELECT entity, count(*)::int AS n FROM records
      WHERE org_id = $1 AND NOT deleted AND entity <> 'referral-inbox'
        AND ((entity = 'case' AND id = ANY($2::uuid[])) OR data->>'caseId' = ANY($3::text[]))
      GROUP BY entity`,
    [orgId, ids, ids],
  );
  return Object.fromEntries(rows.map((r) => [r.entity, r.n]));
}

/**
 * What the administrator may see of each target (organisation setting): nothing, an opaque
 * short id, or the file number — the pseudonym of a pseudonymised case, else the short id.
 * Never a name: administrators have no record access.
 */
export async function references(
  db: Queryable,
  orgId: string,
  ids: readonly string[],
  mode: PreviewReferences,
): Promise<string[] | undefined> {
  if (mode === 'none') return undefined;
  const short = (id: string) => id.slice(0, 8);
  if (mode === 'short-id') return ids.map(short);
  const rows = await db.query<{ id: string; ref: string | null }>(
    `SELECT id, CASE WHEN entity <> 'case' THEN NULL
                     WHEN coalesce(data->>'fileNumber', '') <> '' THEN data->>'fileNumber'
                     WHEN data->>'pseudonymised' = 'true' THEN data->>'displayName' END AS ref
       FROM records WHERE org_id = $1 AND id = ANY($2::uuid[])`,
    [orgId, ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r.ref]));
  return ids.map((id) => byId.get(id) ?? short(id));
}
