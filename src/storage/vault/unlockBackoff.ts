/**
 * Delay before the next unlock attempt after `failures` wrong passphrases in a row. The first
 * three are free (typos happen); after that the wait doubles from 2 s up to 5 minutes. This
 * slows guessing through the UI; the real protection against offline attacks on a stolen
 * tablet is PBKDF2 with 600,000 iterations plus the passphrase policy.
 */
export const FREE_UNLOCK_ATTEMPTS = 3;
export const MAX_UNLOCK_DELAY_MS = 5 * 60_000;

export function unlockDelayMs(failures: number): number {
  if (!Number.isFinite(failures) || failures < FREE_UNLOCK_ATTEMPTS) return 0;
  const exponent = Math.min(failures - FREE_UNLOCK_ATTEMPTS, 16);
  return Math.min(2_000 * 2 ** exponent, MAX_UNLOCK_DELAY_MS);
}

/** Failed unlocks in a row, kept across reloads so the back-off cannot be reset by one. */
export type UnlockFailures = { count: number; lastAt: string };

/** Key of the failure count in the `preferences` store (plain: a count and a time). */
export const UNLOCK_FAILURES = 'unlockFailures';

/** The stored failure count; anything unreadable counts as none. */
export function readUnlockFailures(value: unknown): UnlockFailures {
  const stored = value as Partial<UnlockFailures> | undefined;
  const count = typeof stored?.count === 'number' ? stored.count : 0;
  return { count, lastAt: typeof stored?.lastAt === 'string' ? stored.lastAt : '' };
}

/** Milliseconds until the next attempt is allowed at `now` (0 = now). */
export function remainingUnlockDelay(failures: UnlockFailures, now: Date): number {
  const delay = unlockDelayMs(failures.count);
  const last = Date.parse(failures.lastAt);
  if (delay === 0 || Number.isNaN(last)) return 0;
  return Math.max(0, delay - (now.getTime() - last));
}
