// The case list's view of one case: what the start screen shows, searches and filters on,
// computed once from the case and its conversations. The device keeps it (encrypted) so the
// list does not have to read and decrypt every conversation each time it opens.
import { z } from 'zod';
import type { CaseRecord } from '../cases/schema';
import { currentClosing } from '../cases/closing';
import { isAfter, isIsoDate, type IsoDate } from '../dates';
import { collectFollowUps } from '../sessions/followUps';
import type { ConversationSession } from '../sessions/schema';

/**
 * Bumped whenever the digest's shape or meaning changes: a stored digest of another format is
 * treated as missing and built again, so an app update never shows an outdated list.
 */
export const CASE_DIGEST_FORMAT = 2;

export const CaseDigestSchema = z
  .object({
    id: z.string().min(1),
    /** The case record's last change (the list's order: newest first). */
    updatedAt: z.string().min(1),
    profile: z
      .object({
        displayName: z.string(),
        pseudonymised: z.boolean(),
        fileNumber: z.string().optional(),
      })
      .strict(),
    facts: z.object({ nationality: z.string().optional() }).strict(),
    /** Conversations not finalised yet. */
    openSessions: z.number().int().nonnegative(),
    /**
     * The earliest due date among the case's follow-ups (open actions, next appointment,
     * reminders to inform representatives). Whether it is due is decided on the day the list
     * is shown (followUpDueOn), so the digest does not depend on today's date.
     */
    earliestDue: z.string().refine(isIsoDate).optional(),
    /** Set while the case is closed: the day of its closing in force (format 2). */
    closedOn: z.string().refine(isIsoDate).optional(),
  })
  .strict();

export type CaseDigest = z.infer<typeof CaseDigestSchema>;

/** Any valid date: follow-up due dates do not depend on it, only their urgency does. */
const ANY_DAY: IsoDate = '2000-01-01';

export function caseDigestOf(
  caseRecord: CaseRecord & { readonly updatedAt: string },
  sessions: readonly ConversationSession[],
): CaseDigest {
  const dues = collectFollowUps([{ caseRecord, sessions }], ANY_DAY).flatMap((f) =>
    f.dueDate === undefined ? [] : [f.dueDate],
  );
  const earliestDue = dues.sort()[0];
  const { displayName, pseudonymised, fileNumber } = caseRecord.profile;
  const nationality = caseRecord.facts.nationality;
  const closing = currentClosing(caseRecord.profile.lifecycle);
  return {
    id: caseRecord.id,
    updatedAt: caseRecord.updatedAt,
    profile: {
      displayName,
      pseudonymised,
      ...(fileNumber !== undefined ? { fileNumber } : {}),
    },
    facts: nationality !== undefined ? { nationality } : {},
    openSessions: sessions.filter((s) => s.status === 'draft').length,
    ...(earliestDue !== undefined ? { earliestDue } : {}),
    ...(closing ? { closedOn: closing.on } : {}),
  };
}

/** The list's open/closed filter. */
export type CaseStateFilter = 'all' | 'open' | 'closed';

export function matchesStateFilter(digest: CaseDigest, filter: CaseStateFilter): boolean {
  if (filter === 'all') return true;
  return (digest.closedOn !== undefined) === (filter === 'closed');
}

/** True if a follow-up of the case is overdue or due on `asOf` (the list's "due" filter). */
export function followUpDueOn(digest: CaseDigest, asOf: IsoDate): boolean {
  return digest.earliestDue !== undefined && !isAfter(digest.earliestDue, asOf);
}

/** Newest change first; ties by id so the order is stable. */
export function compareDigests(a: CaseDigest, b: CaseDigest): number {
  return b.updatedAt.localeCompare(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
