/**
 * The device's last errors, for support: a counsellor reads them out from Einstellungen when
 * something went wrong ("Speichern fehlgeschlagen", a sync that keeps failing, a record that
 * never arrives). Each entry says where (storage, sync, pull, app), the error's name and code,
 * and — for storage and pull — the store and the record's random id. Never a message or a
 * value: messages can quote input (validation errors name what was typed), and this log is
 * plain text in localStorage, readable while the device is locked. Names, codes, stores and
 * ids are kept only if they look like identifiers; anything else is dropped, not escaped.
 *
 * localStorage (not IndexedDB) because one of the errors worth recording is IndexedDB itself
 * failing (quota, a blocked upgrade), and because recording must be synchronous and work
 * before the vault is unlocked. If localStorage is blocked or full, recording silently does
 * nothing: diagnostics must never make a failure worse. Wiping the device clears the log.
 */
export type DeviceErrorSource = 'storage' | 'sync' | 'pull' | 'app';

export type DeviceErrorEntry = {
  at: string;
  source: DeviceErrorSource;
  name: string;
  code?: string;
  store?: string;
  recordId?: string;
};

export type DeviceErrorContext = { code?: string; store?: string; recordId?: string };

/** A ring: the newest entries, oldest dropped first. */
export const MAX_DEVICE_ERRORS = 30;
export const DEVICE_ERRORS_KEY = 'perspektive.deviceErrors';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const SOURCES: readonly DeviceErrorSource[] = ['storage', 'sync', 'pull', 'app'];
/** What an identifier looks like: error names, codes, store names, UUIDs. */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

function identifier(value: unknown): string | undefined {
  return typeof value === 'string' && IDENTIFIER.test(value) ? value : undefined;
}

/** Name and code of anything thrown — never its message. */
export function describeError(error: unknown): { name: string; code?: string } {
  if (typeof error !== 'object' || error === null) return { name: 'NonError' };
  const { name, code } = error as { name?: unknown; code?: unknown };
  const safeCode = identifier(code);
  return { name: identifier(name) ?? 'Error', ...(safeCode ? { code: safeCode } : {}) };
}

/** The entry for one error, with only identifier-like context kept. */
export function entryOf(
  source: DeviceErrorSource,
  error: unknown,
  context: DeviceErrorContext,
  at: Date,
): DeviceErrorEntry {
  const described = describeError(error);
  const code = identifier(context.code) ?? described.code;
  const store = identifier(context.store);
  const recordId = identifier(context.recordId);
  return {
    at: at.toISOString(),
    source,
    name: described.name,
    ...(code ? { code } : {}),
    ...(store ? { store } : {}),
    ...(recordId ? { recordId } : {}),
  };
}

/** The ring after adding `entry`: at most `max` entries, newest last. */
export function appendEntry(
  entries: readonly DeviceErrorEntry[],
  entry: DeviceErrorEntry,
  max = MAX_DEVICE_ERRORS,
): DeviceErrorEntry[] {
  return [...entries, entry].slice(-max);
}

function isEntry(value: unknown): value is DeviceErrorEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const optional = (v: unknown) => v === undefined || identifier(v) !== undefined;
  return (
    typeof e.at === 'string' &&
    ISO_TIME.test(e.at) &&
    SOURCES.includes(e.source as DeviceErrorSource) &&
    identifier(e.name) !== undefined &&
    optional(e.code) &&
    optional(e.store) &&
    optional(e.recordId)
  );
}

/** Stored entries; anything unreadable (another version's format, edited by hand) is dropped. */
export function parseEntries(raw: string | null): DeviceErrorEntry[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(-MAX_DEVICE_ERRORS) : [];
  } catch {
    return [];
  }
}

function defaultStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // access denied (privacy settings): no log
  }
}

const listeners = new Set<() => void>();

/** Called after every change of the log in this tab (the settings panel re-reads it). */
export function onDeviceErrorsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readDeviceErrors(storage = defaultStorage()): DeviceErrorEntry[] {
  try {
    return parseEntries(storage?.getItem(DEVICE_ERRORS_KEY) ?? null);
  } catch {
    return [];
  }
}

/** Records one error. Never throws: a full or blocked localStorage loses the entry. */
export function recordDeviceError(
  source: DeviceErrorSource,
  error: unknown,
  context: DeviceErrorContext = {},
  storage = defaultStorage(),
  now = new Date(),
): void {
  if (!storage) return;
  try {
    const next = appendEntry(readDeviceErrors(storage), entryOf(source, error, context, now));
    storage.setItem(DEVICE_ERRORS_KEY, JSON.stringify(next));
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}

export function clearDeviceErrors(storage = defaultStorage()): void {
  try {
    storage?.removeItem(DEVICE_ERRORS_KEY);
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}
