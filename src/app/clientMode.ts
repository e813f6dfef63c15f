import { useEffect, useSyncExternalStore } from 'react';
import { addNavigationGuard } from './router';

/**
 * The client view is a closed room: while the tablet is turned towards the person counselled,
 * the shell shows no header, navigation or links, and no navigation happens — no link, no
 * back or forward, no address set in the page (a reload or a typed address starts the app
 * locked, behind the passphrase). Only the screen that opened it can end it, after the
 * counsellor's passphrase (ClientViewExit).
 */
let active = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isClientMode(): boolean {
  return active > 0;
}

/** Closes the room until the returned function is called (each call ends its own entry). */
export function enterClientMode(): () => void {
  const release = addNavigationGuard(() => false);
  active += 1;
  // A history entry of its own: the first step back stays on this screen.
  window.history.pushState(null, '', window.location.pathname);
  emit();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    release();
    active -= 1;
    emit();
  };
}

/** Keeps the client view closed while the calling component is mounted. */
export function useClientMode(): void {
  useEffect(() => enterClientMode(), []);
}

export function useIsClientMode(): boolean {
  return useSyncExternalStore(subscribe, isClientMode, () => false);
}
