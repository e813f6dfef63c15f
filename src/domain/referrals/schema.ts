// A referral: the counselling organisation passes a case on to a recipient named in a signed
// consent — through Perspektive to a partner organisation, or as a printed letter. The sender
// writes it once; afterwards only its state changes (the recipient's answer, arriving from
// the server, or a withdrawal). The recipient organisation holds its own copy, an incoming
// referral (inbox.ts), which the server creates and withdraws.
import { z } from 'zod';
import { consentPurposes, dataCategories } from '../consents/catalog';
import { IsoDateTimeSchema } from '../sessions/schema';
import { ReferralPackageSchema } from './package';
import { REFERRAL_VALIDATION as V } from './validation';

const IdSchema = z.uuid({ error: V.invalid });
const NameSchema = z.string({ error: V.name }).trim().min(1, { error: V.name }).max(200);

export const referralStates = ['sent', 'accepted', 'declined', 'withdrawn', 'refused'] as const;
export type ReferralState = (typeof referralStates)[number];

/** A short progress note of the recipient ("first appointment on …"). */
export const ReferralReportSchema = z.strictObject({
  at: IsoDateTimeSchema,
  by: NameSchema,
  text: z.string({ error: V.report }).trim().min(1, { error: V.report }).max(1000, {
    error: V.report,
  }),
});
export type ReferralReport = z.infer<typeof ReferralReportSchema>;

const draftShape = {
  caseId: IdSchema,
  consentId: IdSchema,
  /** The consent's recipient the case goes to (stable across consent versions). */
  recipientId: IdSchema,
  recipientName: NameSchema,
  channel: z.enum(['perspektive', 'letter'], { error: V.invalid }),
  /** channel 'perspektive': the partner organisation on this server. */
  targetOrgId: IdSchema.optional(),
  purpose: z.enum(consentPurposes, { error: V.purpose }),
  categories: z
    .array(z.enum(dataCategories, { error: V.categories }))
    .min(1, { error: V.categories })
    .max(dataCategories.length),
  package: ReferralPackageSchema,
  message: z.string({ error: V.message }).trim().max(1000, { error: V.message }).optional(),
  sentAt: IsoDateTimeSchema,
  sentBy: NameSchema,
};

function checkDraft(
  r: { channel: 'perspektive' | 'letter'; targetOrgId?: string | undefined; categories: string[] },
  ctx: z.RefinementCtx,
): void {
  if ((r.channel === 'perspektive') !== (r.targetOrgId !== undefined)) {
    ctx.addIssue({ code: 'custom', message: V.recipient, path: ['targetOrgId'] });
  }
  if (new Set(r.categories).size !== r.categories.length) {
    ctx.addIssue({ code: 'custom', message: V.categories, path: ['categories'] });
  }
}

/** What the sender writes once, when sending. */
export const ReferralDraftSchema = z.strictObject(draftShape).superRefine(checkDraft);
export type ReferralDraft = z.infer<typeof ReferralDraftSchema>;

/** Fields only the server sets on the sender's record (from the recipient's answer). */
export const SERVER_REFERRAL_FIELDS = [
  'state',
  'respondedAt',
  'reports',
  'withdrawnReason',
  'recipientDeletedAt',
] as const;

/** Fields the sender may change after sending: only a withdrawal. */
export const SENDER_REFERRAL_PATCH_FIELDS = ['state', 'withdrawnAt', 'withdrawnReason'] as const;

export const ReferralStatusSchema = z.strictObject({
  state: z.enum(referralStates),
  respondedAt: IsoDateTimeSchema.optional(),
  reports: z.array(ReferralReportSchema).max(100).optional(),
  withdrawnAt: IsoDateTimeSchema.optional(),
  withdrawnReason: z.enum(['by-sender', 'consent-revoked']).optional(),
  /**
   * When the server deleted the recipient organisation's copy after a withdrawal (set by the
   * server): only from then on does the sender say that the data is gone there.
   */
  recipientDeletedAt: IsoDateTimeSchema.optional(),
});
export type ReferralStatus = z.infer<typeof ReferralStatusSchema>;

/** The sender's record as stored and synced. */
export const ReferralRecordSchema = z
  .strictObject({ ...draftShape, ...ReferralStatusSchema.shape })
  .superRefine(checkDraft);
export type Referral = ReferralDraft & ReferralStatus & { id: string };
