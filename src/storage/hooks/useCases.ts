import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getRepositories } from '../appStorage';
import { getDb } from '../db';
import type { StoredCase } from '../cases/caseRepository';
import type { CaseListEntry } from '../caseIndex/caseIndex';
import type { StoredSession } from '../sessions/sessionRepository';

export type { CaseListEntry };

/**
 * The start screen's list: one digest per case (name, file number, nationality, open
 * conversations, earliest follow-up), newest change first; `undefined` while loading. Live.
 * Digests that had to be built from the records are stored afterwards, so the next opening
 * reads only the digests. Storing them failing (locked meanwhile, quota) loses nothing: they
 * are built again on the next read.
 */
export function useCaseList(): readonly CaseListEntry[] | undefined {
  const read = useLiveQuery(() => getRepositories().caseIndex.read(), []);
  useEffect(() => {
    if (!read?.needsPersist) return;
    getRepositories()
      .caseIndex.persist(read)
      .catch(() => undefined); // see above: derived data, rebuilt next time
  }, [read]);
  return read?.entries;
}

/** One case and its conversations; `null` when it does not exist, undefined while loading. */
export function useCaseDetail(
  caseId: string,
): { record: StoredCase; sessions: readonly StoredSession[] } | null | undefined {
  return useLiveQuery(async () => {
    const { cases, sessions } = getRepositories();
    const [record, own] = await Promise.all([cases.get(caseId), sessions.byCase(caseId)]);
    return record ? { record, sessions: own } : null;
  }, [caseId]);
}

/** One conversation with its case; `null` when missing, undefined while loading. */
export function useSessionDetail(
  sessionId: string,
): { session: StoredSession; record: StoredCase } | null | undefined {
  return useLiveQuery(async () => {
    const { cases, sessions } = getRepositories();
    // The case id is plain in the row. Both repository reads start before either decrypts:
    // awaiting WebCrypto between Dexie reads would end the live query's change tracking,
    // and later changes to the case would not refresh the screen.
    const row = await getDb().sessions.get(sessionId);
    if (!row) return null;
    const [session, record] = await Promise.all([sessions.get(sessionId), cases.get(row.caseId)]);
    return session && record ? { session, record } : null;
  }, [sessionId]);
}

/** Number of changes waiting to be pushed (for the wipe warning and the sync status). */
export function useUnsyncedCount(): number | undefined {
  return useLiveQuery(() => getDb().outbox.count(), []);
}

/** The write operations screens may use. */
export function useRecordActions() {
  return getRepositories();
}
