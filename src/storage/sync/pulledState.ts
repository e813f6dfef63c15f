import type { Conflict, DevicePolicy } from '../../protocol';
import { seal } from '../crypto/recordCipher';
import type { PerspektiveDb } from '../db';
import { AUTO_LOCK_PREFERENCE, type AutoLockPolicy } from '../vault/lockPolicy';
import type { Vault } from '../vault/vault';

// What a pull page carries besides records. Both are written before the checkpoint moves;
// a failure rejects and the page is pulled again.

/** The administrator's auto-lock policy, read by the lock timers (clamped again there). */
export async function storePolicy(db: PerspektiveDb, policy: DevicePolicy): Promise<void> {
  const value: AutoLockPolicy = {
    idleMs: policy.idleLockMinutes * 60_000,
    hiddenMs: policy.hiddenLockSeconds * 1_000,
  };
  await db.preferences.put({
    key: AUTO_LOCK_PREFERENCE,
    value,
    updatedAt: new Date().toISOString(),
  });
}

/** Conflicts the server recorded, sealed like records (they hold both values). */
export async function storeConflicts(vault: Vault, conflicts: readonly Conflict[]): Promise<void> {
  const key = vault.requireKey();
  for (const conflict of conflicts) {
    const data = await seal(
      key,
      { store: 'conflicts', id: conflict.id, schemaVersion: 1 },
      conflict,
    );
    await vault.db.conflicts.put({
      id: conflict.id,
      entityId: conflict.entityId,
      updatedAt: new Date().toISOString(),
      resolved: conflict.resolved ? 1 : 0,
      data,
    });
  }
}
