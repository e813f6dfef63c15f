import { useMemo, useState } from 'react';
import type { StatisticsClient } from '../../app/sync/SyncProvider';
import { useSettled } from './useStatisticsData';

/**
 * A statistics office's publication of one quarter, fetched from the office's server (online
 * only, never stored on the device). Offline or refused: a problem to show, nothing cached.
 */
export function usePublication(client: StatisticsClient, quarter: string) {
  const [attempt, setAttempt] = useState(0);
  const request = useMemo(() => ({ client, quarter, attempt }), [client, quarter, attempt]);
  const settled = useSettled(request, (r) => r.client.publication(r.quarter));
  return {
    ...settled,
    reload: () => {
      setAttempt((a) => a + 1);
    },
  };
}
