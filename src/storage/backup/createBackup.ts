import { checkPassphrase } from '../crypto/passphrasePolicy';
import { unlockKey } from '../crypto/keystore';
import { open } from '../crypto/recordCipher';
import { SEALED_STORES } from '../records/purge';
import type { StoreName } from '../records/sealedStore';
import { PassphraseRejectedError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import { BACKUP_ITERATIONS, sealBackup } from './container';
import {
  BACKED_UP_PREFERENCES,
  backedUpTables,
  CONTENTS_FORMAT,
  CONTENTS_KIND,
  type BackupContents,
  type BackupRecord,
} from './contents';
import { SYNC_STATE_KEY, syncFacts } from './syncFacts';

/** The backup passphrase opens the device key too: a backup gets a passphrase of its own. */
export class DevicePassphraseReusedError extends Error {
  constructor() {
    super('The backup passphrase is the device passphrase.');
    this.name = 'DevicePassphraseReusedError';
  }
}

export type CreateBackupOptions = {
  /** PBKDF2 iterations; tests lower them, the app keeps the default (600,000). */
  iterations?: number;
  now?: Date;
  appVersion?: string;
};

/**
 * The whole device as ONE encrypted file (container.ts) under `passphrase`, a passphrase
 * chosen for the backup (checked by the device passphrase policy, and refused when it opens
 * the device key: file and tablet must not fall to one passphrase). Everything is read in one
 * read-only transaction — a consistent snapshot even while an autosave or a sync runs —
 * then every record is decrypted with the device key and the contents are encrypted under
 * the backup key (both outside the transaction: WebCrypto would end it).
 *
 * Offline: entirely local, nothing is sent anywhere. Locked: LockedError. A record that
 * cannot be decrypted (altered on disk) fails the backup rather than silently leaving it
 * out. The passphrase and the decrypted values live only in memory for this call; the
 * caller hands the bytes to the browser to save and then notes the time (reminder.ts).
 */
export async function createBackup(
  vault: Vault,
  passphrase: string,
  options: CreateBackupOptions = {},
): Promise<{ bytes: Uint8Array<ArrayBuffer>; createdAt: string }> {
  const problems = checkPassphrase(passphrase);
  if (problems.length > 0) throw new PassphraseRejectedError(problems);
  const key = vault.requireKey();
  const db = vault.db;
  // One full PBKDF2 run, not counted as a failed unlock (this is not an unlock attempt).
  const device = await db.keyring.get('device');
  const reused = device
    ? await unlockKey(device.key, passphrase).then(Boolean, () => false)
    : false;
  if (reused) throw new DevicePassphraseReusedError();
  const snapshot = await db.transaction('r', backedUpTables(db), async () => ({
    rows: await Promise.all(SEALED_STORES.map((store) => db[store].toArray())),
    conflicts: await db.conflicts.toArray(),
    outbox: await db.outbox.toArray(),
    tombstones: await db.tombstones.toArray(),
    preferences: await db.preferences.bulkGet([...BACKED_UP_PREFERENCES]),
    syncState: await db.preferences.get(SYNC_STATE_KEY),
    directory: await db.directory.toArray(),
    letters: await db.letters.toArray(),
  }));

  const records = Object.fromEntries(
    await Promise.all(
      SEALED_STORES.map(async (store, i) => {
        const rows = snapshot.rows[i] ?? [];
        const opened = await Promise.all(
          rows.map(async (row): Promise<BackupRecord> => {
            const identity = { store, id: row.id, schemaVersion: row.schemaVersion };
            return {
              id: row.id,
              caseId: row.caseId,
              updatedAt: row.updatedAt,
              ...(row.rev !== undefined ? { rev: row.rev } : {}),
              schemaVersion: row.schemaVersion,
              value: await open<Record<string, unknown>>(key, identity, row.data),
            };
          }),
        );
        return [store, opened] as const;
      }),
    ),
  ) as Record<StoreName, BackupRecord[]>;
  const conflicts = await Promise.all(
    snapshot.conflicts.map(async (row) => ({
      id: row.id,
      entityId: row.entityId,
      updatedAt: row.updatedAt,
      resolved: row.resolved,
      value: await open<Record<string, unknown>>(
        key,
        { store: 'conflicts', id: row.id, schemaVersion: 1 },
        row.data,
      ),
    })),
  );
  const { serverId, checkpoint } = syncFacts(snapshot.syncState?.value);
  const createdAt = (options.now ?? new Date()).toISOString();
  const contents: BackupContents = {
    kind: CONTENTS_KIND,
    format: CONTENTS_FORMAT,
    createdAt,
    appVersion: options.appVersion ?? 'unversioned',
    source: { ...(serverId ? { serverId } : {}), checkpoint },
    records,
    conflicts,
    // Queued changes as field names only; this device's numbering stays behind.
    outbox: snapshot.outbox.map((e) => ({
      entity: e.entity,
      recordId: e.recordId,
      caseId: e.caseId,
      kind: e.kind,
      fields: e.fields,
      createdAt: e.createdAt,
      ...(e.resolvesConflictId ? { resolvesConflictId: e.resolvesConflictId } : {}),
    })),
    tombstones: snapshot.tombstones,
    preferences: snapshot.preferences.flatMap((row) =>
      row ? [{ key: row.key as BackupContents['preferences'][number]['key'], ...pick(row) }] : [],
    ),
    directory: snapshot.directory,
    letters: snapshot.letters,
  };
  const plain = new TextEncoder().encode(JSON.stringify(contents));
  const bytes = await sealBackup(plain, passphrase, options.iterations ?? BACKUP_ITERATIONS);
  plain.fill(0);
  return { bytes, createdAt };
}

function pick(row: { value: unknown; updatedAt: string }) {
  return { value: row.value, updatedAt: row.updatedAt };
}
