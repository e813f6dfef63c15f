import { RETENTION_RULES, type PreviewReferences, type RetentionRuleId } from '../../domain';
import type { Queryable } from '../db/database';

/** An organisation's retention settings and rules, with the defaults while none are stored. */

export type RetentionSettings = {
  confirmFirst: boolean;
  previewReferences: PreviewReferences;
  statutoryRetention: boolean;
  counsellorAccessExport: boolean;
};

export type RetentionRule = { rule: RetentionRuleId; enabled: boolean; amount: number };

/** Suggested periods; every rule is off until an administrator switches it on. */
export const DEFAULT_AMOUNTS: Readonly<Record<RetentionRuleId, number>> = {
  'closed-cases': 3,
  'inactive-cases': 5,
  'stale-drafts': 6,
};

type SettingsRow = {
  confirm_first: boolean;
  preview_references: PreviewReferences;
  statutory_retention: boolean;
  counsellor_access_export: boolean;
};

export async function getRetentionSettings(
  db: Queryable,
  orgId: string,
): Promise<RetentionSettings> {
  const [row] = await db.query<
    { [K in keyof SettingsRow]: SettingsRow[K] | null } & { kind: string }
  >(
    `SELECT o.kind, s.confirm_first, s.preview_references, s.statutory_retention,
            s.counsellor_access_export
       FROM organisations o LEFT JOIN retention_settings s ON s.org_id = o.id
      WHERE o.id = $1`,
    [orgId],
  );
  if (
    !row ||
    row.confirm_first === null ||
    row.preview_references === null ||
    row.statutory_retention === null ||
    row.counsellor_access_export === null
  ) {
    // An Ausländerbehörde keeps files under a statutory duty: on until the admin decides.
    return {
      confirmFirst: true,
      previewReferences: 'none',
      statutoryRetention: row?.kind === 'abh',
      counsellorAccessExport: false,
    };
  }
  return {
    confirmFirst: row.confirm_first,
    previewReferences: row.preview_references,
    statutoryRetention: row.statutory_retention,
    counsellorAccessExport: row.counsellor_access_export,
  };
}

export async function setRetentionSettings(
  tx: Queryable,
  orgId: string,
  s: RetentionSettings,
  by: string,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO retention_settings (org_id, confirm_first, preview_references,
            statutory_retention, counsellor_access_export, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (org_id) DO UPDATE SET confirm_first = $2, preview_references = $3,
            statutory_retention = $4, counsellor_access_export = $5, updated_at = $6,
            updated_by = $7`,
    [
      orgId,
      s.confirmFirst,
      s.previewReferences,
      s.statutoryRetention,
      s.counsellorAccessExport,
      at,
      by,
    ],
  );
  // Without confirmation there is no list to confirm: what is due is deleted by the run.
  if (!s.confirmFirst) await tx.query('DELETE FROM retention_due WHERE org_id = $1', [orgId]);
}

export async function getRetentionRules(db: Queryable, orgId: string): Promise<RetentionRule[]> {
  const rows = await db.query<{ rule: RetentionRuleId; enabled: boolean; amount: number }>(
    'SELECT rule, enabled, amount FROM retention_rules WHERE org_id = $1',
    [orgId],
  );
  const byRule = new Map(rows.map((r) => [r.rule, r]));
  return RETENTION_RULES.map(
    (rule) => byRule.get(rule) ?? { rule, enabled: false, amount: DEFAULT_AMOUNTS[rule] },
  );
}

export async function setRetentionRule(
  tx: Queryable,
  orgId: string,
  r: RetentionRule,
  by: string,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO retention_rules (org_id, rule, enabled, amount, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (org_id, rule) DO UPDATE SET enabled = $3, amount = $4, updated_at = $5,
            updated_by = $6`,
    [orgId, r.rule, r.enabled, r.amount, at, by],
  );
  // A changed rule decides anew what is due (a switched-off rule makes nothing due).
  await tx.query('DELETE FROM retention_due WHERE org_id = $1 AND rule = $2', [orgId, r.rule]);
}
