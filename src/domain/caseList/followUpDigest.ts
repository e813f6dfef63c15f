// The follow-up list's view of one case: its open actions, next appointment and reminders
// to inform representatives, computed once from the case and its conversations without a
// date (urgency depends on the day the list is shown). The device keeps it encrypted beside
// the case list's digest, so the follow-up list reads one small record per case instead of
// decrypting every conversation.
import { z } from 'zod';
import { RepresentativeSchema } from '../cases/representative';
import type { CaseRecord } from '../cases/schema';
import { isIsoDate, type IsoDate } from '../dates';
import { collectFollowUps, sortFollowUps, urgencyOn, type FollowUp } from '../sessions/followUps';
import type { ConversationSession } from '../sessions/schema';

/** Bumped whenever the shape or meaning changes: another format is rebuilt, never shown. */
export const FOLLOW_UP_DIGEST_FORMAT = 1;

const isoDate = z.string().refine(isIsoDate);

const FollowUpItemSchema = z
  .object({
    sessionId: z.string(),
    kind: z.enum(['action', 'appointment', 'inform-representative']),
    dueDate: isoDate.optional(),
    actionId: z.string().optional(),
    actionKey: z.string().optional(),
    text: z.string().optional(),
    responsible: z.enum(['client', 'authority', 'counsellor', 'representative']).optional(),
    time: z.string().optional(),
    place: z.string().optional(),
    about: z.enum(['session', 'action']).optional(),
    representatives: z.array(RepresentativeSchema).readonly().optional(),
  })
  .strict();

export const FollowUpDigestSchema = z
  .object({
    id: z.string().min(1),
    displayName: z.string(),
    items: z.array(FollowUpItemSchema),
    /** The date of each conversation an item refers to (the link says "Gespräch vom …"). */
    sessionDates: z.record(z.string(), z.string()),
  })
  .strict();
export type FollowUpDigest = z.infer<typeof FollowUpDigestSchema>;

/** Any valid date: the items do not depend on it, only their urgency does. */
const ANY_DAY: IsoDate = '2000-01-01';

export function followUpDigestOf(
  caseRecord: CaseRecord,
  sessions: readonly ConversationSession[],
): FollowUpDigest {
  const items = collectFollowUps([{ caseRecord, sessions }], ANY_DAY).map(
    // The case is the digest's; the urgency is the day's (followUpsOn).
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    ({ caseId, urgency, ...item }) => item,
  );
  const referred = new Set(items.map((i) => i.sessionId));
  return {
    id: caseRecord.id,
    displayName: caseRecord.profile.displayName,
    items,
    sessionDates: Object.fromEntries(
      sessions.filter((s) => referred.has(s.id)).map((s) => [s.id, s.asOf]),
    ),
  };
}

/**
 * The follow-up list on `asOf`: the same entries, urgencies and order as collectFollowUps
 * over the records the digests were made from (checked by a property test).
 */
export function followUpsOn(
  digests: readonly FollowUpDigest[],
  asOf: IsoDate,
  soonDays = 7,
): FollowUp[] {
  const urgencyOf = urgencyOn(asOf, soonDays);
  return sortFollowUps(
    digests.flatMap((d) =>
      d.items.map((item): FollowUp => ({
        caseId: d.id,
        ...item,
        urgency: urgencyOf(item.dueDate),
      })),
    ),
  );
}
