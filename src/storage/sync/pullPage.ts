import type { Table } from 'dexie';
import type { PullResponse } from '../../protocol';
import type { Fields, SealedStore } from '../records/sealedStore';
import type { RemoteItem } from '../records/remoteBatch';
import type { Vault } from '../vault/vault';
import { forgetPurged, purgeRecords, purgeScope, type RecordRef } from '../records/purge';
import { storePartners } from '../referrals/partners';
import { withdrawnNotices, type WithdrawnIncomingNotice } from '../referrals/withdrawnNotices';
import { noteResyncPage, resyncScope } from './resync';
import { sealConflicts, storePolicy } from './pulledState';
import { noteSkipped, withoutSkipped, type SkippedRecord } from './skipped';
import type { SyncStateStore } from './syncState';

/** A validated record of a pulled page with the store it goes to and its feed position. */
export type PulledEntry = { store: SealedStore<Fields>; seq: number; item: RemoteItem<Fields> };

/**
 * Writes one checked pull page: every record, the page's conflicts, the administrator's
 * policy, the partner list, notes of withdrawn received referrals and the new checkpoint in
 * ONE IndexedDB transaction. Everything is encrypted before it (WebCrypto would end the transaction); inside, the stored rows and
 * the outbox are read and the writes follow without a pause.
 *
 * Exactly once: the checkpoint moves in the same transaction as the records it covers, so a
 * crash or a failure (quota, another tab deleting the database) leaves either the whole page
 * or none of it, and the next pull starts at the old checkpoint. Offline nothing here runs:
 * the page has already arrived.
 *
 * Records with local changes not yet pushed, or with a write under way, are "busy": they are
 * written afterwards one by one (sealedStore.applyRemote keeps the pending fields' local
 * values and the old rev). The checkpoint has moved past them by then, so the transaction
 * also sets `rewindTo` before them: once nothing is pending, the next sync pulls them again
 * (as for records whose local changes were kept — a conflict would otherwise leave the
 * server's state behind the checkpoint for good). A crash before they are written is covered
 * the same way. Pulling a record twice changes nothing.
 *
 * Deletions (tombstones) are final: in the same transaction each deleted record goes with
 * every trace of it — queued changes, conflicts, index entries, for a case all its records —
 * and records of a case deleted earlier are not kept (records/purge.ts). During a full
 * resync the page's ids are noted and its last page removes what the server no longer holds
 * (sync/resync.ts), also in this one transaction.
 */
export async function writePulledPage(
  vault: Vault,
  state: SyncStateStore,
  page: PullResponse,
  entries: readonly PulledEntry[],
  skipped: readonly SkippedRecord[],
  appVersion: string,
  withdrawn: readonly WithdrawnIncomingNotice[] = [],
): Promise<void> {
  const db = vault.db;
  const byStore = new Map<SealedStore<Fields>, PulledEntry[]>();
  for (const entry of entries) {
    const list = byStore.get(entry.store);
    if (list) list.push(entry);
    else byStore.set(entry.store, [entry]);
  }
  const seqOf = new Map(entries.map((e) => [e.item.id, e.seq]));
  const [batches, conflicts] = await Promise.all([
    Promise.all(
      [...byStore].map(async ([store, list]) => ({
        store,
        batch: await store.sealRemote(list.map((e) => e.item)),
      })),
    ),
    sealConflicts(vault, page.conflicts),
  ]);
  const scope = new Set<Table>([
    db.conflicts,
    db.preferences,
    db.outbox,
    ...purgeScope(db),
    ...resyncScope(db),
  ]);
  for (const { batch } of batches) for (const table of batch.scope) scope.add(table);

  const valid = new Set(entries.map((e) => e.item.id));
  const at = new Date().toISOString();
  const casesOfWritten = entries.flatMap((e) =>
    e.item.value === undefined ? [] : [e.item.caseId],
  );
  const done = await db.transaction('rw', [...scope], async () => {
    const { resync } = await state.read();
    const written: { store: SealedStore<Fields>; item: RemoteItem<Fields> }[] = [];
    const deleted: RecordRef[] = [];
    for (const { store, batch } of batches) {
      const result = await batch.write();
      for (const item of result.busy) written.push({ store, item });
      for (const id of result.deleted) deleted.push({ store: store.storeName, id });
    }
    // Conflicts first: a conflict of a record deleted in this page goes with it.
    if (conflicts.length > 0) await db.conflicts.bulkPut(conflicts);
    const purged = await purgeRecords(db, deleted, { at, cascade: true, casesOfWritten });
    const gone = new Set(purged.records.map((r) => r.id));
    const later = written.filter(
      ({ item }) => !gone.has(item.id) && !purged.cases.has(item.caseId),
    );
    if (page.policy) await storePolicy(db, page.policy);
    if (page.partners) await storePartners(db, page.partners);
    // Notes of withdrawn received referrals go with their deletion (see withdrawnNotices.ts).
    await withdrawnNotices(db).add(withdrawn);
    const resynced = resync ? await noteResyncPage(db, resync, page, at) : undefined;
    const rewindTo = Math.min(...later.map(({ item }) => (seqOf.get(item.id) ?? 1) - 1));
    await state.update((s) => {
      const note = noteSkipped(s.skipped, appVersion, skipped, valid);
      const next = {
        ...withoutSkipped(s),
        checkpoint: page.checkpoint,
        serverId: page.serverId,
        ...(note ? { skipped: note } : {}),
        ...(later.length > 0 ? { rewindTo: Math.min(s.rewindTo ?? Infinity, rewindTo) } : {}),
      };
      if (resynced?.ended) delete next.resync;
      return next;
    });
    return { later, purged, swept: resynced?.swept };
  });
  for (const { batch } of batches) batch.committed();
  forgetPurged(vault, done.purged);
  if (done.swept) forgetPurged(vault, done.swept);
  // One by one, each in its record's write queue (see the comment above).
  for (const { store, item } of done.later) {
    await store.applyRemote(item.id, item.caseId, item.value, item.rev);
  }
}
