import { useCallback, useEffect, useState } from 'react';
import { readStorageState, requestPersistence, type StorageState } from '../deviceStorage';

export function useStorageState() {
  const [state, setState] = useState<StorageState | undefined>(undefined);
  const refresh = useCallback(async () => {
    setState(await readStorageState(navigator.storage));
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const persist = useCallback(async () => {
    await requestPersistence(navigator.storage);
    await refresh();
  }, [refresh]);
  return { state, persist };
}
