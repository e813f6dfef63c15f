import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '../db';
import { directoryRepository, type LocalDirectory } from '../directory/directoryRepository';

export type { LocalDirectory } from '../directory/directoryRepository';

/**
 * Live view of the device's copy of the support directory; `undefined` while loading. It
 * updates by itself when a sync run (or the administrator's editor) replaces the copy.
 * Works offline: it only reads IndexedDB.
 */
export function useDirectory(): LocalDirectory | undefined {
  const repo = useMemo(() => directoryRepository(getDb()), []);
  return useLiveQuery(() => repo.load(), [repo]);
}

/**
 * Stores a directory the administrator's screen just fetched from the server, so that the
 * admin's own device can search and print it too (admin-only accounts do not sync records).
 */
export function useDirectoryStore() {
  return useMemo(() => {
    const repo = directoryRepository(getDb());
    return (version: number, offers: readonly unknown[]) =>
      repo.replace(version, offers, new Date());
  }, []);
}
