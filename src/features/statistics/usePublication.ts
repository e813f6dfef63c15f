import { useMemo, useState } from 'react';
import type { StatisticsClient } from '../../app/sync/SyncProvider';
import { useSettled } from './useStatisticsData';

/**
 * A statistics office's released publication of one quarter, fetched from the office's server
 * (online only, never stored on the device). Nothing is asked for a quarter that is not
 * released: the server has nothing to show for it. Offline or refused: a problem to show.
 */
export function usePublication(client: StatisticsClient, quarter: string, released: boolean) {
  const [attempt, setAttempt] = useState(0);
  const request = useMemo(
    () => (released ? { client, quarter, attempt } : undefined),
    [client, quarter, attempt, released],
  );
  const settled = useSettled(request, (r) => r.client.publication(r.quarter));
  return {
    ...settled,
    reload: () => {
      setAttempt((a) => a + 1);
    },
  };
}

/** Which quarters the office has released (online only, never stored); reload after a release. */
export function useReleases(client: StatisticsClient) {
  const [attempt, setAttempt] = useState(0);
  const request = useMemo(() => ({ client, attempt }), [client, attempt]);
  const settled = useSettled(request, (r) => r.client.releases());
  return {
    ...settled,
    reload: () => {
      setAttempt((a) => a + 1);
    },
  };
}
