/**
 * A revoked device deletes its whole database (storage/wipe.ts) and starts over at set-up.
 * What happened must still be said there, so the note lives outside the wiped database, in
 * localStorage: when the administration blocked the device and how many changes had not been
 * transferred and are gone. It holds no client data, and is shown until the device is set up again.
 */
const KEY = 'perspektive.revocationNotice';

export type RevocationNotice = { at: string; unsynced: number };

/**
 * Checked by hand, not with a zod schema: the set-up screen reads this note, and it is part
 * of the first screen's code — zod alone would add 26 KB (gzip) to what every cold start
 * loads before the set-up or unlock form appears.
 */
function isNotice(value: unknown): value is RevocationNotice {
  if (typeof value !== 'object' || value === null) return false;
  const { at, unsynced } = value as Record<string, unknown>;
  return typeof at === 'string' && Number.isInteger(unsynced) && (unsynced as number) >= 0;
}

export function recordRevocationNotice(notice: RevocationNotice): void {
  try {
    globalThis.localStorage.setItem(KEY, JSON.stringify(notice));
  } catch {
    // Storage refused (private mode, quota): the wipe must go on regardless.
  }
}

/** The notice left by a revocation, if any (read without removing it). */
export function peekRevocationNotice(): RevocationNotice | undefined {
  try {
    const raw = globalThis.localStorage.getItem(KEY);
    if (raw === null) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return isNotice(parsed) ? { at: parsed.at, unsynced: parsed.unsynced } : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the notice once it was shown. */
export function dismissRevocationNotice(): void {
  try {
    globalThis.localStorage.removeItem(KEY);
  } catch {
    // Nothing to do: it would show once more.
  }
}
