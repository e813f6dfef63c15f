import type { PerspektiveDb } from '../db';
import type { StoreName } from '../records/sealedStore';

/** Stores whose records feed a case's digest (see domain/caseList). */
const DIGEST_SOURCES: ReadonlySet<StoreName> = new Set<StoreName>(['cases', 'sessions']);

/** The extra table a write to `storeName` must include in its transaction (maybe none). */
export function digestTablesFor(db: PerspektiveDb, storeName: StoreName) {
  return DIGEST_SOURCES.has(storeName) ? [db.caseDigests] : [];
}

/**
 * Marks the digests of `caseIds` stale with a fresh token. Runs INSIDE the caller's write
 * transaction (which includes the table from digestTablesFor): the record and the mark are
 * committed together or not at all, so no write can leave a digest that looks current.
 * A case without a digest row gets a bare mark, which the list treats like a missing digest.
 */
export async function markDigestsStale(
  db: PerspektiveDb,
  storeName: StoreName,
  caseIds: Iterable<string>,
): Promise<void> {
  if (!DIGEST_SOURCES.has(storeName)) return;
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return;
  const rows = await db.caseDigests.bulkGet(ids);
  await db.caseDigests.bulkPut(
    ids.map((id, i) => ({ ...rows[i], id, stale: globalThis.crypto.randomUUID() })),
  );
}
