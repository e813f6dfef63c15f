import type { PerspektiveDb } from './db';
import type { Vault } from './vault/vault';
import { clearDeviceErrors } from './diagnostics/errorLog';

/** Another tab or window keeps the database open; the deletion waits for it to close. */
export class WipeBlockedError extends Error {
  constructor() {
    super('Another connection keeps the database open; deletion is pending.');
    this.name = 'WipeBlockedError';
  }
}

export type WipeOptions = {
  /** How long to wait after the browser reported "blocked" before giving up (ms). */
  blockedTimeoutMs?: number;
};

/**
 * Removes everything Perspektive stores on this device: the whole IndexedDB database
 * (wrapped key, cases, conversations, preferences, unlock back-off, outbox) is deleted, as is
 * the device's error log (diagnostics/errorLog.ts), and the vault drops its key and every
 * decrypted record held in memory. Used from Settings and
 * from the unlock screen when the passphrase is forgotten (the data cannot be opened without
 * it, so resetting is the only way to use the tablet again). Changes still in the outbox are
 * lost; the caller shows how many before asking for confirmation.
 *
 * Offline: works fully offline; nothing is sent to or asked of the server.
 *
 * Failure:
 * - IndexedDB deletes a database atomically: either it is gone or it is unchanged. Success is
 *   reported only after the browser confirmed the deletion, so nothing half-deleted is ever
 *   claimed to be wiped.
 * - If deletion fails outright, the error is rethrown, the vault stays as it was and the
 *   database reopens on next use with all its data ("nothing else changes").
 * - If another tab keeps the database open (Dexie tabs close on request, so this means a
 *   stuck or foreign connection), the browser keeps the deletion pending until that tab
 *   closes. After `blockedTimeoutMs` this rejects with WipeBlockedError; the deletion still
 *   completes once the other tab lets go, and then the vault is locked here as well.
 *
 * The database instance is left usable: the next query re-creates it empty (the app shows
 * set-up again). Callers should reload the app afterwards so no screen state survives.
 */
export async function wipeDevice(
  vault: Vault,
  db: PerspektiveDb = vault.db,
  options: WipeOptions = {},
): Promise<void> {
  const blockedTimeoutMs = options.blockedTimeoutMs ?? 5_000;
  let giveUp: (error: WipeBlockedError) => void = () => undefined;
  const blocked = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onBlocked = () => {
    timer ??= setTimeout(() => {
      giveUp(new WipeBlockedError());
    }, blockedTimeoutMs);
  };
  db.on('blocked', onBlocked);
  // `disableAutoOpen: false`: if deletion fails, the app keeps working on the unchanged
  // database. Queries issued meanwhile queue behind the deletion and find an empty database.
  const deletion = db.delete({ disableAutoOpen: false }).then(() => {
    vault.lock();
    clearDeviceErrors(); // no personal data in it, but "everything" means everything
  });
  // Handled below by the race; this keeps a late failure after WipeBlockedError quiet.
  deletion.catch(() => undefined);
  try {
    await Promise.race([deletion, blocked]);
  } finally {
    clearTimeout(timer);
    db.on('blocked').unsubscribe(onBlocked);
  }
}
