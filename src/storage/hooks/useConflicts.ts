import { useLiveQuery } from 'dexie-react-hooks';
import type { Conflict } from '../../protocol';
import { getVault } from '../appStorage';
import { conflictRepository, type ConflictChoice } from '../sync/conflictRepository';

let repository: ReturnType<typeof conflictRepository> | undefined;
const conflicts = () => (repository ??= conflictRepository(getVault()));

/**
 * Open sync conflicts (decrypted); undefined while loading. Live: a pull that brings new or
 * resolved conflicts, or a local decision, updates the list. (`open()` reads both of its
 * tables before it decrypts, so the live query keeps tracking them.)
 */
export function useOpenConflicts(): readonly Conflict[] | undefined {
  return useLiveQuery(() => conflicts().open(), []);
}

/** The case of each record id (plain columns, nothing decrypted); undefined while loading. */
export function useCaseIdsOf(
  entityIds: readonly string[],
): ReadonlyMap<string, string> | undefined {
  const key = [...new Set(entityIds)].sort().join(' ');
  return useLiveQuery(() => conflicts().caseIdsOf(key ? key.split(' ') : []), [key]);
}

/** Decisions by others against this account's values (see conflictRepository). */
export function useConflictsDecidedByOthers(
  userId: string | undefined,
): readonly Conflict[] | undefined {
  return useLiveQuery(
    () => (userId ? conflicts().decidedByOthers(userId) : Promise.resolve([])),
    [userId],
  );
}

/** The counsellor has read about a decision by someone else. */
export function acknowledgeDecision(conflictId: string): Promise<void> {
  return conflicts().acknowledge(conflictId);
}

/** Records a decision; it is pushed with the next sync (works offline). */
export function resolveConflict(conflict: Conflict, choice: ConflictChoice): Promise<void> {
  return conflicts().resolve(conflict, choice);
}
