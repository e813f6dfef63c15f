import type { PerspektiveDb } from '../db';
import type { StoreName } from '../records/sealedStore';

/** Stores whose records feed a case's digests (see domain/caseList). */
const DIGEST_SOURCES: ReadonlySet<StoreName> = new Set<StoreName>(['cases', 'sessions']);

/**
 * The extra tables a write to `storeName` must include in its transaction (maybe none): the
 * case list's and the follow-up list's digests.
 */
export function digestTablesFor(db: PerspektiveDb, storeName: StoreName) {
  return DIGEST_SOURCES.has(storeName) ? [db.caseDigests, db.followUpDigests] : [];
}

/**
 * Marks both digests of `caseIds` stale with a fresh token. Runs INSIDE the caller's write
 * transaction (which includes the table from digestTablesFor): the record and the mark are
 * committed together or not at all, so no write can leave a digest that looks current.
 * The mark replaces the row: the list builds the digest again from the records.
 */
export async function markDigestsStale(
  db: PerspektiveDb,
  storeName: StoreName,
  caseIds: Iterable<string>,
): Promise<void> {
  if (!DIGEST_SOURCES.has(storeName)) return;
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return;
  // The old digest is dropped, not kept: a stale one is never shown, and a blind put is the
  // cheapest write (no read) on every autosave.
  const marks = () => ids.map((id) => ({ id, stale: globalThis.crypto.randomUUID() }));
  await db.caseDigests.bulkPut(marks());
  await db.followUpDigests.bulkPut(marks());
}
