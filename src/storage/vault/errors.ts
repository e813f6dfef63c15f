// The vault's errors, in a module of their own: the lock screens render from the boot chunk
// (before storage and Dexie are loaded) and still need to tell these apart.
import type { PassphraseProblem } from '../crypto/passphrasePolicy';

/** A repository was used while the device is locked. Screens show the lock screen instead. */
export class LockedError extends Error {
  constructor() {
    super('The device is locked.');
    this.name = 'LockedError';
  }
}

/** Too many wrong passphrases: the next attempt is allowed after `retryAfterMs`. */
export class UnlockBackoffError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`Too many failed attempts; retry in ${Math.ceil(retryAfterMs / 1000)} s.`);
    this.name = 'UnlockBackoffError';
  }
}

export class PassphraseRejectedError extends Error {
  constructor(readonly problems: PassphraseProblem[]) {
    super(`Passphrase rejected: ${problems.join(', ')}`);
    this.name = 'PassphraseRejectedError';
  }
}
