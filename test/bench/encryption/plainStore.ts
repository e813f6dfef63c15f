// The baseline: sealedStore's write and read path (src/storage/records/sealedStore.ts) with
// the encryption taken out and nothing else changed — same database schema, same row shape
// (with `data` holding the plain object instead of the sealed one), same per-record write
// queue, one transaction per write holding the row, its outbox entry and the case list's
// stale mark (caseIndex/staleMarks.ts), same outbox coalescing. Keep it in step with sealedStore, or the comparison stops being fair.
import type { OutboxRow, PerspektiveDb } from '../../../src/storage/db';
import type { StoredRecord } from '../../../src/storage/records/sealedStore';
import { digestTablesFor, markDigestsStale } from '../../../src/storage/caseIndex/staleMarks';

type Fields = Record<string, unknown>;

type PlainRow<T> = {
  id: string;
  caseId: string;
  updatedAt: string;
  rev?: number;
  schemaVersion: number;
  data: T;
};

export function plainStore<T extends Fields>(db: PerspektiveDb, schemaVersion = 1) {
  const table = db.table<PlainRow<T>, string>('sessions');
  const queues = new Map<string, Promise<unknown>>();
  const entity: OutboxRow['entity'] = 'session';
  const writeScope = [table, db.outbox, ...digestTablesFor(db, 'sessions')];

  const toRecord = (row: PlainRow<T>): StoredRecord<T> => ({
    id: row.id,
    caseId: row.caseId,
    updatedAt: row.updatedAt,
    rev: row.rev,
    value: row.data,
  });

  function serialised<R>(id: string, task: () => Promise<R>): Promise<R> {
    const previous = queues.get(id) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    queues.set(id, tail);
    void tail.then(() => {
      if (queues.get(id) === tail) queues.delete(id);
    });
    return next;
  }

  async function queueChange(
    kind: OutboxRow['kind'],
    id: string,
    caseId: string,
    fields: string[],
    at: string,
  ): Promise<void> {
    const pending = await db.outbox
      .where('recordId')
      .equals(id)
      .filter((entry) => entry.inFlight !== true)
      .first();
    if (pending?.seq !== undefined) {
      const merged = [...new Set([...pending.fields, ...fields])];
      await db.outbox.update(pending.seq, { fields: merged });
      return;
    }
    await db.outbox.add({
      mutationId: globalThis.crypto.randomUUID(),
      entity,
      recordId: id,
      caseId,
      kind,
      fields,
      createdAt: at,
    });
  }

  return {
    async all(): Promise<StoredRecord<T>[]> {
      return (await table.toArray()).map(toRecord);
    },

    create(id: string, caseId: string, value: T): Promise<StoredRecord<T>> {
      return serialised(id, async () => {
        const updatedAt = new Date().toISOString();
        await db.transaction('rw', writeScope, async () => {
          await table.add({ id, caseId, updatedAt, schemaVersion, data: value });
          await markDigestsStale(db, 'sessions', [caseId]);
          await queueChange('create', id, caseId, Object.keys(value), updatedAt);
        });
        return { id, caseId, updatedAt, rev: undefined, value };
      });
    },

    update(id: string, change: (current: T) => T): Promise<StoredRecord<T>> {
      return serialised(id, async () => {
        const row = await table.get(id);
        if (!row) throw new Error(`sessions/${id} does not exist.`);
        const current = toRecord(row);
        const next = change(current.value);
        const changed = changedFields(current.value, next);
        if (changed.length === 0) return current;
        const updatedAt = laterThan(row.updatedAt, new Date().toISOString());
        await db.transaction('rw', writeScope, async () => {
          const fresh = await table.get(id);
          if (fresh?.updatedAt !== row.updatedAt) throw new Error(`sessions/${id} changed.`);
          await table.put({ ...row, updatedAt, schemaVersion, data: next });
          await markDigestsStale(db, 'sessions', [row.caseId]);
          await queueChange('patch', id, row.caseId, changed, updatedAt);
        });
        return { ...current, updatedAt, value: next };
      });
    },
  };
}

/**
 * A reference below the baseline: one transaction with the row and an outbox entry, without
 * the outbox coalescing lookup and the per-record queue. Shows what those cost (both the
 * baseline and the encrypted path pay them).
 */
export async function bareCreate(
  db: PerspektiveDb,
  id: string,
  caseId: string,
  value: Fields,
): Promise<void> {
  const table = db.table<PlainRow<Fields>, string>('sessions');
  const updatedAt = new Date().toISOString();
  await db.transaction('rw', table, db.outbox, async () => {
    await table.add({ id, caseId, updatedAt, schemaVersion: 1, data: value });
    await db.outbox.add({
      mutationId: globalThis.crypto.randomUUID(),
      entity: 'session',
      recordId: id,
      caseId,
      kind: 'create',
      fields: Object.keys(value),
      createdAt: updatedAt,
    });
  });
}

// Copies of sealedStore's private helpers.
function changedFields(before: Fields, after: Fields): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => JSON.stringify(before[n]) !== JSON.stringify(after[n])).sort();
}

function laterThan(previous: string, candidate: string): string {
  if (candidate > previous) return candidate;
  return new Date(new Date(previous).getTime() + 1).toISOString();
}
