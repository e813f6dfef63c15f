import { z } from 'zod';

/**
 * A revoked device deletes its whole database (storage/wipe.ts) and starts over at set-up.
 * What happened must still be said there, so the note lives outside the wiped database, in
 * localStorage: when the administration blocked the device and how many changes had not been
 * transferred and are gone. It holds no client data, and is shown once.
 */
const KEY = 'perspektive.revocationNotice';

const noticeSchema = z.object({ at: z.string(), unsynced: z.number().int().min(0) });
export type RevocationNotice = z.infer<typeof noticeSchema>;

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
    const parsed = noticeSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
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
