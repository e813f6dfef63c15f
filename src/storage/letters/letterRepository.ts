import { departureLetterSchema, type DepartureLetter } from '../../domain/letters';
import { getDb, type PerspektiveDb } from '../db';

/** The device's copy of the organisation's departure-information letter, as screens see it. */
export type LocalLetter = {
  /** The server's version of this copy; 0 before the first download or while there is none. */
  version: number;
  /** When the server last confirmed this copy (ISO time); undefined: never downloaded. */
  checkedAt: string | undefined;
  /** The letter; undefined while the organisation has none, or when `unreadable`. */
  letter: DepartureLetter | undefined;
  /** The server's letter does not fit this app version's schema (the app needs an update). */
  unreadable: boolean;
};

const KIND = 'departure-information';

/**
 * The organisation's Ausreiseinformationsschreiben on this device: its public text, stored
 * plain, readable while offline for as long as the device keeps it. It only changes as a
 * whole: `replace` writes letter and version in ONE transaction, so a failure (quota, a
 * closed tab) throws and leaves the previous copy complete. The copy is stored as the server
 * sent it and validated on every read, so a letter a newer server wrote becomes readable as
 * soon as the app is updated, without waiting for the next change.
 */
export function letterRepository(db: PerspektiveDb) {
  return {
    async load(): Promise<LocalLetter> {
      const row = await db.letters.get(KIND);
      if (!row) return { version: 0, checkedAt: undefined, letter: undefined, unreadable: false };
      const parsed = row.letter === null ? undefined : departureLetterSchema.safeParse(row.letter);
      return {
        version: row.version,
        checkedAt: row.checkedAt,
        letter: parsed?.success ? parsed.data : undefined,
        unreadable: parsed !== undefined && !parsed.success,
      };
    },

    async version(): Promise<number> {
      return (await db.letters.get(KIND))?.version ?? 0;
    },

    /** Replaces the copy with the server's `version` (`letter` null: the organisation has none). */
    async replace(version: number, letter: unknown, now: Date): Promise<void> {
      await db.transaction('rw', db.letters, async () => {
        await db.letters.put({ kind: KIND, version, checkedAt: now.toISOString(), letter });
      });
    },

    /** The server said "unchanged": only the time of the last check moves. */
    async markChecked(now: Date): Promise<void> {
      await db.transaction('rw', db.letters, async () => {
        await db.letters.update(KIND, { checkedAt: now.toISOString() });
      });
    },
  };
}
export type LetterRepository = ReturnType<typeof letterRepository>;

/** The repository over the app's database (for the sync client, which has no db access). */
export function localLetterRepository(): LetterRepository {
  return letterRepository(getDb());
}
