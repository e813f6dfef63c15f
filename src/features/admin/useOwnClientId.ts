import { useEffect, useState } from 'react';
import { getVault } from '../../storage/appStorage';
import { replica } from '../../storage/sync/replica';

/** This browser profile's device id (as the server knows it), to mark "this device". */
export function useOwnClientId(): string | undefined {
  const [clientId, setClientId] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    replica(getVault())
      .state()
      .then(
        (state) => {
          if (current) setClientId(state.clientId);
        },
        () => undefined, // without it the list just does not mark this device
      );
    return () => {
      current = false;
    };
  }, []);
  return clientId;
}
