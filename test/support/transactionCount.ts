/**
 * Counts the IndexedDB transactions a piece of code opens, by wrapping
 * `IDBDatabase.prototype.transaction` (fake-indexeddb's in unit tests). Dexie binds that
 * method when it opens a database, so this module must be imported before any database is
 * opened (import it in the test file; it patches on import). Dexie opens every transaction,
 * its implicit ones too, through it. CPU-independent evidence for "one transaction per page":
 * a count, not a time.
 */
type Counter = { readwrite: number; readonly: number; stores: string[][] };
let active: Counter | undefined;

const proto = globalThis.IDBDatabase.prototype;
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with this below
const original = proto.transaction;
proto.transaction = function (this: IDBDatabase, names, mode, options) {
  if (active) {
    if (mode === 'readwrite') active.readwrite += 1;
    else active.readonly += 1;
    active.stores.push(typeof names === 'string' ? [names] : [...names]);
  }
  return original.call(this, names, mode, options);
} as typeof original;

export async function countTransactions<T>(
  run: () => Promise<T>,
): Promise<Counter & { result: T }> {
  const counter: Counter = { readwrite: 0, readonly: 0, stores: [] };
  active = counter;
  try {
    const result = await run();
    return { ...counter, result };
  } finally {
    active = undefined;
  }
}
