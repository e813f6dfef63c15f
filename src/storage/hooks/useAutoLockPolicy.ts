import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import {
  AUTO_LOCK_PREFERENCE,
  clampAutoLockPolicy,
  DEFAULT_AUTO_LOCK,
  type AutoLockPolicy,
} from '../vault/lockPolicy';

/**
 * The auto-lock policy of this device. It is set by the organisation's administrator and
 * arrives with sync (stored under `autoLockPolicy`); whatever is stored is clamped into
 * safe bounds, and the defaults (5 min idle, 60 s hidden) apply until then.
 */
export function useAutoLockPolicy(): AutoLockPolicy {
  return useLiveQuery(
    async () => {
      const row = await getDb().preferences.get(AUTO_LOCK_PREFERENCE);
      const value = row?.value as Partial<AutoLockPolicy> | undefined;
      return value ? clampAutoLockPolicy(value) : DEFAULT_AUTO_LOCK;
    },
    [],
    DEFAULT_AUTO_LOCK,
  );
}
