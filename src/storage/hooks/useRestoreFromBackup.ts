import { useCallback } from 'react';
import type { BackupProblem } from '../backup/container';
import type { BackupContents } from '../backup/contents';
import { loadVault } from './useVault';

export type BackupRead =
  { ok: true; contents: BackupContents } | { ok: false; problem: BackupProblem };

/**
 * The set-up screen's restore: `read` checks a file under its backup passphrase and returns
 * its contents without writing anything (or the problem that refused it);
 * `setUp` then sets this tablet up under a new device passphrase with all of it, in one
 * transaction (storage/backup/restoreBackup.ts). The vault unlocks when it succeeded.
 */
export function useRestoreFromBackup() {
  const read = useCallback(async (file: Blob, passphrase: string): Promise<BackupRead> => {
    const [{ readBackup }, { BackupError }] = await Promise.all([
      import('../backup/restoreBackup'),
      import('../backup/container'),
    ]);
    try {
      return {
        ok: true,
        contents: await readBackup(new Uint8Array(await file.arrayBuffer()), passphrase),
      };
    } catch (error) {
      if (error instanceof BackupError) return { ok: false, problem: error.problem };
      throw error;
    }
  }, []);

  const setUp = useCallback(async (devicePassphrase: string, contents: BackupContents) => {
    const [{ setUpFromBackup }, { restoredSyncState }, vault] = await Promise.all([
      import('../backup/restoreBackup'),
      import('../sync/syncState'),
      loadVault(),
    ]);
    await setUpFromBackup(vault, devicePassphrase, contents, {
      syncState: restoredSyncState(contents.source),
    });
  }, []);

  return { read, setUp };
}
