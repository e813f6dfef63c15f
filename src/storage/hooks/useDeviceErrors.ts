import { useCallback, useEffect, useState } from 'react';
import {
  clearDeviceErrors,
  onDeviceErrorsChanged,
  readDeviceErrors,
  type DeviceErrorEntry,
} from '../diagnostics/errorLog';

export type { DeviceErrorEntry } from '../diagnostics/errorLog';

/**
 * The device's error log (newest first), kept current while the screen is open: errors of
 * this tab arrive through the log's listeners, other tabs' through the `storage` event.
 */
export function useDeviceErrors() {
  const [entries, setEntries] = useState<DeviceErrorEntry[]>(() => readDeviceErrors());
  useEffect(() => {
    const refresh = () => {
      setEntries(readDeviceErrors());
    };
    const unsubscribe = onDeviceErrorsChanged(refresh);
    window.addEventListener('storage', refresh);
    return () => {
      unsubscribe();
      window.removeEventListener('storage', refresh);
    };
  }, []);
  const clear = useCallback(() => {
    clearDeviceErrors();
  }, []);
  return { entries: [...entries].reverse(), clear };
}
