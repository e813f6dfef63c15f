import {
  searchOffers,
  supportOfferSchema,
  type DirectoryMatch,
  type DirectoryQuery,
  type SupportOffer,
} from '../../domain/directory';
import { getDb, type PerspektiveDb } from '../db';

/** The device's copy of the directory, as screens see it. */
export type LocalDirectory = {
  /** The server's directory version this copy is; 0 before the first download. */
  version: number;
  /** When this copy was last confirmed current by the server (ISO time); undefined: never. */
  checkedAt: string | undefined;
  offers: SupportOffer[];
  /** Offers the server sent that this app version cannot read (left out, see `replace`). */
  skipped: number;
};

/** Bookkeeping in the preferences store: which version the rows are, and when last checked. */
const META_KEY = 'directory';
type DirectoryMeta = { version: number; checkedAt: string; skipped: number };

function metaOf(value: unknown): DirectoryMeta | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { version, checkedAt, skipped } = value as Record<string, unknown>;
  return typeof version === 'number' && typeof checkedAt === 'string'
    ? { version, checkedAt, skipped: typeof skipped === 'number' ? skipped : 0 }
    : undefined;
}

/**
 * The support directory on this device. It is public information (no client data), so it
 * is stored plain and readable while the device is locked. It only ever changes as a whole:
 * `replace` swaps every offer and the version in ONE transaction, so a failure (quota, a
 * closed tab) leaves the previous copy complete. Offline nothing is fetched and the last copy
 * stays searchable for as long as the device keeps it.
 */
export function directoryRepository(db: PerspektiveDb) {
  return {
    async load(): Promise<LocalDirectory> {
      const [meta, rows] = await db.transaction('r', db.preferences, db.directory, async () => [
        metaOf((await db.preferences.get(META_KEY))?.value),
        await db.directory.toArray(),
      ]);
      // Validated on read too: a row that no longer fits the schema is left out, not shown.
      const offers = rows.flatMap((row) => {
        const parsed = supportOfferSchema.safeParse(row.offer);
        return parsed.success ? [parsed.data] : [];
      });
      return {
        version: meta?.version ?? 0,
        checkedAt: meta?.checkedAt,
        offers,
        skipped: (meta?.skipped ?? 0) + rows.length - offers.length,
      };
    },

    async version(): Promise<number> {
      return metaOf((await db.preferences.get(META_KEY))?.value)?.version ?? 0;
    },

    /**
     * Replaces the whole directory with the server's `version`. Offers this app version
     * cannot validate (e.g. a kind added by a newer server) are left out and counted; the
     * others are stored. Throws, and changes nothing, when the transaction fails.
     */
    async replace(version: number, offers: readonly unknown[], now: Date): Promise<number> {
      const valid = offers.flatMap((offer) => {
        const parsed = supportOfferSchema.safeParse(offer);
        return parsed.success ? [parsed.data] : [];
      });
      const meta: DirectoryMeta = {
        version,
        checkedAt: now.toISOString(),
        skipped: offers.length - valid.length,
      };
      await db.transaction('rw', db.preferences, db.directory, async () => {
        await db.directory.clear();
        await db.directory.bulkPut(valid.map((offer) => ({ id: offer.id, version, offer })));
        await db.preferences.put({ key: META_KEY, value: meta, updatedAt: meta.checkedAt });
      });
      return valid.length;
    },

    /** The server said "unchanged": only the time of the last check moves. */
    async markChecked(now: Date): Promise<void> {
      await db.transaction('rw', db.preferences, async () => {
        const meta = metaOf((await db.preferences.get(META_KEY))?.value);
        if (!meta) return;
        const next = { ...meta, checkedAt: now.toISOString() };
        await db.preferences.put({ key: META_KEY, value: next, updatedAt: next.checkedAt });
      });
    },

    /** Offline search of the local copy (see searchOffers for matching and order). */
    async search(query: DirectoryQuery): Promise<DirectoryMatch[]> {
      return searchOffers((await this.load()).offers, query);
    },
  };
}
export type DirectoryRepository = ReturnType<typeof directoryRepository>;

/** The repository over the app's database (for the sync client, which has no db access). */
export function localDirectoryRepository(): DirectoryRepository {
  return directoryRepository(getDb());
}
