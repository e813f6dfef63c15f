import type { Table } from 'dexie';
import type { PerspektiveDb } from '../db';
import type { Vault } from '../vault/vault';
import { markDigestsStale } from '../caseIndex/staleMarks';
import type { StoreName } from './sealedStore';

/** One stored record: its store and id. */
export type RecordRef = { readonly store: StoreName; readonly id: string };

/** What a purge removed: every record, and the cases removed with all their records. */
export type Purged = {
  readonly records: readonly RecordRef[];
  readonly cases: ReadonlySet<string>;
};

/** Every store of sealed records. */
export const SEALED_STORES: readonly StoreName[] = [
  'cases',
  'sessions',
  'consents',
  'revocations',
  'referrals',
  'incomingReferrals',
];

/**
 * Stores whose rows name the case they belong to (`caseId`). An incoming referral belongs to
 * no local case (its own id stands in): it goes by its own tombstone.
 */
const CASE_STORES: readonly StoreName[] = ['sessions', 'consents', 'revocations', 'referrals'];

/**
 * A deleted case is remembered this long (its id and the day only). Longer than the server
 * keeps tombstones: a device offline beyond that horizon resets and resyncs in full
 * (sync/resync.ts), which removes whatever the server no longer holds anyway.
 */
export const TOMBSTONE_MEMORY_DAYS = 400;

/** The tables a purge writes: the caller's transaction must include all of them. */
export function purgeScope(db: PerspektiveDb): Table[] {
  return [
    ...SEALED_STORES.map((store) => db[store]),
    db.outbox,
    db.conflicts,
    db.caseDigests,
    db.followUpDigests,
    db.caseDigestSnapshot,
    db.tombstones,
  ];
}

export type PurgeOptions = {
  /** When this device learnt of the deletion (ISO time); kept with a deleted case's id. */
  readonly at: string;
  /**
   * Deletions from the server (tombstones): a deleted case takes every local record of it
   * along and is remembered, and so is any case in `casesOfWritten` deleted earlier. false
   * for the full resync's sweep (sync/resync.ts): only the records named go, so a record
   * created offline in a case the server no longer holds is never removed with it.
   */
  readonly cascade: boolean;
  /** Case ids of records written in the same transaction (a page): orphans of deleted cases go. */
  readonly casesOfWritten?: readonly string[];
};

/**
 * Removes records the server deleted, and every trace of them on this device, INSIDE the
 * caller's transaction (whose scope includes `purgeScope`): the rows, their queued changes
 * (entries in flight stay until the server answered them: they hold ids and field names
 * only, and their numbers must be used), their conflicts (which hold both values), the
 * digests of a deleted case, stale marks for the cases of other deleted records, and the
 * sealed snapshots of both lists (they still hold the old digests; they are derived and
 * built again on the next read). A deleted case is remembered by id (`tombstones`).
 *
 * Called where the deletion arrives: a pulled page (sync/pullPage.ts, in the page's one
 * transaction), a push answer `deleted` (sync/pushAck.ts), the one-record path
 * (sealedStore.applyRemote) and the end of a full resync. Offline nothing arrives, so
 * nothing runs; a failure throws and rolls back the caller's whole transaction, so the
 * deletion is applied with its page or not at all (the page is pulled again).
 * Decrypted copies in the vault's memory go with `forgetPurged` after the commit.
 */
export async function purgeRecords(
  db: PerspektiveDb,
  deleted: readonly RecordRef[],
  options: PurgeOptions,
): Promise<Purged> {
  const cases = new Set<string>();
  if (options.cascade) {
    for (const ref of deleted) if (ref.store === 'cases') cases.add(ref.id);
    const written = [...new Set(options.casesOfWritten ?? [])].filter((id) => !cases.has(id));
    if (written.length > 0) {
      const known = await db.tombstones.bulkGet(written);
      for (const row of known) if (row) cases.add(row.id);
    }
  }
  if (deleted.length === 0 && cases.size === 0) return { records: [], cases };

  const byStore = new Map<StoreName, Set<string>>();
  const add = (store: StoreName, id: string) => {
    const ids = byStore.get(store) ?? new Set<string>();
    ids.add(id);
    byStore.set(store, ids);
  };
  for (const ref of deleted) add(ref.store, ref.id);
  if (cases.size > 0) {
    for (const id of cases) add('cases', id);
    const caseIds = [...cases];
    const members = await Promise.all(
      CASE_STORES.map(async (store) => ({
        store,
        ids: await db[store].where('caseId').anyOf(caseIds).primaryKeys(),
      })),
    );
    for (const { store, ids } of members) for (const id of ids) add(store, id);
  }

  // Cases of removed records that remain: their digests are marked stale (built again).
  const touchedCases = new Set<string>();
  const records: RecordRef[] = [];
  for (const [store, idSet] of byStore) {
    const ids = [...idSet];
    const rows = await db[store].bulkGet(ids);
    for (const row of rows) if (row) touchedCases.add(row.caseId);
    await db[store].bulkDelete(ids);
    for (const id of ids) records.push({ store, id });
  }
  const allIds = records.map((r) => r.id);
  await db.outbox
    .where('recordId')
    .anyOf(allIds)
    .filter((entry) => entry.inFlight !== true)
    .delete();
  if (cases.size > 0) {
    await db.outbox
      .where('caseId')
      .anyOf([...cases])
      .filter((entry) => entry.inFlight !== true)
      .delete();
  }
  await db.conflicts.where('entityId').anyOf(allIds).delete();

  const goneCases = [...cases, ...records.filter((r) => r.store === 'cases').map((r) => r.id)];
  await db.caseDigests.bulkDelete(goneCases);
  await db.followUpDigests.bulkDelete(goneCases);
  const gone = new Set(goneCases);
  await markDigestsStale(
    db,
    'sessions',
    [...touchedCases].filter((id) => !gone.has(id)),
  );
  if (records.some((r) => r.store === 'cases' || r.store === 'sessions')) {
    await db.caseDigestSnapshot.clear();
  }

  const newlyDeleted = deleted.filter((r) => r.store === 'cases').map((r) => r.id);
  if (options.cascade && newlyDeleted.length > 0) {
    await db.tombstones.bulkPut(newlyDeleted.map((id) => ({ id, at: options.at })));
    const cutoff = new Date(Date.parse(options.at) - TOMBSTONE_MEMORY_DAYS * 86_400_000);
    await db.tombstones.where('at').below(cutoff.toISOString()).delete();
  }
  return { records, cases };
}

/** After the commit: drops the decrypted copies of purged records from the vault's memory. */
export function forgetPurged(vault: Vault, purged: Purged): void {
  for (const { store, id } of purged.records) vault.forget(store, id);
}

/** A record of a case deleted on the server cannot be written any more. */
export class CaseDeletedError extends Error {
  constructor(store: string, id: string) {
    // Ids only: random UUIDs, nothing personal.
    super(`${store}/${id} belongs to a case that was deleted.`);
    this.name = 'CaseDeletedError';
  }
}

/** Whether records of `store` belong to a case that a tombstone can name. */
export function belongsToCase(store: StoreName): boolean {
  return CASE_STORES.includes(store);
}
