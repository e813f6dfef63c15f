import type { Table } from 'dexie';
import type { PushRequest, PushResponse } from '../../protocol';
import { markDigestsStale } from '../caseIndex/staleMarks';
import type { Fields, SealedStore } from '../records/sealedStore';
import { serialisedMany, type WriteQueues } from '../records/writeQueues';
import type { Vault } from '../vault/vault';
import type { SyncState, SyncStateStore } from './syncState';

type Mutation = PushRequest['mutations'][number];
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
    if (result.status === 'rejected') {
      rejected.push({
        entity: mutation.entity,
        id: mutation.entityId,
        reason: result.reason ?? 'invalid',
      });
    }
  }

  await serialisedMany(held, () =>
    db.transaction('rw', [...scope], async () => {
      for (const { mutation, result, store } of answered) {
        if (!store) continue;
        // Only "applied" means the server now holds exactly this device's state at `rev`;
        // after a merge or conflict the next pull brings the combined state and its rev.
        if (result.status === 'applied' && result.rev !== undefined) {
          await store.table.update(mutation.entityId, { rev: result.rev });
        }
        if (result.status === 'rejected' && result.reason === 'deleted') {
          await removeDeleted(store, mutation);
        }
      }
      await db.outbox
        .where('mutationId')
        .anyOf(answered.map((a) => a.mutation.mutationId))
        .delete();
      if (rejected.length > 0 || refetch) {
        await state.update((s) => ({
          ...s,
          rejected: [...s.rejected, ...rejected].slice(-100),
          ...(refetch ? { rewindTo: 0 } : {}),
        }));
      }
    }),
  );

  /**
   * Deleted on the server (by an administrator or another device): final here too — the
   * row and its queued changes go (as sealedStore.applyRemote does for a pulled deletion).
   */
  async function removeDeleted(store: SealedStore<Fields>, mutation: Mutation): Promise<void> {
    const row = await store.table.get(mutation.entityId);
    await store.table.delete(mutation.entityId);
    await markDigestsStale(db, store.storeName, [mutation.entityId, ...(row ? [row.caseId] : [])]);
    await db.outbox
      .where('recordId')
      .equals(mutation.entityId)
      .filter((e) => e.inFlight !== true)
      .delete();
  }
}

function isRefusal(result: Result): boolean {
  return (
    result.status === 'immutable' || (result.status === 'rejected' && result.reason !== 'deleted')
  );
}
