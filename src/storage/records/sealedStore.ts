import type { OutboxRow, PerspektiveDb, SealedRow } from '../db';
import { open, seal, type RecordIdentity } from '../crypto/recordCipher';
import type { Vault } from '../vault/vault';
import { digestTablesFor, markDigestsStale } from '../caseIndex/staleMarks';
import {
  applyRemoteBatch,
  sealRemoteBatch,
  type RemoteBatchContext,
  type RemoteItem,
  type RemoteOutcome,
  type SealedRemoteBatch,
} from './remoteBatch';
import { serialised as inQueue, writeQueues } from './writeQueues';
import { recordDeviceError } from '../diagnostics/errorLog';
import { belongsToCase, CaseDeletedError, forgetPurged, purgeRecords, purgeScope } from './purge';
import { currentFormat, RECORD_UPGRADES, upgradeValue, type RecordUpgrades } from './upgrades';

export type Fields = Record<string, unknown>;
export type StoreName =
  'cases' | 'sessions' | 'consents' | 'revocations' | 'referrals' | 'incomingReferrals';
export type Entity = OutboxRow['entity'];

export type StoredRecord<T extends Fields> = {
  id: string;
  caseId: string;
  updatedAt: string;
  rev: number | undefined;
  value: T;
};

export type SealedStoreOptions = {
  now?: () => Date;
  newId?: () => string;
  /** The record format upgrades (records/upgrades.ts); tests pass their own. */
  upgrades?: RecordUpgrades;
};

/**
 * Encrypted records of one IndexedDB store, with their outbox entries.
 *
 * Writes: the value is encrypted FIRST (WebCrypto is async and would let an IndexedDB
 * transaction auto-commit), then the row and its outbox entry are written in ONE transaction,
 * so a crash leaves either both or neither. Writes to the same record are serialised, so an
 * autosave never overtakes an earlier one. Offline this is all there is: the outbox waits
 * for the sync client. On failure (quota, locked device) the promise rejects and nothing is
 * written; the caller keeps its in-memory state and can retry.
 *
 * Reads decrypt in memory; decrypted values are cached in the vault and dropped on lock.
 * A row sealed in an older record format is upgraded as it is read (records/upgrades.ts)
 * and written in the current format at its next write.
 */
export function sealedStore<T extends Fields>(
  vault: Vault,
  storeName: StoreName,
  entity: Entity,
  options: SealedStoreOptions = {},
) {
  const db: PerspektiveDb = vault.db;
  const table = db[storeName];
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const upgrades = options.upgrades ?? RECORD_UPGRADES;
  const schemaVersion = currentFormat(upgrades, storeName);
  const queues = writeQueues(vault, storeName);
  // Every transaction that changes a row also marks the case list's digest of its case;
  // a new record checks that its case was not deleted meanwhile (tombstones).
  const writeScope = [table, db.outbox, db.tombstones, ...digestTablesFor(db, storeName)];
  const identity = (id: string, version = schemaVersion): RecordIdentity => ({
    store: storeName,
    id,
    schemaVersion: version,
  });

  async function decrypt(row: SealedRow): Promise<StoredRecord<T>> {
    const key = vault.requireKey();
    let value = vault.cached(storeName, row.id, row.updatedAt) as T | undefined;
    if (value === undefined) {
      const stored = await open<Fields>(key, identity(row.id, row.schemaVersion), row.data);
      value =
        row.schemaVersion === schemaVersion
          ? (stored as T)
          : (upgradeValue(upgrades, storeName, row.id, row.schemaVersion, stored) as T);
      vault.remember(storeName, row.id, row.updatedAt, value);
    }
    return { id: row.id, caseId: row.caseId, updatedAt: row.updatedAt, rev: row.rev, value };
  }

  /**
   * Runs `task` after every earlier write to the same record has settled. A failed write is
   * noted in the device's error log (name, store and id only) before the caller sees it.
   */
  function serialised<R>(id: string, task: () => Promise<R>): Promise<R> {
    return inQueue(queues, id, task).catch((error: unknown) => {
      recordDeviceError('storage', error, { store: storeName, recordId: id });
      throw error;
    });
  }

  async function queueChange(
    kind: OutboxRow['kind'],
    id: string,
    caseId: string,
    fields: string[],
    at: string,
    resolvesConflictId?: string,
  ): Promise<void> {
    // A conflict resolution travels as its own entry; other changes fold into one pending
    // entry per record (never into one that is in flight or resolves a conflict).
    const pending = resolvesConflictId
      ? undefined
      : await db.outbox
          .where('recordId')
          .equals(id)
          .filter((entry) => entry.inFlight !== true && entry.resolvesConflictId === undefined)
          .first();
    if (pending?.seq !== undefined) {
      const merged = [...new Set([...pending.fields, ...fields])];
      await db.outbox.update(pending.seq, { fields: merged });
      return;
    }
    await db.outbox.add({
      mutationId: newId(),
      entity,
      recordId: id,
      caseId,
      kind,
      fields,
      createdAt: at,
      ...(resolvesConflictId ? { resolvesConflictId } : {}),
    });
  }

  function remoteContext(store: {
    applyRemote: (
      id: string,
      caseId: string,
      value: T | undefined,
      rev: number,
    ) => Promise<RemoteOutcome>;
  }): RemoteBatchContext<T> {
    return {
      db,
      table,
      vault,
      storeName,
      schemaVersion,
      identity: (id) => identity(id),
      now,
      queues,
      laterThan,
      applyOne: (item) => store.applyRemote(item.id, item.caseId, item.value, item.rev),
    };
  }

  return {
    async get(id: string): Promise<StoredRecord<T> | undefined> {
      vault.requireKey();
      const row = await table.get(id);
      return row ? decrypt(row) : undefined;
    },

    /** Several records by id (one read), in the order asked; undefined where missing. */
    async getMany(ids: readonly string[]): Promise<(StoredRecord<T> | undefined)[]> {
      vault.requireKey();
      const rows = await table.bulkGet([...ids]);
      return Promise.all(rows.map((row) => (row ? decrypt(row) : Promise.resolve(undefined))));
    },

    async all(): Promise<StoredRecord<T>[]> {
      vault.requireKey();
      return Promise.all((await table.toArray()).map(decrypt));
    },

    async byCase(caseId: string): Promise<StoredRecord<T>[]> {
      vault.requireKey();
      return Promise.all((await table.where('caseId').equals(caseId).toArray()).map(decrypt));
    },

    /**
     * Creates a record; rejects if the id exists (ids are random UUIDs). `signed` also queues
     * the `sign` that freezes it on the server — in the same transaction, so a signed consent
     * is never stored without the change that delivers its signature (or vice versa).
     */
    create(
      id: string,
      caseId: string,
      value: T,
      options: { signed?: boolean } = {},
    ): Promise<StoredRecord<T>> {
      return serialised(id, async () => {
        const key = vault.requireKey();
        const data = await seal(key, identity(id), value);
        const updatedAt = now().toISOString();
        await db.transaction('rw', writeScope, async () => {
          // Checked in the transaction that writes: a pulled deletion of the case (one
          // transaction too) either came first and refuses this, or removes it with the case.
          if (belongsToCase(storeName) && (await db.tombstones.get(caseId))) {
            throw new CaseDeletedError(storeName, id);
          }
          await table.add({ id, caseId, updatedAt, schemaVersion, data });
          await markDigestsStale(db, storeName, [caseId]);
          await queueChange('create', id, caseId, Object.keys(value), updatedAt);
          if (options.signed) {
            await db.outbox.add({
              mutationId: newId(),
              entity,
              recordId: id,
              caseId,
              kind: 'sign',
              fields: [],
              createdAt: updatedAt,
            });
          }
        });
        vault.remember(storeName, id, updatedAt, value);
        return { id, caseId, updatedAt, rev: undefined, value };
      });
    },

    /**
     * Reads the current value, applies `change` (which may throw to refuse, e.g. for a
     * finalised session), encrypts and stores the result. Returns the stored record.
     * `resolvesConflictId` marks the change as a conflict resolution; `forceFields` are
     * queued even when their value did not change.
     */
    update(
      id: string,
      change: (current: T) => T,
      options: { resolvesConflictId?: string; forceFields?: readonly string[] } = {},
    ): Promise<StoredRecord<T>> {
      return serialised(id, async () => {
        const key = vault.requireKey();
        const row = await table.get(id);
        if (!row) throw new Error(`${storeName}/${id} does not exist.`);
        const current = await decrypt(row);
        const next = change(current.value);
        // A row in an older format is written back in the current one: the fields the
        // upgrade changed go to the server too (the stored value is the record's sync fields).
        const before =
          row.schemaVersion === schemaVersion
            ? current.value
            : await open<Fields>(key, identity(id, row.schemaVersion), row.data);
        const changed = [
          ...new Set([
            ...changedFields(current.value, next),
            ...changedFields(before, next),
            ...(options.forceFields ?? []),
          ]),
        ].sort();
        if (changed.length === 0 && !options.resolvesConflictId) return current;
        const data = await seal(key, identity(id), next);
        const updatedAt = laterThan(row.updatedAt, now().toISOString());
        await db.transaction('rw', writeScope, async () => {
          // Re-check inside the transaction: another tab may have written meanwhile.
          const fresh = await table.get(id);
          if (fresh?.updatedAt !== row.updatedAt) throw new ConcurrentWriteError(storeName, id);
          await table.put({ ...row, updatedAt, schemaVersion, data });
          await markDigestsStale(db, storeName, [row.caseId]);
          await queueChange(
            'patch',
            id,
            row.caseId,
            changed,
            updatedAt,
            options.resolvesConflictId,
          );
        });
        vault.remember(storeName, id, updatedAt, next);
        return { ...current, updatedAt, value: next };
      });
    },

    /**
     * Writes the server's state of a record (from a pull) WITHOUT an outbox entry.
     * Fields this device changed and has not pushed yet (its pending outbox entries, read
     * inside the same serialised step, so an autosave cannot slip in between) keep their
     * local value, and then `rev` stays at the local one: the pending push is still judged
     * by the server against the revision the counsellor actually edited. Returns 'kept-local'
     * then, so the caller can fetch the server state again once the push went through.
     * `value` undefined is a deletion on the server: it is final — the row, every pending
     * (not in-flight) change and every other trace of it, and for a case all its records,
     * are removed in one transaction (records/purge.ts).
     * Another tab writing meanwhile → ConcurrentWriteError, nothing written (retry).
     */
    applyRemote(
      id: string,
      caseId: string,
      value: T | undefined,
      rev: number,
    ): Promise<'applied' | 'kept-local'> {
      return serialised(id, async () => {
        const key = vault.requireKey();
        const row = await table.get(id);
        const pending = await db.outbox.where('recordId').equals(id).toArray();
        const fingerprint = JSON.stringify(pending);
        if (value === undefined) {
          const purged = await db.transaction('rw', purgeScope(db), () =>
            purgeRecords(db, [{ store: storeName, id }], {
              at: now().toISOString(),
              cascade: true,
            }),
          );
          forgetPurged(vault, purged);
          return 'applied';
        }
        if (row && pending.some((e) => e.kind === 'create')) return 'kept-local';
        const keepLocal = new Set(pending.flatMap((e) => e.fields));
        let next: Fields = value;
        if (row && keepLocal.size > 0) {
          const local = (await decrypt(row)).value;
          const names = new Set([...Object.keys(value), ...keepLocal]);
          next = Object.fromEntries(
            [...names]
              .map((name) => [name, keepLocal.has(name) ? local[name] : value[name]] as const)
              .filter(([, v]) => v !== undefined),
          );
        }
        const kept = row !== undefined && pending.length > 0;
        const data = await seal(key, identity(id), next);
        const updatedAt = row ? laterThan(row.updatedAt, now().toISOString()) : now().toISOString();
        const keptRev = kept ? row.rev : rev;
        await db.transaction('rw', writeScope, async () => {
          const fresh = await table.get(id);
          const freshPending = await db.outbox.where('recordId').equals(id).toArray();
          if (fresh?.updatedAt !== row?.updatedAt || JSON.stringify(freshPending) !== fingerprint) {
            throw new ConcurrentWriteError(storeName, id);
          }
          await table.put({
            id,
            caseId,
            updatedAt,
            schemaVersion,
            data,
            ...(keptRev !== undefined ? { rev: keptRev } : {}),
          });
          await markDigestsStale(db, storeName, [caseId, ...(row ? [row.caseId] : [])]);
        });
        vault.remember(storeName, id, updatedAt, next);
        return kept ? 'kept-local' : 'applied';
      });
    },

    /**
     * Writes a pulled page: like applyRemote for each item, in one transaction where nothing
     * local is pending (see remoteBatch.ts). Returns each record's outcome.
     */
    applyRemoteBatch(items: readonly RemoteItem<T>[]): Promise<Map<string, RemoteOutcome>> {
      return applyRemoteBatch<T>(remoteContext(this), items);
    },

    /**
     * A pulled page of this store, encrypted, to be written inside the sync client's one
     * transaction per page (storage/sync/pullPage.ts); see remoteBatch.ts.
     */
    sealRemote(items: readonly RemoteItem<T>[]): Promise<SealedRemoteBatch<T>> {
      return sealRemoteBatch<T>(remoteContext(this), items);
    },

    /**
     * For the sync client's one transaction per push answer (storage/sync/pushAck.ts): the
     * table, the tables any write of it needs, and its write queues, in which that
     * transaction holds the batch's records.
     */
    storeName,
    table,
    tables: writeScope,
    queues,

    /** Records the revision the server confirmed for this record (after an applied push). */
    confirmRev(id: string, rev: number): Promise<void> {
      return serialised(id, async () => {
        await table.update(id, { rev });
      });
    },
  };
}
export type SealedStore<T extends Fields> = ReturnType<typeof sealedStore<T>>;

/** Another tab changed the record between read and write; nothing was written. Retry. */
export class ConcurrentWriteError extends Error {
  constructor(store: string, id: string) {
    super(`${store}/${id} was changed elsewhere; reload and retry.`);
    this.name = 'ConcurrentWriteError';
  }
}

function changedFields(before: Fields, after: Fields): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => JSON.stringify(before[n]) !== JSON.stringify(after[n])).sort();
}

/** Keeps `updatedAt` strictly increasing even when two writes share a millisecond. */
function laterThan(previous: string, candidate: string): string {
  if (candidate > previous) return candidate;
  return new Date(new Date(previous).getTime() + 1).toISOString();
}
