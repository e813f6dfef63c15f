// The recipient organisation's copy of a referral. The server creates it from the sender's
// referral (only the consented package travels), removes it when the consent is withdrawn,
// and passes the recipient's answer back. The recipient's devices may change `status` and
// append to `reports`, nothing else.
import { z } from 'zod';
import { consentPurposes, dataCategories } from '../consents/catalog';
import { IsoDateSchema } from '../facts/schema';
import { IsoDateTimeSchema } from '../sessions/schema';
import { ReferralPackageSchema } from './package';
import { ReferralReportSchema, type ReferralReport } from './schema';

export const inboxStatuses = ['open', 'accepted', 'declined'] as const;
export type InboxStatus = (typeof inboxStatuses)[number];

/** Fields the recipient's devices may patch. */
export const INBOX_RESPONSE_FIELDS = ['status', 'reports'] as const;

export const IncomingReferralSchema = z.strictObject({
  referralId: z.uuid(),
  fromOrgId: z.uuid(),
  fromOrgName: z.string().min(1).max(200),
  sentAt: IsoDateTimeSchema,
  sentBy: z.string().min(1).max(200),
  purpose: z.enum(consentPurposes),
  categories: z.array(z.enum(dataCategories)).min(1).max(dataCategories.length),
  package: ReferralPackageSchema,
  message: z.string().max(1000).optional(),
  /** Last day the consent allows the data to be used (the recipient sees it). */
  consentValidUntil: IsoDateSchema,
  status: z.enum(inboxStatuses),
  reports: z.array(ReferralReportSchema).max(100),
});
export type IncomingReferralContent = z.infer<typeof IncomingReferralSchema>;
export type IncomingReferral = IncomingReferralContent & { id: string };

export type InboxResponseIssue = 'status' | 'reports-rewritten' | 'reports';

/**
 * Whether a recipient's change is acceptable: status one of the known values, and the reports
 * list only extended (earlier reports are part of what the sender was told; never rewritten).
 */
export function inboxResponseIssue(
  before: { status: InboxStatus; reports: readonly ReferralReport[] },
  change: { status?: unknown; reports?: unknown },
): InboxResponseIssue | undefined {
  if (change.status !== undefined && !inboxStatuses.includes(change.status as InboxStatus)) {
    return 'status';
  }
  if (change.reports === undefined) return undefined;
  const parsed = z.array(ReferralReportSchema).max(100).safeParse(change.reports);
  if (!parsed.success) return 'reports';
  const same = before.reports.every((r, i) => {
    const after = parsed.data[i];
    return after !== undefined && r.at === after.at && r.by === after.by && r.text === after.text;
  });
  return same && parsed.data.length >= before.reports.length ? undefined : 'reports-rewritten';
}
