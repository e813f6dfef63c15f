import type { Table } from 'dexie';
import type { PullResponse } from '../../protocol';
import type { PerspektiveDb } from '../db';
import { purgeRecords, SEALED_STORES, type Purged, type RecordRef } from '../records/purge';
import type { SyncState } from './syncState';

/*
 * The full resync after `410 reset_required`.
 *
 * The server prunes tombstones after its horizon; a device whose checkpoint is older is
 * told to pull again from 0. A deletion whose tombstone is gone then never arrives: the full
 * pull simply does not contain the record. So a full resync notes the id of every record it
 * pulls (`resyncSeen`, ids only, in each page's transaction) and, in the transaction of its
 * last page, removes every local record it did not bring (the sweep) — but only:
 *
 * - records the server once confirmed (`rev` ≥ 1). A record created offline and not yet
 *   pushed has no rev (and a referral the server refused has rev 0): it is never removed;
 * - when the full pull came from the SAME server database the device synced with before
 *   (`serverId`) and reached at least its old checkpoint. A server restored from an older
 *   backup (a new serverId, or the same one with a feed that went backwards) lacks records
 *   that exist only on the devices now: those are kept, never swept.
 *
 * Interrupted (offline, tab closed, crash, a failing page): nothing was swept — the sweep is
 * part of the last page's transaction, all or nothing. The marker and the ids noted so far
 * stay, and the next sync continues from the checkpoint and sweeps at its end. Another
 * `reset_required` meanwhile starts the notes again from 0 (the pull does too).
 */

/** What the page transaction must include for the resync's bookkeeping and sweep. */
export function resyncScope(db: PerspektiveDb): Table[] {
  return [db.resyncSeen, ...SEALED_STORES.map((store) => db[store])];
}

/** The marker a full resync starts with; none when the device never synced with a server. */
export function resyncMarker(state: SyncState): SyncState['resync'] {
  if (state.resync) return state.resync; // an interrupted resync: keep what it started from
  return state.serverId ? { serverId: state.serverId, checkpoint: state.checkpoint } : undefined;
}

/**
 * Inside the page's transaction, when a full resync is under way: notes the page's record ids
 * (every record the server sent, also ones this version skipped or keeps local changes of),
 * and at the last page sweeps and clears the notes. Returns whether the resync ended (the
 * caller drops the marker in the same transaction) and what the sweep removed.
 */
export async function noteResyncPage(
  db: PerspektiveDb,
  marker: NonNullable<SyncState['resync']>,
  page: PullResponse,
  at: string,
): Promise<{ ended: boolean; swept: Purged | undefined }> {
  const ids = page.records.filter((r) => !r.deleted).map((r) => ({ id: r.entityId }));
  if (ids.length > 0) await db.resyncSeen.bulkPut(ids);
  if (page.hasMore) return { ended: false, swept: undefined };
  let swept: Purged | undefined;
  if (page.serverId === marker.serverId && page.checkpoint >= marker.checkpoint) {
    swept = await purgeRecords(db, await notPulled(db), { at, cascade: false });
  }
  await db.resyncSeen.clear();
  return { ended: true, swept };
}

/** Records the server once confirmed that the full pull did not bring. */
async function notPulled(db: PerspektiveDb): Promise<RecordRef[]> {
  const seen = new Set((await db.resyncSeen.toCollection().primaryKeys()).map(String));
  const refs: RecordRef[] = [];
  for (const store of SEALED_STORES) {
    const keys = await db[store].toCollection().primaryKeys();
    const missing = keys.map(String).filter((id) => !seen.has(id));
    if (missing.length === 0) continue;
    const rows = await db[store].bulkGet(missing);
    for (const row of rows) {
      if (row?.rev !== undefined && row.rev >= 1) refs.push({ store, id: row.id });
    }
  }
  return refs;
}
