import { seal } from '../crypto/recordCipher';
import type { ConflictRow, KeyringRow, PerspektiveDb, SealedRow } from '../db';
import { SEALED_STORES } from '../records/purge';
import type { StoreName } from '../records/sealedStore';
import type { Vault } from '../vault/vault';
import { BackupError, openBackup } from './container';
import { backedUpTables, parseContents, type BackupContents } from './contents';
import { BACKUP_PREFERENCE, readBackupSettings } from './reminder';
import { SYNC_STATE_KEY } from './syncFacts';

/**
 * Checks a backup file whole — container, passphrase, authentication, contents — and returns
 * its contents. Writes nothing; every refusal is a BackupError naming the problem.
 */
export async function readBackup(file: Uint8Array, passphrase: string): Promise<BackupContents> {
  const plain = await openBackup(file, passphrase);
  try {
    return parseContents(plain);
  } finally {
    plain.fill(0);
  }
}

export type SetUpFromBackupOptions = {
  /**
   * The sync client's state for this new device, written in the restore's transaction
   * (storage/hooks/useBackup.ts passes storage/sync's `restoredSyncState(contents.source)`:
   * a new device id, and a first pull that is a full resync against the backup's server).
   */
  syncState: unknown;
  now?: Date;
};

/**
 * First start on a new tablet from a backup: sets the device up under its own new device
 * passphrase and restores — the key record is written in the same transaction as the data,
 * so a failed restore leaves the tablet exactly as it was: not set up, empty.
 */
export async function setUpFromBackup(
  vault: Vault,
  devicePassphrase: string,
  contents: BackupContents,
  options: SetUpFromBackupOptions,
): Promise<void> {
  await vault.setUpWith(devicePassphrase, async (key, keyring) => {
    const sealed = await sealAll(key, contents);
    await writeAll(vault.db, contents, sealed, keyring, options);
  });
}

type Sealed = { records: Map<StoreName, SealedRow[]>; conflicts: ConflictRow[] };

/** Every record and conflict sealed under this device's key, before the transaction. */
async function sealAll(key: CryptoKey, contents: BackupContents): Promise<Sealed> {
  const records = new Map<StoreName, SealedRow[]>();
  for (const store of SEALED_STORES) {
    const rows = await Promise.all(
      contents.records[store].map(async (r) => ({
        id: r.id,
        caseId: r.caseId,
        updatedAt: r.updatedAt,
        ...(r.rev !== undefined ? { rev: r.rev } : {}),
        schemaVersion: r.schemaVersion,
        // Sealed in the format the backup holds it in: it upgrades on read like any row.
        data: await seal(key, { store, id: r.id, schemaVersion: r.schemaVersion }, r.value),
      })),
    );
    records.set(store, rows);
  }
  const conflicts = await Promise.all(
    contents.conflicts.map(async (c) => ({
      id: c.id,
      entityId: c.entityId,
      updatedAt: c.updatedAt,
      resolved: c.resolved,
      data: await seal(key, { store: 'conflicts', id: c.id, schemaVersion: 1 }, c.value),
    })),
  );
  return { records, conflicts };
}

/**
 * Writes everything in ONE transaction, the device key record included, after checking inside
 * it that the device is still empty and not set up. A failure anywhere (quota, a closed tab,
 * another tab setting the device up first) rolls all of it back: nothing of the backup is on
 * the device, it is still not set up, and the file is unchanged, so the restore can simply
 * be tried again. Offline it makes no difference: nothing is sent.
 */
async function writeAll(
  db: PerspektiveDb,
  contents: BackupContents,
  sealed: Sealed,
  keyring: KeyringRow,
  options: SetUpFromBackupOptions,
): Promise<void> {
  const scope = [...backedUpTables(db), db.keyring];
  await db.transaction('rw', scope, async () => {
    if (await holdsData(db)) throw new BackupError('not-empty');
    await db.keyring.add(keyring); // fails if another tab set the device up meanwhile
    for (const [store, rows] of sealed.records) await db[store].bulkAdd(rows);
    await db.conflicts.bulkAdd(sealed.conflicts);
    // Queued changes are queued anew: this tablet numbers its own pushes.
    await db.outbox.bulkAdd(
      contents.outbox.map((e) => ({ ...e, mutationId: globalThis.crypto.randomUUID() })),
    );
    await db.tombstones.bulkPut(contents.tombstones);
    await db.preferences.bulkPut(contents.preferences.map((p) => ({ ...p })));
    const settings = await readBackupSettings(db);
    await db.preferences.put({
      key: BACKUP_PREFERENCE,
      value: { ...settings, lastBackupAt: contents.createdAt },
      updatedAt: contents.createdAt,
    });
    await db.directory.clear();
    await db.directory.bulkAdd(contents.directory);
    await db.letters.clear();
    await db.letters.bulkAdd(contents.letters);
    await db.preferences.put({
      key: SYNC_STATE_KEY,
      value: options.syncState,
      updatedAt: (options.now ?? new Date()).toISOString(),
    });
  });
}

async function holdsData(db: PerspektiveDb): Promise<boolean> {
  const counts = await Promise.all([
    ...SEALED_STORES.map((store) => db[store].count()),
    db.outbox.count(),
    db.conflicts.count(),
  ]);
  return counts.some((n) => n > 0);
}
