import type { Table } from 'dexie';
import type { PushRequest, PushResponse } from '../../protocol';
import { forgetPurged, purgeRecords, purgeScope, type RecordRef } from '../records/purge';
import type { Fields, SealedStore } from '../records/sealedStore';
import { serialisedMany, type WriteQueues } from '../records/writeQueues';
import type { Vault } from '../vault/vault';
import type { SyncState, SyncStateStore } from './syncState';

type Result = PushResponse['results'][number];

/**
 * Records the server's answer to a pushed batch in ONE IndexedDB transaction: the confirmed
 * revisions, records the server deleted, the answered outbox entries and the noted
 * rejections. Before, every answered mutation took at least two transactions of its own.
 *
 * Exactly once: the outbox entries leave in the same transaction that stores what their
 * answers mean, so a crash leaves either all of it (nothing more to send) or none of it
 * (the entries stay in flight and are re-sent with the same numbers; the server answers
 * with its stored results and this runs again). Mutations without an answer stay in flight.
 * While the transaction is prepared and runs, every record of the batch is held in its
 * write queue, so an autosave cannot read a record before it and write it after (it would
 * put the old `rev` back). Offline nothing here runs: the answer has already arrived. A
 * failure (quota, database deleted) rejects and leaves the state from before.
 */
export async function recordPushAnswer(
  vault: Vault,
  state: SyncStateStore,
  storeOf: (entity: string) => SealedStore<Fields> | undefined,
  batch: PushRequest,
  response: PushResponse,
): Promise<void> {
  const db = vault.db;
  const results = new Map(response.results.map((r) => [r.mutationId, r]));
  const answered = batch.mutations.flatMap((mutation) => {
    const result = results.get(mutation.mutationId);
    const store = storeOf(mutation.entity);
    return result ? [{ mutation, result, store }] : [];
  });
  if (answered.length === 0) return;

  const scope = new Set<Table>([db.outbox, db.preferences]);
  if (answered.some(({ result }) => isDeleted(result))) {
    for (const table of purgeScope(db)) scope.add(table);
  }
  const held: (readonly [WriteQueues, string])[] = [];
  for (const { mutation, store } of answered) {
    if (!store) continue;
    held.push([store.queues, mutation.entityId]);
    for (const table of store.tables) scope.add(table);
  }
  const rejected: SyncState['rejected'] = [];
  let refetch = false;
  for (const { mutation, result } of answered) {
    if (isRefusal(result)) {
      // The server kept its state and will not send the record again (nothing changed
      // there): pull everything once more so this device does not keep the refused values.
      refetch = true;
    }
    // A record deleted on the server is simply gone here (below): nothing to note, so no
    // trace of it stays beyond its tombstone.
    if (result.status === 'rejected' && !isDeleted(result)) {
      rejected.push({
        entity: mutation.entity,
        id: mutation.entityId,
        reason: result.reason ?? 'invalid',
      });
    }
  }

  const purged = await serialisedMany(held, () =>
    db.transaction('rw', [...scope], async () => {
      const deleted: RecordRef[] = [];
      for (const { mutation, result, store } of answered) {
        if (!store) continue;
        // Only "applied" means the server now holds exactly this device's state at `rev`;
        // after a merge or conflict the next pull brings the combined state and its rev.
        if (result.status === 'applied' && result.rev !== undefined) {
          await store.table.update(mutation.entityId, { rev: result.rev });
        }
        // Deleted on the server (by an administrator, a retention rule or another device):
        // final here too — the record and every trace of it go, for a case all its records
        // (as for a pulled deletion, records/purge.ts).
        if (isDeleted(result)) deleted.push({ store: store.storeName, id: mutation.entityId });
      }
      await db.outbox
        .where('mutationId')
        .anyOf(answered.map((a) => a.mutation.mutationId))
        .delete();
      const removed =
        deleted.length > 0
          ? await purgeRecords(db, deleted, { at: new Date().toISOString(), cascade: true })
          : undefined;
      if (rejected.length > 0 || refetch) {
        await state.update((s) => ({
          ...s,
          rejected: [...s.rejected, ...rejected].slice(-100),
          ...(refetch ? { rewindTo: 0 } : {}),
        }));
      }
      return removed;
    }),
  );
  if (purged) forgetPurged(vault, purged);
}

function isDeleted(result: Result): boolean {
  return result.status === 'rejected' && result.reason === 'deleted';
}

function isRefusal(result: Result): boolean {
  return (
    result.status === 'immutable' || (result.status === 'rejected' && result.reason !== 'deleted')
  );
}
