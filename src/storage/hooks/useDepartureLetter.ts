import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '../db';
import { letterRepository, type LocalLetter } from '../letters/letterRepository';

export type { LocalLetter } from '../letters/letterRepository';

/**
 * Live view of the device's copy of the organisation's departure-information letter;
 * `undefined` while loading. It updates by itself when a sync run (or the administrator's
 * editor) replaces the copy. Works offline: it only reads IndexedDB.
 */
export function useDepartureLetter(): LocalLetter | undefined {
  const repo = useMemo(() => letterRepository(getDb()), []);
  return useLiveQuery(() => repo.load(), [repo]);
}

/**
 * Stores a letter the administrator's screen just loaded or saved, so that the admin's own
 * device can print it too (admin-only accounts do not sync records). A failure is the
 * caller's to ignore: the next sync run of a counselling account fetches it anyway.
 */
export function useDepartureLetterStore() {
  return useMemo(() => {
    const repo = letterRepository(getDb());
    return (version: number, letter: unknown) => repo.replace(version, letter, new Date());
  }, []);
}
