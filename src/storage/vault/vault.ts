import { PerspektiveDb, type KeyringRow } from '../db';
import { checkPassphrase } from '../crypto/passphrasePolicy';
import {
  createWrappedKey,
  DEFAULT_PBKDF2_ITERATIONS,
  rewrapKey,
  unlockKey,
  UnlockFailedError,
} from '../crypto/keystore';
import { LockedError, PassphraseRejectedError, UnlockBackoffError } from './errors';
import {
  readUnlockFailures,
  remainingUnlockDelay,
  UNLOCK_FAILURES,
  type UnlockFailures,
} from './unlockBackoff';

export { LockedError, PassphraseRejectedError, UnlockBackoffError };

export type VaultState = 'no-key' | 'locked' | 'unlocked';

/** A vault over its own database (tests, benchmarks); the app uses appStorage.getVault(). */
export function openVault(name: string, options: VaultOptions = {}): Vault {
  return new Vault(new PerspektiveDb(name), options);
}

export type VaultOptions = {
  /** PBKDF2 iterations for new keys; tests lower it, the app keeps the default. */
  iterations?: number;
  now?: () => Date;
};

type CacheEntry = { updatedAt: string; value: unknown };

/**
 * Holds the unlocked data key — in memory only, as a non-extractable CryptoKey — and the
 * decrypted records read with it. Locking drops both, so nothing decrypted outlives the lock.
 * Offline: everything here is local (IndexedDB + WebCrypto). Failure: a wrong passphrase
 * increments a persisted counter (so a reload does not reset the back-off).
 */
export class Vault {
  private key: CryptoKey | undefined;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly listeners = new Set<() => void>();
  private readonly iterations: number;
  private readonly now: () => Date;

  constructor(
    readonly db: PerspektiveDb,
    options: VaultOptions = {},
  ) {
    this.iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS;
    this.now = options.now ?? (() => new Date());
  }

  get isUnlocked(): boolean {
    return this.key !== undefined;
  }

  async state(): Promise<VaultState> {
    if (this.key) return 'unlocked';
    return (await this.db.keyring.get('device')) ? 'locked' : 'no-key';
  }

  /** First run on this device: creates the data key under `passphrase` and unlocks. */
  async setUp(passphrase: string): Promise<void> {
    const problems = checkPassphrase(passphrase);
    if (problems.length > 0) throw new PassphraseRejectedError(problems);
    if (await this.db.keyring.get('device')) throw new Error('This device already has a key.');
    const key = await createWrappedKey(passphrase, this.iterations);
    await this.db.keyring.add({ id: 'device', key, createdAt: this.now().toISOString() });
    await this.unlock(passphrase);
  }

  /**
   * First run from a device backup: creates the data key under `passphrase` like setUp, but
   * `fill` writes the key record (`keyring`) itself, in the same transaction as the restored
   * data, with the key it is given to seal them. The vault unlocks only after `fill`
   * succeeded; when it fails, nothing was written and the device is still not set up.
   */
  async setUpWith(
    passphrase: string,
    fill: (key: CryptoKey, keyring: KeyringRow) => Promise<void>,
  ): Promise<void> {
    const problems = checkPassphrase(passphrase);
    if (problems.length > 0) throw new PassphraseRejectedError(problems);
    if (await this.db.keyring.get('device')) throw new Error('This device already has a key.');
    const wrapped = await createWrappedKey(passphrase, this.iterations);
    const key = await unlockKey(wrapped, passphrase);
    await fill(key, { id: 'device', key: wrapped, createdAt: this.now().toISOString() });
    this.key = key;
    this.notify();
  }

  /** Milliseconds until the next unlock attempt is allowed (0 = now). */
  async retryAfterMs(): Promise<number> {
    return this.remainingDelay(await this.failures());
  }

  async unlock(passphrase: string): Promise<void> {
    this.key = await this.attempt(passphrase);
    this.notify();
  }

  /**
   * Checks the passphrase while unlocked (e.g. to leave the client view) with exactly the
   * unlock's checks: the same back-off and the same persisted count of failures, so asking
   * here cannot be used to guess faster than at the lock screen. The key stays as it is.
   */
  async verifyPassphrase(passphrase: string): Promise<void> {
    await this.attempt(passphrase);
  }

  /** One try at the passphrase: refused during back-off, counted when wrong. */
  private async attempt(passphrase: string): Promise<CryptoKey> {
    const row = await this.db.keyring.get('device');
    if (!row) throw new Error('This device has no key yet.');
    const failures = await this.failures();
    const wait = this.remainingDelay(failures);
    if (wait > 0) throw new UnlockBackoffError(wait);
    let key: CryptoKey;
    try {
      key = await unlockKey(row.key, passphrase);
    } catch (error) {
      if (error instanceof UnlockFailedError) {
        const next: UnlockFailures = {
          count: failures.count + 1,
          lastAt: this.now().toISOString(),
        };
        await this.db.preferences.put({
          key: UNLOCK_FAILURES,
          value: next,
          updatedAt: next.lastAt,
        });
      }
      throw error;
    }
    if (failures.count > 0) await this.db.preferences.delete(UNLOCK_FAILURES);
    return key;
  }

  /** Re-wraps the same data key: no record is re-encrypted. Wrong `current` → UnlockFailedError. */
  async changePassphrase(current: string, next: string): Promise<void> {
    const problems = checkPassphrase(next);
    if (problems.length > 0) throw new PassphraseRejectedError(problems);
    const row = await this.db.keyring.get('device');
    if (!row) throw new Error('This device has no key yet.');
    const key = await rewrapKey(row.key, current, next, Math.max(this.iterations, 1));
    await this.db.keyring.put({ ...row, key });
  }

  /** Drops the key and every decrypted record held in memory. */
  lock(): void {
    if (!this.key && this.cache.size === 0) return;
    this.key = undefined;
    this.cache.clear();
    this.notify();
  }

  requireKey(): CryptoKey {
    if (!this.key) throw new LockedError();
    return this.key;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Decrypted value of `store/id` if cached at this exact version. */
  cached(store: string, id: string, updatedAt: string): unknown {
    const hit = this.cache.get(`${store}/${id}`);
    return hit?.updatedAt === updatedAt ? hit.value : undefined;
  }

  remember(store: string, id: string, updatedAt: string, value: unknown): void {
    if (this.key) this.cache.set(`${store}/${id}`, { updatedAt, value });
  }

  /** Drops the decrypted copy of `store/id` (the record was deleted). */
  forget(store: string, id: string): void {
    this.cache.delete(`${store}/${id}`);
  }

  private async failures(): Promise<UnlockFailures> {
    return readUnlockFailures((await this.db.preferences.get(UNLOCK_FAILURES))?.value);
  }

  private remainingDelay(failures: UnlockFailures): number {
    return remainingUnlockDelay(failures, this.now());
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
