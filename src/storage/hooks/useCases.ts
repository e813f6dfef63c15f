import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { collectFollowUps, type FollowUp, type IsoDate } from '../../domain';
import { getRepositories } from '../appStorage';
import { getDb } from '../db';
import type { StoredCase } from '../cases/caseRepository';
import type { CaseListEntry } from '../caseIndex/caseIndex';
import type { StoredSession } from '../sessions/sessionRepository';

export type CaseOverview = {
  readonly record: StoredCase;
  readonly sessions: readonly StoredSession[];
  /** Draft conversations (not finalised). */
  readonly openSessions: number;
  /** Changes on this device not yet accepted by the server. */
  readonly unsynced: boolean;
};

/**
 * Every case with its conversations, decrypted in memory; `undefined` while loading. Live:
 * updates after any write (also from another tab). The Dexie reads all start before any
 * decryption, which keeps the live query's change tracking intact.
 */
export function useCaseOverviews(): readonly CaseOverview[] | undefined {
  return useLiveQuery(async () => {
    const { cases, sessions } = getRepositories();
    const [caseList, sessionList, pendingIds] = await Promise.all([
      cases.list(),
      sessions.all(),
      getDb().outbox.orderBy('caseId').uniqueKeys(),
    ]);
    const pending = new Set(pendingIds.map(String));
    // Grouped once: filtering all sessions per case was quadratic (2,500 × 10,000).
    const byCase = new Map<string, StoredSession[]>();
    for (const session of sessionList) {
      const list = byCase.get(session.caseId);
      if (list) list.push(session);
      else byCase.set(session.caseId, [session]);
    }
    return caseList.map((record) => {
      const own = (byCase.get(record.id) ?? []).sort((a, b) => b.asOf.localeCompare(a.asOf));
      return {
        record,
        sessions: own,
        openSessions: own.filter((s) => s.status === 'draft').length,
        unsynced: pending.has(record.id),
      };
    });
  }, []);
}

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

/** Agreed actions and appointments across all cases, most urgent first. */
export function useFollowUps(asOf: IsoDate): readonly FollowUp[] | undefined {
  return useFollowUpsOf(useCaseOverviews(), asOf);
}

/**
 * The same from overviews a screen already holds (the case list), so every record is not
 * read and decrypted a second time by another live query.
 */
export function useFollowUpsOf(
  overviews: readonly CaseOverview[] | undefined,
  asOf: IsoDate,
): readonly FollowUp[] | undefined {
  return useMemo(
    () =>
      overviews &&
      collectFollowUps(
        overviews.map((o) => ({ caseRecord: o.record, sessions: [...o.sessions] })),
        asOf,
      ),
    [overviews, asOf],
  );
}

/** Number of changes waiting to be pushed (for the wipe warning and the sync status). */
export function useUnsyncedCount(): number | undefined {
  return useLiveQuery(() => getDb().outbox.count(), []);
}

/** The write operations screens may use. */
export function useRecordActions() {
  return getRepositories();
}
