import { useEffect, useSyncExternalStore } from 'react';

/**
 * Which open forms hold input that is not stored yet. The update prompt reads it so that an
 * app update (which reloads the page) is never applied over unsaved input, and the browser
 * warns before the tab is closed.
 */
const dirtyForms = new Set<string>();
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

/** Registers form `id` as dirty while `dirty` is true. */
export function useUnsavedInputGuard(id: string, dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    dirtyForms.add(id);
    emit();
    return () => {
      dirtyForms.delete(id);
      emit();
    };
  }, [id, dirty]);
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
