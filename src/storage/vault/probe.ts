import type { KeyringRow } from '../db';
import { readUnlockFailures, remainingUnlockDelay, UNLOCK_FAILURES } from './unlockBackoff';

/**
 * What the lock screen needs to know at start, read with the plain IndexedDB API: whether
 * this device has a key yet (set-up or unlock form) and how long a back-off still lasts.
 * Without Dexie, the vault or any schema, so the boot chunk can paint the right form at once
 * and load storage while the passphrase is typed (storage/hooks/useVault.ts).
 *
 * Read only, and it never creates the database: `indexedDB.databases()` says first whether
 * it exists; a database that vanished in between is refused in its upgrade (which deletes
 * the empty one the open just created). The connection is closed at once, so it never
 * blocks the Dexie open that follows. `undefined`: the browser cannot tell (no
 * `databases()`) or the read failed — the caller then asks the vault itself.
 * The answer only picks the form: unlocking and its back-off are enforced by the vault.
 */
export type VaultProbe = { state: 'no-key' | 'locked'; retryAfterMs: number };

const DB_NAME = 'perspektive';

export async function probeVault(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  now: () => Date = () => new Date(),
): Promise<VaultProbe | undefined> {
  try {
    // Older engines lack databases(); the type says it is always there.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (!factory || typeof factory.databases !== 'function') return undefined;
    const known = await factory.databases();
    if (!known.some((info) => info.name === DB_NAME)) return { state: 'no-key', retryAfterMs: 0 };
    const db = await openExisting(factory);
    if (!db) return { state: 'no-key', retryAfterMs: 0 };
    try {
      const stores = ['keyring', 'preferences'].filter((s) => db.objectStoreNames.contains(s));
      if (!stores.includes('keyring')) return { state: 'no-key', retryAfterMs: 0 };
      const tx = db.transaction(stores, 'readonly');
      const [key, failures] = await Promise.all([
        read<KeyringRow>(tx.objectStore('keyring'), 'device'),
        stores.includes('preferences')
          ? read<{ value: unknown }>(tx.objectStore('preferences'), UNLOCK_FAILURES)
          : Promise.resolve(undefined),
      ]);
      if (!key) return { state: 'no-key', retryAfterMs: 0 };
      const retryAfterMs = remainingUnlockDelay(readUnlockFailures(failures?.value), now());
      return { state: 'locked', retryAfterMs };
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

function openExisting(factory: IDBFactory): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME);
    let created = false;
    request.onupgradeneeded = () => {
      // Deleted since databases() answered: do not leave an empty database behind.
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      if (created) resolve(undefined);
      else reject(request.error ?? new Error('IndexedDB open failed'));
    };
    request.onblocked = () => {
      reject(new Error('IndexedDB open blocked'));
    };
  });
}

function read<T>(store: IDBObjectStore, key: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const request = store.get(key);
    request.onsuccess = () => {
      resolve(request.result as T | undefined);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB read failed'));
    };
  });
}
