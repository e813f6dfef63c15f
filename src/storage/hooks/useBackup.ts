import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getVault } from '../appStorage';
import { createBackup } from '../backup/createBackup';
import { markBackedUp, readBackupStatus, saveReminderDays } from '../backup/reminder';
import { getDb } from '../db';

/*
 * The device backup in Einstellungen (storage/backup). Everything is local: nothing is sent
 * anywhere, it works offline. The set-up screen's restore is useRestoreFromBackup.ts.
 */

/** A backup file ready to be handed to the browser for saving. */
export type BackupFile = { bytes: Uint8Array<ArrayBuffer>; fileName: string; createdAt: string };

/**
 * Settings: the reminder's status (live: a sync, a backup or a new case updates it), the
 * number of days, and making a backup file. `status` is undefined while it is read.
 */
export function useDeviceBackup() {
  const status = useLiveQuery(() => readBackupStatus(getDb(), new Date()), []);

  /** Encrypts the whole device under `passphrase` (policy-checked); LockedError if locked. */
  const create = useCallback(async (passphrase: string): Promise<BackupFile> => {
    const { bytes, createdAt } = await createBackup(getVault(), passphrase, {
      appVersion: __APP_VERSION__,
    });
    return { bytes, createdAt, fileName: `perspektive-sicherung-${createdAt.slice(0, 10)}.pbak` };
  }, []);

  /** Notes that the file was handed to the browser (resets the reminder). */
  const markSaved = useCallback(
    (file: BackupFile) => markBackedUp(getDb(), new Date(file.createdAt)),
    [],
  );

  /** Sets the reminder's days (1–365); rejects and changes nothing otherwise. */
  const saveDays = useCallback((days: number) => saveReminderDays(getDb(), days, new Date()), []);

  return { status, create, markSaved, saveReminderDays: saveDays };
}
