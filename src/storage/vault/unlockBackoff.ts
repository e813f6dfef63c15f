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
