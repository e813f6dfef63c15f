import type { Conflict, DevicePolicy } from '../../protocol';
import { seal } from '../crypto/recordCipher';
import type { ConflictRow, PerspektiveDb } from '../db';
import { AUTO_LOCK_PREFERENCE, type AutoLockPolicy } from '../vault/lockPolicy';
import type { Vault } from '../vault/vault';

// What a pull page carries besides records. Both are written in the page's transaction,
// with its records and the checkpoint (pullPage.ts); a failure rolls all of it back and the
// page is pulled again.

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

/**
 * Conflicts the server recorded, sealed like records (they hold both values). Sealed before
 * the page's transaction (WebCrypto would end it); the caller writes the rows inside it.
 */
export async function sealConflicts(
  vault: Vault,
  conflicts: readonly Conflict[],
): Promise<ConflictRow[]> {
  const key = vault.requireKey();
  const updatedAt = new Date().toISOString();
  return Promise.all(
    conflicts.map(async (conflict) => ({
      id: conflict.id,
      entityId: conflict.entityId,
      updatedAt,
      resolved: conflict.resolved ? (1 as const) : (0 as const),
      data: await seal(key, { store: 'conflicts', id: conflict.id, schemaVersion: 1 }, conflict),
    })),
  );
}
