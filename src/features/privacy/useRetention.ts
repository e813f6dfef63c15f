import { useCallback, useEffect, useState } from 'react';
import type { PrivacyClient } from '../../app/sync/SyncProvider';
import type { RetentionState } from '../../protocol';
import { privacyProblem } from './problem';

export type RetentionData = {
  /** The last state the server answered (kept when a reload fails). */
  state: RetentionState | undefined;
  loading: boolean;
  /** Why the last load failed. */
  problem: { key: string; code: string } | undefined;
  reload: () => void;
};

/**
 * The organisation's retention settings, rules, due list and deletion log (online only;
 * nothing is stored on the device). Reloaded after every change the screen makes, so the
 * due list and the log always show what the server holds.
 */
export function useRetention(client: PrivacyClient): RetentionData {
  const [request, setRequest] = useState(0);
  const [settled, setSettled] = useState<{ client: PrivacyClient; request: number }>();
  const [state, setState] = useState<RetentionState>();
  const [problem, setProblem] = useState<RetentionData['problem']>();

  useEffect(() => {
    let current = true;
    client.state().then(
      (loaded) => {
        if (!current) return;
        setState(loaded);
        setProblem(undefined);
        setSettled({ client, request });
      },
      (error: unknown) => {
        if (!current) return;
        setProblem(privacyProblem(error));
        setSettled({ client, request });
      },
    );
    return () => {
      current = false;
    };
  }, [client, request]);

  const reload = useCallback(() => {
    setRequest((r) => r + 1);
  }, []);
  return {
    state,
    loading: settled?.client !== client || settled.request !== request,
    problem,
    reload,
  };
}
