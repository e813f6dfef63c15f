import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { IsoDate } from '../../domain';
import { getRepositories } from '../appStorage';
import type { FollowUpRead } from '../caseIndex/followUpIndex';

export type FollowUpList = Omit<FollowUpRead, 'pending'>;

/**
 * The follow-up list from its index (caseIndex/followUpIndex.ts): the whole list's order
 * and counts, and the texts of its first `limit` entries only — a device with thousands of
 * conversations has tens of thousands of entries. `undefined` while loading; after `limit`
 * grows, the previous list stays until the longer one is read. Live: any write to a case
 * or conversation marks its digest stale in the same transaction, which re-runs the query.
 * Digests built from the records are stored afterwards; storing failing (locked meanwhile,
 * quota) loses nothing: they are built again on the next read.
 */
export function useFollowUpList(asOf: IsoDate, limit: number): FollowUpList | undefined {
  const read = useLiveQuery(() => getRepositories().followUpIndex.read(asOf, limit), [asOf, limit]);
  useEffect(() => {
    if (!read?.pending.needed) return;
    getRepositories()
      .followUpIndex.persist(read)
      .catch(() => undefined); // see above: derived data, rebuilt next time
  }, [read]);
  return read;
}
