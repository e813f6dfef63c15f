import type { EntityTable } from 'dexie';
import type { PerspektiveDb, SealedRow } from '../db';
import { seal, type RecordIdentity } from '../crypto/recordCipher';
import { digestTablesFor, markDigestsStale } from '../caseIndex/staleMarks';
import type { Vault } from '../vault/vault';
import type { Fields, StoreName } from './sealedStore';

export type RemoteItem<T extends Fields> = {
  id: string;
  caseId: string;
  /** undefined: deleted on the server. */
  value: T | undefined;
  rev: number;
};
export type RemoteOutcome = 'applied' | 'kept-local';

type Context<T extends Fields> = {
  db: PerspektiveDb;
  table: EntityTable<SealedRow, 'id'>;
  vault: Vault;
  storeName: StoreName;
  schemaVersion: number;
  identity: (id: string) => RecordIdentity;
  now: () => Date;
  queues: Map<string, Promise<unknown>>;
  laterThan: (previous: string, candidate: string) => string;
  /** The careful one-record path (pending local changes, write queue). */
  applyOne: (item: RemoteItem<T>) => Promise<RemoteOutcome>;
};

/**
 * Writes a pulled page in one transaction instead of one per record: a first sync of
 * thousands of records was dominated by per-record transactions. Records this device has
 * pending changes for, or is writing right now, take the one-record path (which keeps local
 * values). For the rest everything is encrypted first (WebCrypto would end an IndexedDB
 * transaction), then ONE transaction re-checks that none of them changed or gained an outbox
 * entry meanwhile and writes them all. If something did change (another tab, an autosave),
 * nothing of the batch is written and every record goes the one-record path instead.
 * A failure rejects; the caller's checkpoint has not moved, so the page is pulled again.
 */
export async function applyRemoteBatch<T extends Fields>(
  ctx: Context<T>,
  items: readonly RemoteItem<T>[],
): Promise<Map<string, RemoteOutcome>> {
  const outcomes = new Map<string, RemoteOutcome>();
  if (items.length === 0) return outcomes;
  const key = ctx.vault.requireKey();
  const ids = items.map((i) => i.id);
  const [rows, pending] = await Promise.all([
    ctx.table.bulkGet(ids),
    ctx.db.outbox.where('recordId').anyOf(ids).toArray(),
  ]);
  const busy = new Set(pending.map((p) => p.recordId));
  for (const id of ids) if (ctx.queues.has(id)) busy.add(id);
  const before = new Map(ids.map((id, i) => [id, rows[i]?.updatedAt]));
  const simple = items.filter((i) => !busy.has(i.id));
  const stamp = ctx.now().toISOString();
  const puts = await Promise.all(
    simple
      .filter((i) => i.value !== undefined)
      .map(async (i) => {
        const previous = before.get(i.id);
        const row: SealedRow = {
          id: i.id,
          caseId: i.caseId,
          updatedAt: previous ? ctx.laterThan(previous, stamp) : stamp,
          schemaVersion: ctx.schemaVersion,
          data: await seal(key, ctx.identity(i.id), i.value),
          rev: i.rev,
        };
        return { row, value: i.value };
      }),
  );
  const deletes = simple.filter((i) => i.value === undefined).map((i) => i.id);
  const simpleIds = simple.map((i) => i.id);
  const scope = [ctx.table, ctx.db.outbox, ...digestTablesFor(ctx.db, ctx.storeName)];
  const written = await ctx.db.transaction('rw', scope, async () => {
    const [fresh, freshPending] = await Promise.all([
      ctx.table.bulkGet(simpleIds),
      ctx.db.outbox.where('recordId').anyOf(simpleIds).count(),
    ]);
    const changed = simpleIds.some((id, i) => fresh[i]?.updatedAt !== before.get(id));
    if (changed || freshPending > 0) return false;
    await ctx.table.bulkDelete(deletes);
    await ctx.table.bulkPut(puts.map((p) => p.row));
    const touched = simple.map((i) => i.caseId);
    for (const row of fresh) if (row) touched.push(row.caseId);
    await markDigestsStale(ctx.db, ctx.storeName, touched);
    return true;
  });
  if (written) {
    for (const { row, value } of puts) {
      ctx.vault.remember(ctx.storeName, row.id, row.updatedAt, value);
      outcomes.set(row.id, 'applied');
    }
    for (const id of deletes) outcomes.set(id, 'applied');
  }
  for (const item of items) {
    if (!outcomes.has(item.id)) outcomes.set(item.id, await ctx.applyOne(item));
  }
  return outcomes;
}
