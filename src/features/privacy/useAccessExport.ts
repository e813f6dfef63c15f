import { useEffect, useState } from 'react';
import type { AccessExportWire, PrivacyClient } from '../../app/sync/SyncProvider';
import { privacyProblem } from './problem';

export type AccessExportState =
  | { kind: 'loading' }
  | { kind: 'ready'; data: AccessExportWire }
  | { kind: 'failed'; problem: { key: string; code: string } };

/**
 * Loads the Art. 15 export of one case from the server (online only). It is held in memory
 * for this screen only — never written to the device's storage; leaving the screen drops it.
 * Each load is one audited export on the server.
 */
export function useAccessExport(client: PrivacyClient, caseId: string): AccessExportState {
  // Answers are kept with the case they belong to: another case shows "loading" at once.
  const [state, setState] = useState<{ key: string; value: AccessExportState }>();
  useEffect(() => {
    let current = true;
    client.accessExport(caseId).then(
      (data) => {
        if (current) setState({ key: caseId, value: { kind: 'ready', data } });
      },
      (error: unknown) => {
        const problem = privacyProblem(error);
        if (current) setState({ key: caseId, value: { kind: 'failed', problem } });
      },
    );
    return () => {
      current = false;
    };
  }, [client, caseId]);
  return state?.key === caseId ? state.value : { kind: 'loading' };
}
