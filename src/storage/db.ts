import { Dexie, type EntityTable } from 'dexie';

/** A stored preference of this device (key/value); values are validated by their repository. */
export type PreferenceRow = { key: string; value: unknown; updatedAt: string };

/**
 * The device database. STORE NAMES AND VERSIONS ARE APPEND-ONLY: renaming a store or
 * editing a shipped version() without an upgrade function deletes counsellors' data.
 * Add a new version() with an upgrade instead, and a test in db.test.ts.
 */
export class PerspektiveDb extends Dexie {
  preferences!: EntityTable<PreferenceRow, 'key'>;

  constructor(name = 'perspektive') {
    super(name);
    this.version(1).stores({
      preferences: 'key',
    });
  }
}

let shared: PerspektiveDb | undefined;

/** The app's database, opened lazily on first use. */
export function getDb(): PerspektiveDb {
  shared ??= new PerspektiveDb();
  return shared;
}
