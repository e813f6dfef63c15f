import { z } from 'zod';
import {
  AddendumSchema,
  CaseFactsSchema,
  CaseProfileSchema,
  ConsentRevocationSchema,
  ContentHashSchema,
  FACT_FIELDS,
  IncomingReferralSchema,
  IsoDateTimeSchema,
  ReferralRecordSchema,
  SessionDraftSchema,
  SignedConsentContentSchema,
} from '../../domain';
import type { RecordState } from '../../protocol';
import { consentHashInput } from '../consents/consentRepository';
import { sha256Hex } from '../records/contentHash';

/**
 * Validation of records that arrive from the server (a pull). The server is trusted to
 * authenticate, not to be bug-free or uncompromised: what we store must pass the same schemas
 * as local input. Nulls mean "field removed". A value that fails is reported (never its
 * content) and the record is not written.
 */
export type RemoteCheck =
  { ok: true; value: Record<string, unknown>; caseId: string } | { ok: false; reason: string };

const dropNulls = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));

const CASE_FIELDS = new Set<string>([...Object.keys(CaseProfileSchema.shape), ...FACT_FIELDS]);

export function checkRemoteCase(id: string, fields: Record<string, unknown>): RemoteCheck {
  const value = dropNulls(fields);
  if (Object.keys(value).some((k) => !CASE_FIELDS.has(k))) return bad('unknown_field');
  const profile = CaseProfileSchema.safeParse(
    Object.fromEntries(Object.keys(CaseProfileSchema.shape).map((k) => [k, value[k]])),
  );
  if (!profile.success) return bad('profile');
  const facts = CaseFactsSchema.safeParse(
    Object.fromEntries(FACT_FIELDS.filter((f) => f in value).map((f) => [f, value[f]])),
  );
  if (!facts.success) return bad('facts');
  return { ok: true, value, caseId: id };
}

const finalisationSchema = z.strictObject({
  finalisedAt: IsoDateTimeSchema,
  finalisedBy: z.string().min(1).max(200),
  contentHash: ContentHashSchema,
  factsSnapshot: CaseFactsSchema,
});

const sessionRestSchema = z.strictObject({
  caseId: z.uuid(),
  scriptVersion: z.string().min(1).max(100),
  rulesetVersion: z.string().min(1).max(100),
  status: z.enum(['draft', 'finalised']),
  finalisation: finalisationSchema.optional(),
  addenda: z.array(AddendumSchema),
});

export function checkRemoteSession(fields: Record<string, unknown>): RemoteCheck {
  const value = dropNulls(fields);
  const draftKeys = Object.keys(SessionDraftSchema.shape);
  const draft = SessionDraftSchema.safeParse(
    Object.fromEntries(Object.entries(value).filter(([k]) => draftKeys.includes(k))),
  );
  if (!draft.success) return bad('draft');
  const rest = sessionRestSchema.safeParse(
    Object.fromEntries(Object.entries(value).filter(([k]) => !draftKeys.includes(k))),
  );
  if (!rest.success) return bad('session');
  if ((rest.data.status === 'finalised') !== (rest.data.finalisation !== undefined)) {
    return bad('finalisation');
  }
  return { ok: true, value, caseId: rest.data.caseId };
}

const bad = (reason: string): RemoteCheck => ({ ok: false, reason });

/**
 * A pulled consent must be signed (the server froze it with a hash), pass the same schema
 * as a local signature, and its hash must match its content: an unsigned or altered consent
 * is never stored as if it had been signed.
 */
export async function checkRemoteConsent(
  fields: Record<string, unknown>,
  contentHash: string | undefined,
): Promise<RemoteCheck> {
  if (contentHash === undefined) return bad('unsigned');
  const value = dropNulls(fields);
  const parsed = SignedConsentContentSchema.safeParse(value);
  if (!parsed.success) return bad('consent');
  if ((await sha256Hex(consentHashInput(parsed.data))) !== contentHash) return bad('hash');
  return { ok: true, value: { ...parsed.data, contentHash }, caseId: parsed.data.caseId };
}

export function checkRemoteRevocation(fields: Record<string, unknown>): RemoteCheck {
  const parsed = ConsentRevocationSchema.safeParse(dropNulls(fields));
  if (!parsed.success) return bad('revocation');
  return { ok: true, value: parsed.data, caseId: parsed.data.caseId };
}

export function checkRemoteReferral(fields: Record<string, unknown>): RemoteCheck {
  const parsed = ReferralRecordSchema.safeParse(dropNulls(fields));
  if (!parsed.success) return bad('referral');
  return { ok: true, value: parsed.data, caseId: parsed.data.caseId };
}

/** An incoming referral belongs to no local case: its own id stands in for the case id. */
export function checkRemoteIncomingReferral(
  id: string,
  fields: Record<string, unknown>,
): RemoteCheck {
  const parsed = IncomingReferralSchema.safeParse(dropNulls(fields));
  if (!parsed.success) return bad('incoming-referral');
  return { ok: true, value: parsed.data, caseId: id };
}

/** Validates a pulled record of any type this app version holds. */
export async function checkRemoteRecord(record: RecordState): Promise<RemoteCheck> {
  const fields = record.fields ?? {};
  switch (record.entity) {
    case 'case':
      return checkRemoteCase(record.entityId, fields);
    case 'session':
      return checkRemoteSession(fields);
    case 'consent':
      return checkRemoteConsent(fields, record.contentHash);
    case 'consent-revocation':
      return checkRemoteRevocation(fields);
    case 'referral':
      return checkRemoteReferral(fields);
    case 'referral-inbox':
      return checkRemoteIncomingReferral(record.entityId, fields);
    default:
      return bad('entity');
  }
}
