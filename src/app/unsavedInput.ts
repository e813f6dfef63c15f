import { useEffect, useSyncExternalStore } from 'react';
import { addNavigationGuard } from './router';

/**
 * Which open forms hold input that is not stored yet. The update prompt reads it so that an
 * app update (which reloads the page) is never applied over unsaved input, the browser
 * warns before the tab is closed, and a link or a step back asks before leaving a form whose
 * input would be lost (autosaving forms write theirs when they close, so they do not ask).
 */
const dirtyForms = new Map<string, { savedOnLeave: boolean }>();
const listeners = new Set<() => void>();
let snapshot = false;

function emit(): void {
  snapshot = dirtyForms.size > 0;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasUnsavedInput(): boolean {
  return snapshot;
}

/** Whether leaving the screen now would lose input (a form without autosave is dirty). */
export function leavingLosesInput(): boolean {
  return [...dirtyForms.values()].some((form) => !form.savedOnLeave);
}

/**
 * Registers form `id` as dirty while `dirty` is true. `savedOnLeave`: the form writes its
 * input when it unmounts (autosave), so leaving loses nothing.
 */
export function useUnsavedInputGuard(
  id: string,
  dirty: boolean,
  { savedOnLeave = false }: { savedOnLeave?: boolean } = {},
): void {
  useEffect(() => {
    if (!dirty) return undefined;
    dirtyForms.set(id, { savedOnLeave });
    emit();
    return () => {
      dirtyForms.delete(id);
      emit();
    };
  }, [id, dirty, savedOnLeave]);
}

/**
 * Asks (`confirm`) before a link, or the browser's back or forward, leaves a form whose
 * input would be lost; the app's own moves after saving are not asked about.
 */
export function installLeaveGuard(confirm: () => boolean): () => void {
  return addNavigationGuard(({ byUser }) => !byUser || !leavingLosesInput() || confirm());
}

export function useHasUnsavedInput(): boolean {
  return useSyncExternalStore(subscribe, hasUnsavedInput, () => false);
}

/** Ask the browser to confirm closing or reloading the tab while input is unsaved. */
export function installBeforeUnloadGuard(target: Window): void {
  target.addEventListener('beforeunload', (event) => {
    if (hasUnsavedInput()) event.preventDefault();
  });
}
