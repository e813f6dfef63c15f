import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { getDb } from '../db';
import { preferencesRepository, type CounsellingDefaults } from '../preferencesRepository';

/** Live view of the counselling defaults; `undefined` while loading. */
export function useCounsellingDefaults() {
  const repo = useMemo(() => preferencesRepository(getDb()), []);
  const value = useLiveQuery(() => repo.getCounsellingDefaults(), [repo]);
  const save = useCallback(
    (next: CounsellingDefaults) => repo.saveCounsellingDefaults(next, new Date()),
    [repo],
  );
  return { value, save };
}
