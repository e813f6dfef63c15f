import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  appendEntry,
  clearDeviceErrors,
  DEVICE_ERRORS_KEY,
  entryOf,
  MAX_DEVICE_ERRORS,
  parseEntries,
  readDeviceErrors,
  recordDeviceError,
} from './errorLog';

/** localStorage as the browser has it: strings in, strings out. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    raw: () => map.get(DEVICE_ERRORS_KEY) ?? '',
  };
}

const AT = new Date('2026-12-05T01:00:00.000Z');

describe('device error log', () => {
  it('keeps name, code, store and record id of an error — never its message', () => {
    const storage = memoryStorage();
    const error = Object.assign(new Error('Aufenthalt: Duldung bis 12.03.2027, Name Amal'), {
      name: 'QuotaExceededError',
      code: 'quota',
    });
    recordDeviceError('storage', error, { store: 'sessions', recordId: 'abc-1' }, storage, AT);
    expect(readDeviceErrors(storage)).toEqual([
      {
        at: '2026-12-05T01:00:00.000Z',
        source: 'storage',
        name: 'QuotaExceededError',
        code: 'quota',
        store: 'sessions',
        recordId: 'abc-1',
      },
    ]);
    expect(storage.raw()).not.toContain('Duldung');
  });

  it('never stores any text of a thrown value that does not look like an identifier', () => {
    // Names, codes and context are checked, so values pasted into them cannot slip through.
    const valueLike = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((s) => !/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/.test(s));
    fc.assert(
      fc.property(valueLike, fc.string(), (value, message) => {
        const storage = memoryStorage();
        const error = Object.assign(new Error(message), { name: value, code: value });
        recordDeviceError('sync', error, { store: value, recordId: value }, storage, AT);
        const [entry] = readDeviceErrors(storage);
        expect(entry).toEqual({ at: AT.toISOString(), source: 'sync', name: 'Error' });
      }),
    );
  });

  it('is a ring: the newest MAX_DEVICE_ERRORS entries, oldest dropped first', () => {
    let entries = parseEntries(null);
    for (let i = 0; i < MAX_DEVICE_ERRORS + 7; i++) {
      entries = appendEntry(entries, entryOf('app', { name: `E${String(i)}` }, {}, AT));
    }
    expect(entries).toHaveLength(MAX_DEVICE_ERRORS);
    expect(entries[0]?.name).toBe('E7');
    expect(entries.at(-1)?.name).toBe(`E${String(MAX_DEVICE_ERRORS + 6)}`);
  });

  it('drops unreadable stored entries instead of failing', () => {
    const good = entryOf('pull', undefined, { code: 'record-not-readable' }, AT);
    const stored = JSON.stringify([good, { at: 'yesterday', source: 'app', name: 'X' }, 7]);
    expect(parseEntries(stored)).toEqual([good]);
    expect(parseEntries('{not json')).toEqual([]);
    expect(parseEntries(JSON.stringify({ entries: [] }))).toEqual([]);
  });

  it('never throws when localStorage is full or blocked', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => {
      recordDeviceError('storage', new Error('x'), {}, full, AT);
    }).not.toThrow();
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readDeviceErrors(blocked)).toEqual([]);
  });

  it("uses the browser's localStorage by default, and the wipe's clear empties it", () => {
    localStorage.clear();
    recordDeviceError('app', new TypeError('x'));
    expect(readDeviceErrors().map((e) => e.name)).toEqual(['TypeError']);
    expect(localStorage.getItem(DEVICE_ERRORS_KEY)).toContain('TypeError');
    clearDeviceErrors();
    expect(readDeviceErrors()).toEqual([]);
  });
});
