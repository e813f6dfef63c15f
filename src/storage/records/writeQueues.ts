import type { Vault } from '../vault/vault';
import type { StoreName } from './sealedStore';

/**
 * Per-record write queues, shared by every sealed store over the same vault and table, so a
 * repository's autosave and the sync client's writes never interleave on one record: each
 * write reads, encrypts (outside any transaction) and writes, and a second write to the same
 * record starting in between would be lost or refused. Memory only: a reload starts empty,
 * and the transactions' own re-checks guard against other tabs.
 */
export type WriteQueues = Map<string, Promise<unknown>>;

const allQueues = new WeakMap<Vault, Map<string, WriteQueues>>();

export function writeQueues(vault: Vault, storeName: StoreName): WriteQueues {
  let byStore = allQueues.get(vault);
  if (!byStore) {
    byStore = new Map<string, WriteQueues>();
    allQueues.set(vault, byStore);
  }
  let queues = byStore.get(storeName);
  if (!queues) {
    queues = new Map<string, Promise<unknown>>();
    byStore.set(storeName, queues);
  }
  return queues;
}

/** Runs `task` after every earlier write to the same record has settled. */
export function serialised<R>(queues: WriteQueues, id: string, task: () => Promise<R>) {
  return serialisedMany([[queues, id]], task);
}

/**
 * Runs `task` once every earlier write to ALL of the given records has settled, and holds
 * each of them until it has: one transaction for a whole push batch behaves, for every
 * record in it, like a write of its own in the queue (no autosave reads a record before the
 * batch and writes it after). The outcome of an earlier write does not matter: a failed
 * autosave must not block the queue.
 */
export function serialisedMany<R>(
  records: readonly (readonly [WriteQueues, string])[],
  task: () => Promise<R>,
): Promise<R> {
  const previous = records.map(([queues, id]) => queues.get(id) ?? Promise.resolve());
  const next = Promise.all(previous).then(task, task);
  const tail = next.catch(() => undefined);
  for (const [queues, id] of records) {
    queues.set(id, tail);
    void tail.then(() => {
      if (queues.get(id) === tail) queues.delete(id);
    });
  }
  return next;
}
