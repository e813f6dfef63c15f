import { z } from 'zod';

/**
 * Wire format of the retention administration (`/api/admin/retention…`), the Art. 17
 * deletion and the Art. 15 export. The vocabularies mirror src/domain/retention (the protocol
 * layer may not import the domain); a test checks that both lists stay the same.
 */

export const retentionRuleIds = ['closed-cases', 'inactive-cases', 'stale-drafts'] as const;
export const retentionRuleIdSchema = z.enum(retentionRuleIds);

export const erasureLegalBases = [
  'no-longer-necessary',
  'consent-withdrawn',
  'objection',
  'unlawful-processing',
  'legal-obligation',
  'order',
  'retention-period-ended',
] as const;
export const erasureLegalBasisSchema = z.enum(erasureLegalBases);

export const deletedKinds = [
  'case',
  'session',
  'consent',
  'consent-revocation',
  'referral',
  'action',
] as const;
const countsSchema = z.partialRecord(z.enum(deletedKinds), z.number().int().nonnegative());
export type DeletionCountsWire = z.infer<typeof countsSchema>;

export const retentionSettingsSchema = z.strictObject({
  confirmFirst: z.boolean(),
  previewReferences: z.enum(['none', 'short-id', 'file-reference']),
  statutoryRetention: z.boolean(),
  counsellorAccessExport: z.boolean(),
});
export type RetentionSettingsWire = z.infer<typeof retentionSettingsSchema>;

export const retentionRuleSchema = z.strictObject({
  rule: retentionRuleIdSchema,
  enabled: z.boolean(),
  amount: z.number().int().min(1).max(120),
});
export type RetentionRuleWire = z.infer<typeof retentionRuleSchema>;

/** `PUT /api/admin/retention/rules/:rule`: switching on needs the token of a preview. */
export const setRetentionRuleSchema = z.strictObject({
  enabled: z.boolean(),
  amount: z.number().int().min(1).max(120),
  previewToken: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
});

export const previewRequestSchema = z.strictObject({
  rule: retentionRuleIdSchema,
  amount: z.number().int().min(1).max(120),
});

/**
 * What a rule would delete today: how many cases (or drafts), how many records of each kind,
 * references only if the organisation shows them, and a token the switch-on must carry.
 */
export const retentionPreviewSchema = z.strictObject({
  rule: retentionRuleIdSchema,
  amount: z.number().int(),
  asOf: z.iso.date(),
  targets: z.number().int().nonnegative(),
  counts: countsSchema,
  references: z.array(z.string().max(120)).optional(),
  token: z.string(),
});
export type RetentionPreview = z.infer<typeof retentionPreviewSchema>;

export const deletionLogEntrySchema = z.strictObject({
  event: z.uuid(),
  at: z.iso.datetime(),
  reason: z.enum(['retention', 'art17']),
  rule: retentionRuleIdSchema.nullable(),
  legalBasis: erasureLegalBasisSchema.nullable(),
  byUser: z.uuid().nullable(),
  counts: countsSchema,
});
export type DeletionLogEntry = z.infer<typeof deletionLogEntrySchema>;

/** `GET /api/admin/retention`: settings, rules, what waits for confirmation, the log. */
export const retentionStateSchema = z.strictObject({
  settings: retentionSettingsSchema,
  rules: z.array(retentionRuleSchema),
  due: z.strictObject({
    targets: z.number().int().nonnegative(),
    counts: countsSchema,
    references: z.array(z.string().max(120)).optional(),
    token: z.string(),
  }),
  log: z.array(deletionLogEntrySchema),
});
export type RetentionState = z.infer<typeof retentionStateSchema>;

export const confirmDueSchema = z.strictObject({ token: z.string().regex(/^[0-9a-f]{32}$/) });

export const deletionResultSchema = z.strictObject({
  targets: z.number().int().nonnegative(),
  counts: countsSchema,
});
export type DeletionResult = z.infer<typeof deletionResultSchema>;

/** `POST /api/admin/cases/:caseId/erase` (Art. 17). */
export const eraseCaseRequestSchema = z.strictObject({
  legalBasis: erasureLegalBasisSchema.optional(),
});
