import { z } from 'zod';
import type { PerspektiveDb } from '../db';

/**
 * What the sync client remembers about this device, in plain text: ids, counters and times
 * only — nothing personal, so it can be read while the device is locked (status line, wipe
 * warning). The account token is NOT here; it is sealed (see account.ts).
 */
const syncStateSchema = z.object({
  /** This browser profile's device id towards the server (random, created once). */
  clientId: z.uuid(),
  /** The next clientSeq to assign; the server needs them gap-free per device. */
  nextClientSeq: z.number().int().min(1),
  /** Checkpoint after the last applied pull page. */
  checkpoint: z.number().int().nonnegative(),
  /** The server database the checkpoint belongs to; another one means "pull from 0". */
  serverId: z.uuid().optional(),
  /** Entity types this app version stores; a new one (after an update) pulls from 0. */
  entities: z.string(),
  lastSyncAt: z.string().optional(),
  /** Pull again from here once nothing is pending (records whose local changes were kept). */
  rewindTo: z.number().int().nonnegative().optional(),
  /** Mutations the server rejected (entity, id, reason) — ids only, for support. */
  rejected: z.array(z.object({ entity: z.string(), id: z.string(), reason: z.string() })).max(100),
  /**
   * Pulled records this app version could not validate: pulled again from `fromSeq` after
   * an update (see skipped.ts). Ids only, no values.
   */
  skipped: z
    .object({
      appVersion: z.string().max(100),
      fromSeq: z.number().int().nonnegative(),
      records: z.array(z.object({ entity: z.string(), id: z.string() })).max(200),
      more: z.boolean(),
    })
    .optional(),
  /**
   * A full resync under way (sync/resync.ts): the pull restarted at 0 because the server no
   * longer holds the changes after the checkpoint. `serverId` and `checkpoint` are what the
   * device had synced with before; only a resync of that same server database, reaching at
   * least that checkpoint, removes the records it did not bring.
   */
  resync: z.object({ serverId: z.uuid(), checkpoint: z.number().int().nonnegative() }).optional(),
});
export type SyncState = z.infer<typeof syncStateSchema>;

const KEY = 'syncState';
export const LOCAL_ENTITIES = 'case,session,consent,consent-revocation,referral,referral-inbox';

export function syncStateStore(db: PerspektiveDb, newId = () => globalThis.crypto.randomUUID()) {
  const fresh = (): SyncState => ({
    clientId: newId(),
    nextClientSeq: 1,
    checkpoint: 0,
    entities: LOCAL_ENTITIES,
    rejected: [],
  });

  /**
   * The stored state, created on first use inside a transaction (two tabs starting at once
   * must not mint two device ids). A damaged value keeps its device id if readable, pulls
   * from 0 and continues numbering after the highest number still in the outbox.
   */
  async function read(): Promise<SyncState> {
    const parsed = syncStateSchema.safeParse((await db.preferences.get(KEY))?.value);
    if (parsed.success) {
      return parsed.data.entities === LOCAL_ENTITIES
        ? parsed.data
        : { ...parsed.data, checkpoint: 0, entities: LOCAL_ENTITIES };
    }
    return db.transaction('rw', db.preferences, db.outbox, async () => {
      const stored = (await db.preferences.get(KEY))?.value;
      const again = syncStateSchema.safeParse(stored);
      if (again.success) return again.data;
      const oldId = z.uuid().safeParse((stored as { clientId?: unknown } | undefined)?.clientId);
      const highest = Math.max(0, ...(await db.outbox.toArray()).map((e) => e.clientSeq ?? 0));
      const state: SyncState = {
        ...fresh(),
        ...(oldId.success ? { clientId: oldId.data } : {}),
        nextClientSeq: highest + 1,
      };
      await db.preferences.put({ key: KEY, value: state, updatedAt: new Date().toISOString() });
      return state;
    });
  }

  return {
    read,
    /** Applies `change` to the current state inside a transaction (safe across tabs). */
    async update(change: (state: SyncState) => SyncState): Promise<SyncState> {
      return db.transaction('rw', db.preferences, db.outbox, async () => {
        const next = change(await read());
        await db.preferences.put({ key: KEY, value: next, updatedAt: new Date().toISOString() });
        return next;
      });
    },
  };
}
export type SyncStateStore = ReturnType<typeof syncStateStore>;

/**
 * The sync state of a tablet set up from a device backup (storage/backup): a new device
 * towards the server (own id, numbering from 1), pulling from 0. When the backup came from a
 * synced device, its first pull is a full resync against that same server database: records
 * the server deleted since the backup (their tombstones maybe pruned) are removed at its end
 * (resync.ts), while records only the backup holds (never pushed) stay and are pushed.
 */
export function restoredSyncState(
  source: { serverId?: string; checkpoint: number },
  newId = () => globalThis.crypto.randomUUID(),
): SyncState {
  const { serverId, checkpoint } = source;
  return {
    clientId: newId(),
    nextClientSeq: 1,
    checkpoint: 0,
    entities: LOCAL_ENTITIES,
    rejected: [],
    ...(serverId ? { serverId, resync: { serverId, checkpoint } } : {}),
  };
}
