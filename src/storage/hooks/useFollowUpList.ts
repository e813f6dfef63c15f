import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { followUpsOn, type FollowUp, type IsoDate } from '../../domain';
import { getRepositories } from '../appStorage';

export type FollowUpList = {
  /** Open actions, appointments and reminders of every case on `asOf`, most urgent first. */
  readonly followUps: readonly FollowUp[];
  /** Case id → name, for every case with a follow-up. */
  readonly names: ReadonlyMap<string, string>;
  /** Conversation id → its date, for every conversation a follow-up refers to. */
  readonly sessionDates: ReadonlyMap<string, string>;
};

/**
 * The follow-up list from its index (caseIndex/followUpIndex.ts): one small sealed digest
 * per case, mostly from one snapshot, instead of decrypting every case and conversation.
 * `undefined` while loading. Live: any write to a case or conversation marks its digest
 * stale in the same transaction, which re-runs the query. Digests built from the records
 * are stored afterwards; storing failing (locked meanwhile, quota) loses nothing: they are
 * built again on the next read.
 */
export function useFollowUpList(asOf: IsoDate): FollowUpList | undefined {
  const read = useLiveQuery(() => getRepositories().followUpIndex.read(), []);
  useEffect(() => {
    if (!read?.needsPersist) return;
    getRepositories()
      .followUpIndex.persist(read)
      .catch(() => undefined); // see above: derived data, rebuilt next time
  }, [read]);
  return useMemo(() => {
    if (!read) return undefined;
    const names = new Map<string, string>();
    const sessionDates = new Map<string, string>();
    for (const digest of read.digests) {
      if (digest.items.length === 0) continue;
      names.set(digest.id, digest.displayName);
      for (const [id, date] of Object.entries(digest.sessionDates)) sessionDates.set(id, date);
    }
    return { followUps: followUpsOn(read.digests, asOf), names, sessionDates };
  }, [read, asOf]);
}
