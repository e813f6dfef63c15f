import type { EntityTable, Table } from 'dexie';
import type { PerspektiveDb, SealedRow } from '../db';
import { seal, type RecordIdentity, type Sealed } from '../crypto/recordCipher';
import { digestTablesFor, markDigestsStale } from '../caseIndex/staleMarks';
import type { Vault } from '../vault/vault';
import type { Fields, StoreName } from './sealedStore';
import type { WriteQueues } from './writeQueues';
import { forgetPurged, purgeRecords, purgeScope } from './purge';

export type RemoteItem<T extends Fields> = {
  id: string;
  caseId: string;
  /** undefined: deleted on the server. */
  value: T | undefined;
  rev: number;
};
export type RemoteOutcome = 'applied' | 'kept-local';

export type RemoteBatchContext<T extends Fields> = {
  db: PerspektiveDb;
  table: EntityTable<SealedRow, 'id'>;
  vault: Vault;
  storeName: StoreName;
  schemaVersion: number;
  identity: (id: string) => RecordIdentity;
  now: () => Date;
  queues: WriteQueues;
  laterThan: (previous: string, candidate: string) => string;
  /** The careful one-record path (pending local changes, write queue). */
  applyOne: (item: RemoteItem<T>) => Promise<RemoteOutcome>;
};

/**
 * A pulled page of one store, encrypted and ready to be written inside the caller's
 * transaction (`scope` must be part of it). Encryption needs no database read: the plain
 * columns (`updatedAt`, `rev`) are not part of the sealed identity, so everything is sealed
 * BEFORE the transaction (awaiting WebCrypto inside one would end it) and the transaction
 * then reads and writes without a pause — a first sync writes each page in one transaction
 * instead of one per record and step.
 */
export type SealedRemoteBatch<T extends Fields> = {
  readonly scope: readonly Table[];
  /**
   * Inside the transaction: reads the stored rows and the outbox, writes every record that
   * has no local change pending and no write under way, and marks their cases' digests
   * stale. Returns the others ("busy"): they must take the one-record path afterwards
   * (`applyOne`), which keeps the local values — and the ids the server deleted, which the
   * caller removes in the same transaction with every trace (records/purge.ts): a deletion
   * is final, local changes or not, so it is never busy. A failure throws and so rolls back
   * the whole transaction.
   */
  write(): Promise<{ busy: RemoteItem<T>[]; deleted: string[] }>;
  /** After the commit: caches the decrypted values; every written record is 'applied'. */
  committed(): Map<string, RemoteOutcome>;
};

export async function sealRemoteBatch<T extends Fields>(
  ctx: RemoteBatchContext<T>,
  items: readonly RemoteItem<T>[],
): Promise<SealedRemoteBatch<T>> {
  const key = ctx.vault.requireKey();
  const sealed = new Map<string, Sealed>();
  await Promise.all(
    items.map(async (item) => {
      if (item.value !== undefined) {
        sealed.set(item.id, await seal(key, ctx.identity(item.id), item.value));
      }
    }),
  );
  const stamp = ctx.now().toISOString();
  // What the last write() stored, for committed(): applied ids, and the values to cache.
  const applied: string[] = [];
  const stored: { row: SealedRow; value: T }[] = [];
  return {
    scope: [ctx.table, ctx.db.outbox, ...digestTablesFor(ctx.db, ctx.storeName)],

    async write() {
      applied.length = 0;
      stored.length = 0;
      if (items.length === 0) return { busy: [], deleted: [] };
      const ids = items.map((i) => i.id);
      const [rows, pendingIds] = await Promise.all([
        ctx.table.bulkGet(ids),
        ctx.db.outbox.where('recordId').anyOf(ids).keys(),
      ]);
      // Checked here, in the same synchronous step as the writes are queued: an autosave
      // that starts later finds this transaction's result (or fails its own re-check).
      const busyIds = new Set(pendingIds.map(String));
      for (const id of ids) if (ctx.queues.has(id)) busyIds.add(id);
      const busy: RemoteItem<T>[] = [];
      const deletes: string[] = [];
      const puts: SealedRow[] = [];
      const touched: string[] = [];
      items.forEach((item, i) => {
        const data = sealed.get(item.id);
        if (item.value === undefined || !data) {
          applied.push(item.id);
          deletes.push(item.id);
          return;
        }
        if (busyIds.has(item.id)) {
          busy.push(item);
          return;
        }
        const previous = rows[i];
        touched.push(item.caseId);
        if (previous) touched.push(previous.caseId);
        applied.push(item.id);
        const row: SealedRow = {
          id: item.id,
          caseId: item.caseId,
          updatedAt: previous ? ctx.laterThan(previous.updatedAt, stamp) : stamp,
          schemaVersion: ctx.schemaVersion,
          data,
          rev: item.rev,
        };
        puts.push(row);
        stored.push({ row, value: item.value });
      });
      await ctx.table.bulkPut(puts);
      await markDigestsStale(ctx.db, ctx.storeName, touched);
      return { busy, deleted: deletes };
    },

    committed() {
      for (const { row, value } of stored) {
        ctx.vault.remember(ctx.storeName, row.id, row.updatedAt, value);
      }
      return new Map(applied.map((id) => [id, 'applied' as const]));
    },
  };
}

/**
 * Writes a pulled page of one store in one transaction instead of one per record (see
 * sealRemoteBatch). Records this device has pending changes for, or is writing right now,
 * take the one-record path afterwards (which keeps local values).
 * A failure rejects and nothing of the transaction is written; the caller's checkpoint has
 * not moved, so the page is pulled again. (The sync client writes all stores of a page,
 * its conflicts and the checkpoint in ONE transaction instead: storage/sync/pullPage.ts.)
 */
export async function applyRemoteBatch<T extends Fields>(
  ctx: RemoteBatchContext<T>,
  items: readonly RemoteItem<T>[],
): Promise<Map<string, RemoteOutcome>> {
  if (items.length === 0) return new Map();
  const batch = await sealRemoteBatch(ctx, items);
  const at = ctx.now().toISOString();
  const { busy, purged } = await ctx.db.transaction(
    'rw',
    [...batch.scope, ...purgeScope(ctx.db)],
    async () => {
      const written = await batch.write();
      const removed = await purgeRecords(
        ctx.db,
        written.deleted.map((id) => ({ store: ctx.storeName, id })),
        {
          at,
          cascade: true,
          casesOfWritten: items.flatMap((i) => (i.value === undefined ? [] : [i.caseId])),
        },
      );
      return { busy: written.busy, purged: removed };
    },
  );
  const outcomes = batch.committed();
  forgetPurged(ctx.vault, purged);
  const gone = new Set(purged.records.map((r) => r.id));
  for (const item of busy) {
    if (gone.has(item.id) || purged.cases.has(item.caseId)) continue;
    outcomes.set(item.id, await ctx.applyOne(item));
  }
  return outcomes;
}
