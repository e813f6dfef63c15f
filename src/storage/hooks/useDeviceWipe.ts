import { useCallback } from 'react';
import { getVault } from '../appStorage';
import { getDb } from '../db';
import { wipeDevice } from '../wipe';
import { useUnsyncedCount } from './useCases';

export type DeviceWipe = {
  /** Changes not yet transferred to the server (lost by wiping); undefined while counting. */
  unsynced: number | undefined;
  /** Deletes all data of this device and locks it; see storage/wipe.ts for failures. */
  wipe: () => Promise<void>;
};

/**
 * Resetting this device. Works while locked too (forgotten passphrase): the outbox holds no
 * personal values and is not encrypted, so its size can be shown before unlocking.
 */
export function useDeviceWipe(): DeviceWipe {
  const unsynced = useUnsyncedCount();
  const wipe = useCallback(() => wipeDevice(getVault(), getDb()), []);
  return { unsynced, wipe };
}
