import { useCallback, useSyncExternalStore, type MouseEvent } from 'react';

/**
 * A minimal path router: the app has few screens and needs no router library. Unknown
 * paths are served index.html by the server and by the service worker, so reloads work
 * offline on every route.
 */
export const routes = {
  home: '/',
  settings: '/einstellungen',
} as const;
export type RoutePath = (typeof routes)[keyof typeof routes];

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('popstate', listener);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** onClick handler for <a href> links that keeps navigation inside the app. */
export function useLinkHandler() {
  return useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(event.currentTarget.pathname);
  }, []);
}
