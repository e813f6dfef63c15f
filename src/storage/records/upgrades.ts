import type { Fields, StoreName } from './sealedStore';

/**
 * Upgrades of sealed record VALUES, applied when a record is decrypted.
 *
 * Dexie's `version(n).upgrade()` runs when the database opens, before any passphrase was
 * typed: it can move rows and plain columns, never look inside a sealed value. So a change
 * of what a stored record holds (a field renamed, split, given a new shape) is one step here:
 * a pure function from the value as format n wrote it to format n + 1. Every row carries the
 * format it was sealed with (`schemaVersion`, also part of its authenticated identity);
 * `sealedStore` opens it under that identity and runs the steps from there to the current
 * format on every read. The row is written back in the current format at its next write
 * (an edit, a pulled change) — lazily, so an upgrade never decrypts and re-encrypts every
 * record at once, and a record nobody touches keeps its old bytes (read correctly forever).
 *
 * APPEND-ONLY: a shipped step is never edited or removed (old rows still need it). A step
 * must accept every value its format ever held, and should be idempotent on values that
 * already have the new shape (a pulled record arrives in the current format anyway: the
 * server's fields are validated by sync/remoteFields.ts against today's schemas).
 * A backup keeps each record's format (backup/contents.ts), so it upgrades the same way.
 */
export type RecordUpgrade = (value: Fields) => Fields;
export type RecordUpgrades = Readonly<Record<StoreName, readonly RecordUpgrade[]>>;

/**
 * Today every store is at format 1: no record value has changed shape since issue 3. The
 * first change adds its step here, e.g. `sessions: [(v) => ({ ...v, place: v.location })]`,
 * and its test in upgrades.test.ts.
 */
export const RECORD_UPGRADES: RecordUpgrades = {
  cases: [],
  sessions: [],
  consents: [],
  revocations: [],
  referrals: [],
  incomingReferrals: [],
};

/** The format this app version writes for `store`. */
export function currentFormat(upgrades: RecordUpgrades, store: StoreName): number {
  return upgrades[store].length + 1;
}

/** A record sealed by a newer app version (a later format): this version cannot read it. */
export class RecordFromNewerVersionError extends Error {
  constructor(store: string, id: string, format: number) {
    super(`${store}/${id} has format ${String(format)}, newer than this app version knows.`);
    this.name = 'RecordFromNewerVersionError';
  }
}

/** The value of `store/id`, sealed in format `from`, in the current format. */
export function upgradeValue(
  upgrades: RecordUpgrades,
  store: StoreName,
  id: string,
  from: number,
  value: Fields,
): Fields {
  const steps = upgrades[store];
  if (!Number.isInteger(from) || from < 1) throw new Error(`${store}/${id}: no record format.`);
  if (from > steps.length + 1) throw new RecordFromNewerVersionError(store, id, from);
  let next = value;
  for (const step of steps.slice(from - 1)) next = step(next);
  return next;
}
