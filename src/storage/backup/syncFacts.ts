import { z } from 'zod';

/**
 * What a backup and its reminder need from the sync client's state (storage/sync/
 * syncState.ts, stored plain under this key): the server the records were synced with, the
 * checkpoint and the time of the last successful sync. Read loosely from the raw row — no
 * state is created here, so it works in a live query and while locked; anything unreadable
 * counts as "never synced". syncState.test.ts checks that both agree.
 */
export const SYNC_STATE_KEY = 'syncState';

const factsSchema = z.object({
  serverId: z.uuid().optional().catch(undefined),
  checkpoint: z.number().int().nonnegative().catch(0),
  lastSyncAt: z.string().optional().catch(undefined),
});

export type SyncFacts = z.infer<typeof factsSchema>;

export function syncFacts(value: unknown): SyncFacts {
  return factsSchema.safeParse(value).data ?? { checkpoint: 0 };
}
