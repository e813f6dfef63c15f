import { z } from 'zod';
import { devicePolicySchema } from './policy';

/**
 * Sync wire format: an exactly-once mutation push (numbered per device) and a checkpointed
 * pull over the organisation's change feed. See ARCHITECTURE.md "Sync".
 */

/** Record types that travel through the generic sync machinery. */
export const entityTypes = [
  'case',
  'session',
  'consent',
  'consent-revocation',
  'action',
  /** A referral sent by this organisation; the server adds the recipient's answer. */
  'referral',
  /** A referral received from another organisation; created and withdrawn by the server. */
  'referral-inbox',
] as const;
export const entityTypeSchema = z.enum(entityTypes);
export type EntityType = z.infer<typeof entityTypeSchema>;

export const syncLimits = {
  maxMutationsPerPush: 100,
  maxPullLimit: 500,
  defaultPullLimit: 200,
  maxFieldsPerMutation: 200,
  /**
   * Serialized JSON size of one field value: room for a consent's signature field (two
   * images of at most 60,000 characters each). Larger binaries (full scans) need blobs.
   */
  maxFieldBytes: 160 * 1024,
  /** Body limit of `POST /api/sync/push`. */
  maxPushBytes: 2 * 1024 * 1024,
} as const;

/** Any JSON value (field values are opaque to the sync machinery). */
export const jsonValueSchema = z.json();
export type JsonValue = z.infer<typeof jsonValueSchema>;

const fieldName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'Field names are 1–64 letters, digits or _.');

const fieldValue = z.json().refine((v) => JSON.stringify(v).length <= syncLimits.maxFieldBytes, {
  message: `A field value may be at most ${syncLimits.maxFieldBytes} bytes of JSON.`,
});

export const fieldsSchema = z
  .record(fieldName, fieldValue)
  .refine((f) => Object.keys(f).length <= syncLimits.maxFieldsPerMutation, {
    message: `At most ${syncLimits.maxFieldsPerMutation} fields per mutation.`,
  });
export type Fields = z.infer<typeof fieldsSchema>;

/** Lowercase hex SHA-256 of `canonicalJson(fields)` of the signed consent. */
export const contentHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'contentHash is hex SHA-256.');

const mutationBase = {
  mutationId: z.uuid(),
  /** Per device, starting at 1, without gaps; the server applies each exactly once. */
  clientSeq: z
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
  entity: entityTypeSchema,
  entityId: z.uuid(),
};
const baseRev = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);

export const mutationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...mutationBase, kind: z.literal('create'), fields: fieldsSchema }),
  z.strictObject({
    ...mutationBase,
    kind: z.literal('patch'),
    /** The rev the client's change is based on; stale revs are merged field by field. */
    baseRev,
    fields: fieldsSchema,
    /** Marks this conflict resolved when the patch applies without a new conflict. */
    resolvesConflictId: z.uuid().optional(),
  }),
  z.strictObject({
    ...mutationBase,
    kind: z.literal('delete'),
    baseRev,
    resolvesConflictId: z.uuid().optional(),
  }),
  z.strictObject({
    ...mutationBase,
    kind: z.literal('sign'),
    baseRev: baseRev.optional(),
    /** Final field values applied before freezing (the hash covers the merged result). */
    fields: fieldsSchema.optional(),
    contentHash: contentHashSchema,
  }),
]);
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationKind = Mutation['kind'];

export const pushRequestSchema = z
  .strictObject({
    clientId: z.uuid(),
    mutations: z.array(mutationSchema).min(1).max(syncLimits.maxMutationsPerPush),
  })
  .refine(
    (r) =>
      r.mutations.every((m, i, all) => i === 0 || m.clientSeq === (all[i - 1]?.clientSeq ?? 0) + 1),
    {
      message: 'Mutations must be in clientSeq order without gaps.',
      path: ['mutations'],
    },
  );
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * Outcome of one mutation, final once returned (a re-sent mutation gets the same result):
 * - `applied`: applied as sent.
 * - `merged`: baseRev was stale, but the fields it changed were untouched since: applied.
 * - `conflict`: some change collided with another one; the server value is kept and a
 *   conflict record (see `conflictIds`) waits for a counsellor. Non-colliding fields applied.
 * - `unchanged`: nothing to do (same values, re-sign with the same hash, delete of a tombstone).
 * - `immutable`: the target is a signed consent or a finalised session; nothing changed.
 * - `rejected`: not applicable (`reason`); nothing changed.
 */
export const mutationStatuses = [
  'applied',
  'merged',
  'conflict',
  'unchanged',
  'immutable',
  'rejected',
] as const;
export const mutationStatusSchema = z.enum(mutationStatuses);
export type MutationStatus = z.infer<typeof mutationStatusSchema>;

export const rejectReasons = [
  'not_found',
  'already_exists',
  'deleted',
  'entity_mismatch',
  'invalid_base_rev',
  'not_signable',
  'already_signed',
  'hash_mismatch',
  'append_only',
  'invalid_reference',
  'invalid',
  /** A referral without a signed, valid, unrevoked consent covering recipient, purpose and data. */
  'consent_required',
  /** Only the server writes this record (or these fields of it). */
  'server_only',
  /**
   * Deletes through sync (see ARCHITECTURE.md "Deletion rules"). Each is final for this
   * mutation; the record is unchanged on the server and on every device.
   * - `not_deletable` (409-like): the record is never deleted through sync — a finalised
   *   session, a consent, a revocation, a referral or anything else but a draft session or a
   *   case (retention rules and audited administrator deletes come later).
   * - `has_history` (409-like): a case that finalised sessions or signed consents refer to.
   * - `delete_forbidden` (403-like): the caller's roles may not delete (counsellors only).
   */
  'not_deletable',
  'has_history',
  'delete_forbidden',
] as const;
export const rejectReasonSchema = z.enum(rejectReasons);
export type RejectReason = z.infer<typeof rejectReasonSchema>;

export const mutationResultSchema = z.object({
  mutationId: z.uuid(),
  clientSeq: z.number().int(),
  status: mutationStatusSchema,
  /** The record's rev after this mutation (absent when the record does not exist). */
  rev: z.number().int().optional(),
  reason: rejectReasonSchema.optional(),
  /**
   * With `invalid` for text that cannot be stored (NUL, unpaired surrogates): the path of the
   * refused field, e.g. `note.text` — names only, never a value. Older devices ignore it.
   */
  field: z.string().max(500).optional(),
  conflictIds: z.array(z.uuid()).optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(mutationResultSchema),
  lastClientSeq: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.strictObject({
  /** 0 for a first sync, else the `checkpoint` of the previous page. */
  checkpoint: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(syncLimits.maxPullLimit).default(syncLimits.defaultPullLimit),
  /**
   * Set while the device pulls everything anew after reset_required: it drops at the end what
   * it did not receive, so pruned tombstones after its checkpoint no longer matter and the
   * server must not answer 410 again for its later pages.
   */
  resync: z.boolean().optional(),
});
export type PullRequest = z.input<typeof pullRequestSchema>;

/** Current state of one record. Tombstones (`deleted`) carry no fields. */
export const recordStateSchema = z.object({
  seq: z.number().int(),
  entity: entityTypeSchema,
  entityId: z.uuid(),
  rev: z.number().int(),
  deleted: z.boolean(),
  fields: z.record(z.string(), z.json()).optional(),
  contentHash: z.string().optional(),
  signedAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.uuid().nullable(),
});
export type RecordState = z.infer<typeof recordStateSchema>;

/**
 * A collision the server refused to decide alone. `field` is null for a delete that met a
 * newer edit. Values are purged once resolved.
 */
export const conflictSchema = z.object({
  seq: z.number().int(),
  id: z.uuid(),
  entity: entityTypeSchema,
  entityId: z.uuid(),
  kind: z.enum(['field', 'delete']),
  field: z.string().nullable(),
  serverValue: z.json().nullable(),
  clientValue: z.json().nullable(),
  serverRev: z.number().int(),
  clientBaseRev: z.number().int(),
  createdBy: z.uuid(),
  createdByName: z.string(),
  createdAt: z.iso.datetime(),
  /** Who saved the kept value (the record's last author before the collision), if known. */
  serverBy: z.uuid().nullable().optional(),
  serverByName: z.string().nullable().optional(),
  /** Which side the decision took: 'server' kept the stored value, 'client' took the other. */
  resolution: z.enum(['server', 'client']).nullable().optional(),
  resolvedBy: z.uuid().nullable().optional(),
  resolvedByName: z.string().nullable().optional(),
  resolved: z.boolean(),
  resolvedAt: z.iso.datetime().nullable(),
});
export type Conflict = z.infer<typeof conflictSchema>;

/** An organisation on the same server that can receive referrals. */
export const partnerSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(200),
  kind: z.enum(['abh', 'integration-centre', 'welfare', 'other']),
});
export type Partner = z.infer<typeof partnerSchema>;

export const pullResponseSchema = z.object({
  /** Identity of the server's database; a change means "restored/replaced: resync fully". */
  serverId: z.uuid(),
  records: z.array(recordStateSchema),
  conflicts: z.array(conflictSchema),
  /** Pass this as the next request's checkpoint. */
  checkpoint: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** Highest clientSeq of this device the server has applied. */
  lastClientSeq: z.number().int().nonnegative(),
  /** The organisation's current device policy (auto-lock), sent with every page. */
  policy: devicePolicySchema.optional(),
  /**
   * Other organisations on this server that receive referrals through the app, sent with
   * every page: consents can name them, and referrals go to them.
   */
  partners: z.array(partnerSchema).max(500).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const recordResponseSchema = z.object({ record: recordStateSchema });
export type RecordResponse = z.infer<typeof recordResponseSchema>;

/** Error codes of the sync endpoints (the `error` field of an ApiError). */
export const syncErrorCodes = {
  gap: 'client_seq_gap',
  reused: 'client_seq_reused',
  clientMismatch: 'client_mismatch',
  resetRequired: 'reset_required',
} as const;
