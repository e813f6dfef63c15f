// The person's authorised representative (Bevollmächtigte/r): a lawyer, a counselling
// service or a volunteer the person has empowered. The Unna concept asks that one be named
// and involved; the follow-up list reminds the counsellor to inform them of relevant steps
// (sessions/followUps.ts), and the notices record that this was done.
import { z } from 'zod';
import { isIsoDate } from '../dates';

// Validation codes; they double as i18n keys (locales/<lang>/representatives.json →
// validation), like the record.* and consents:* codes.
const P = 'representatives:validation';
export const REPRESENTATIVE_VALIDATION = {
  invalid: `${P}.invalid`,
  nameRequired: `${P}.name-required`,
  nameTooLong: `${P}.name-too-long`,
  role: `${P}.role`,
  contactRequired: `${P}.contact-required`,
  contactTooLong: `${P}.contact-too-long`,
  scopeRequired: `${P}.scope-required`,
  scopeTooLong: `${P}.scope-too-long`,
  proofKind: `${P}.proof-kind`,
  proofDated: `${P}.proof-dated`,
  proofDatedFuture: `${P}.proof-dated-future`,
  proofNoteTooLong: `${P}.proof-note-too-long`,
  tooMany: `${P}.too-many`,
  duplicateId: `${P}.duplicate-id`,
  notice: `${P}.notice`,
} as const;
const V = REPRESENTATIVE_VALIDATION;

export const REPRESENTATIVE_LIMITS = {
  name: 120,
  contact: 300,
  scope: 500,
  proofNote: 300,
  count: 5,
  notices: 2000,
} as const;
const L = REPRESENTATIVE_LIMITS;

export const representativeRoles = ['lawyer', 'counselling-service', 'volunteer', 'other'] as const;
export type RepresentativeRole = (typeof representativeRoles)[number];

/** How the authority was shown; the file needs the proof, not only a name. */
export const proofKinds = ['written-power-of-attorney', 'court-appointment', 'other'] as const;
export type ProofKind = (typeof proofKinds)[number];

const dateOf = (code: string) => z.string({ error: code }).refine(isIsoDate, { error: code });

const text = (required: string, tooLong: string, max: number) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: tooLong });

export const RepresentativeSchema = z.strictObject({
  id: z.uuid({ error: V.invalid }),
  name: text(V.nameRequired, V.nameTooLong, L.name),
  role: z.enum(representativeRoles, { error: V.role }),
  /** Office, address, phone or e-mail. */
  contact: text(V.contactRequired, V.contactTooLong, L.contact),
  /** What the authority covers, e.g. "residence procedure, incl. inspection of files". */
  scope: text(V.scopeRequired, V.scopeTooLong, L.scope),
  proof: z.strictObject({
    kind: z.enum(proofKinds, { error: V.proofKind }),
    /** Date of the power of attorney or appointment. */
    dated: dateOf(V.proofDated).optional(),
    /** Where the proof is (e.g. "copy in the ABH file"). */
    note: z
      .string({ error: V.proofNoteTooLong })
      .trim()
      .max(L.proofNote, { error: V.proofNoteTooLong })
      .optional(),
  }),
  /**
   * Day the representative was recorded on the case. Conversations before it do not each
   * ask for a notice; only the latest of them does (to bring the representative up to date).
   */
  addedOn: dateOf(V.invalid).optional(),
});
export type Representative = z.infer<typeof RepresentativeSchema>;

export const RepresentativesSchema = z
  .array(RepresentativeSchema)
  .max(L.count, { error: V.tooMany })
  .refine((list) => new Set(list.map((r) => r.id)).size === list.length, {
    error: V.duplicateId,
  });

/**
 * "The representative was informed": of the results of a finalised conversation (no
 * actionId) or of one agreed step of it (actionId). Without representativeId it covers
 * every representative of the case at the time. Kept on the case profile because finalised
 * conversations are immutable; syncs with the case.
 */
export const RepresentativeNoticeSchema = z.strictObject({
  sessionId: z
    .string({ error: V.notice })
    .min(1, { error: V.notice })
    .max(100, { error: V.notice }),
  actionId: z
    .string({ error: V.notice })
    .min(1, { error: V.notice })
    .max(100, { error: V.notice })
    .optional(),
  representativeId: z.uuid({ error: V.notice }).optional(),
  informedOn: dateOf(V.notice),
});
export type RepresentativeNotice = z.infer<typeof RepresentativeNoticeSchema>;

export const RepresentativeNoticesSchema = z
  .array(RepresentativeNoticeSchema)
  .max(L.notices, { error: V.notice });

/** The list with `representative` added, or replacing the one with the same id. */
export function upsertRepresentative(
  list: readonly Representative[] | undefined,
  representative: Representative,
): Representative[] {
  const current = list ?? [];
  return current.some((r) => r.id === representative.id)
    ? current.map((r) => (r.id === representative.id ? representative : r))
    : [...current, representative];
}

export function removeRepresentative(
  list: readonly Representative[] | undefined,
  id: string,
): Representative[] {
  return (list ?? []).filter((r) => r.id !== id);
}

/** Whether `notice` says that `representativeId` was informed of the session or action. */
export function noticeCovers(
  notice: RepresentativeNotice,
  representativeId: string,
  sessionId: string,
  actionId?: string,
): boolean {
  if (notice.sessionId !== sessionId) return false;
  if (notice.representativeId !== undefined && notice.representativeId !== representativeId) {
    return false;
  }
  // A notice about the whole conversation covers its agreed steps too.
  return notice.actionId === undefined || notice.actionId === actionId;
}
