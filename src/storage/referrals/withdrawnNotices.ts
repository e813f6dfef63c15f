import { z } from 'zod';
import type { PerspektiveDb } from '../db';
import type { Fields } from '../records/sealedStore';

/**
 * A received referral that the sender withdrew (or whose consent the person revoked) is
 * deleted from the recipient's devices at the next pull. So that it does not just vanish,
 * the device keeps a note of it — which organisation, sent when, for what purpose: no data
 * about the person — until the counsellor has read it.
 */
const KEY = 'withdrawnIncomingReferrals';

const noticeSchema = z.object({
  id: z.string(),
  fromOrgName: z.string(),
  sentAt: z.string(),
  purpose: z.string(),
  noticedAt: z.string(),
});
export type WithdrawnIncomingNotice = z.infer<typeof noticeSchema>;

async function read(db: PerspektiveDb): Promise<WithdrawnIncomingNotice[]> {
  const parsed = z.array(noticeSchema).safeParse((await db.preferences.get(KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/** The note to keep for a received referral about to be deleted (undefined if unreadable). */
export function withdrawnNoticeOf(
  id: string,
  fields: Fields | undefined,
  noticedAt: string,
): WithdrawnIncomingNotice | undefined {
  const parsed = noticeSchema.omit({ id: true, noticedAt: true }).safeParse({
    fromOrgName: fields?.fromOrgName,
    sentAt: fields?.sentAt,
    purpose: fields?.purpose,
  });
  return parsed.success ? { id, ...parsed.data, noticedAt } : undefined;
}

export function withdrawnNotices(db: PerspektiveDb) {
  return {
    list: () => read(db),
    async add(notices: readonly WithdrawnIncomingNotice[]): Promise<void> {
      if (notices.length === 0) return;
      const known = await read(db);
      const ids = new Set(known.map((n) => n.id));
      await db.preferences.put({
        key: KEY,
        value: [...known, ...notices.filter((n) => !ids.has(n.id))],
        updatedAt: new Date().toISOString(),
      });
    },
    async dismiss(id: string): Promise<void> {
      const rest = (await read(db)).filter((n) => n.id !== id);
      await db.preferences.put({ key: KEY, value: rest, updatedAt: new Date().toISOString() });
    },
  };
}
