import { useCallback, useSyncExternalStore, type MouseEvent } from 'react';

/**
 * A minimal path router: the app has few screens and needs no router library. Unknown
 * paths are served index.html by the server and by the service worker, so reloads work
 * offline on every route.
 */
export const routes = {
  home: '/',
  newCase: '/faelle/neu',
  followUps: '/wiedervorlagen',
  settings: '/einstellungen',
  conflicts: '/konflikte',
  admin: '/verwaltung',
  directory: '/hilfsangebote',
  directoryAdmin: '/verwaltung/hilfsangebote',
  letterAdmin: '/verwaltung/ausreiseinformation',
  privacyAdmin: '/verwaltung/datenschutz',
  statistics: '/statistik',
  case: (id: string) => `/faelle/${encodeURIComponent(id)}`,
  session: (id: string) => `/gespraeche/${encodeURIComponent(id)}`,
  fileNote: (id: string) => `/gespraeche/${encodeURIComponent(id)}/aktenvermerk`,
  summary: (id: string) => `/gespraeche/${encodeURIComponent(id)}/zusammenfassung`,
  departureLetter: (id: string) => `/gespraeche/${encodeURIComponent(id)}/ausreiseinformation`,
  newConsent: (caseId: string) => `/faelle/${encodeURIComponent(caseId)}/einwilligung/neu`,
  newWaiver: (caseId: string) => `/faelle/${encodeURIComponent(caseId)}/schweigepflicht/neu`,
  consent: (id: string) => `/einwilligungen/${encodeURIComponent(id)}`,
  consentVersion: (id: string) => `/einwilligungen/${encodeURIComponent(id)}/neue-fassung`,
  referralInbox: '/weiterleitungen',
  newReferral: (caseId: string) => `/faelle/${encodeURIComponent(caseId)}/weiterleitung/neu`,
  referralLetter: (id: string) => `/weiterleitungen/${encodeURIComponent(id)}/brief`,
  incomingReferral: (id: string) => `/weiterleitungen/eingang/${encodeURIComponent(id)}`,
  accessExport: (caseId: string) => `/auskunft/${encodeURIComponent(caseId)}`,
} as const;

export type Route =
  | {
      name:
        | 'home'
        | 'newCase'
        | 'followUps'
        | 'settings'
        | 'conflicts'
        | 'admin'
        | 'directory'
        | 'directoryAdmin'
        | 'letterAdmin'
        | 'privacyAdmin'
        | 'referralInbox'
        | 'statistics'
        | 'notFound';
    }
  | { name: IdRoute; id: string };

type IdRoute =
  | 'case'
  | 'session'
  | 'fileNote'
  | 'summary'
  | 'departureLetter'
  | 'newConsent'
  | 'newWaiver'
  | 'consent'
  | 'consentVersion'
  | 'newReferral'
  | 'referralLetter'
  | 'incomingReferral'
  | 'accessExport';

const ID = '([0-9a-fA-F-]{36})';
const patterns: [RegExp, IdRoute][] = [
  [new RegExp(`^/faelle/${ID}$`), 'case'],
  [new RegExp(`^/faelle/${ID}/einwilligung/neu$`), 'newConsent'],
  [new RegExp(`^/faelle/${ID}/schweigepflicht/neu$`), 'newWaiver'],
  [new RegExp(`^/einwilligungen/${ID}$`), 'consent'],
  [new RegExp(`^/einwilligungen/${ID}/neue-fassung$`), 'consentVersion'],
  [new RegExp(`^/gespraeche/${ID}$`), 'session'],
  [new RegExp(`^/gespraeche/${ID}/aktenvermerk$`), 'fileNote'],
  [new RegExp(`^/gespraeche/${ID}/zusammenfassung$`), 'summary'],
  [new RegExp(`^/gespraeche/${ID}/ausreiseinformation$`), 'departureLetter'],
  [new RegExp(`^/faelle/${ID}/weiterleitung/neu$`), 'newReferral'],
  [new RegExp(`^/weiterleitungen/${ID}/brief$`), 'referralLetter'],
  [new RegExp(`^/weiterleitungen/eingang/${ID}$`), 'incomingReferral'],
  [new RegExp(`^/auskunft/${ID}$`), 'accessExport'],
];

export function matchRoute(path: string): Route {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (clean === routes.home) return { name: 'home' };
  if (clean === routes.newCase) return { name: 'newCase' };
  if (clean === routes.followUps) return { name: 'followUps' };
  if (clean === routes.settings) return { name: 'settings' };
  if (clean === routes.conflicts) return { name: 'conflicts' };
  if (clean === routes.admin) return { name: 'admin' };
  if (clean === routes.directory) return { name: 'directory' };
  if (clean === routes.directoryAdmin) return { name: 'directoryAdmin' };
  if (clean === routes.letterAdmin) return { name: 'letterAdmin' };
  if (clean === routes.privacyAdmin) return { name: 'privacyAdmin' };
  if (clean === routes.referralInbox) return { name: 'referralInbox' };
  if (clean === routes.statistics) return { name: 'statistics' };
  for (const [re, name] of patterns) {
    const m = re.exec(clean);
    if (m?.[1]) return { name, id: m[1].toLowerCase() };
  }
  return { name: 'notFound' };
}

/**
 * Whether a navigation may happen. `byUser`: a link, the browser's back or forward, or a URL
 * set in the page; otherwise the app itself moves on (after saving something). A guard that
 * refuses keeps the screen, and a refused history step is undone.
 */
export type NavigationGuard = (attempt: { to: string; byUser: boolean }) => boolean;

const guards = new Set<NavigationGuard>();
const listeners = new Set<() => void>();
/** The path on screen: it changes only when every guard allows it. */
let current: string | undefined;

const currentPath = () => (current ??= window.location.pathname);

/** Registers a guard until the returned function is called. */
export function addNavigationGuard(guard: NavigationGuard): () => void {
  guards.add(guard);
  return () => {
    guards.delete(guard);
  };
}

/** The guard added last decides first: the client view refuses before anything asks. */
const allowed = (to: string, byUser: boolean) =>
  [...guards].reverse().every((g) => g({ to, byUser }));

function show(path: string): void {
  current = path;
  for (const listener of listeners) listener();
}

function onPopState(): void {
  const to = window.location.pathname;
  const from = currentPath();
  if (to === from) return;
  // A refused step back, forward or jump in the history: the screen stays, and so does the
  // address (a new entry on top, so the next step back arrives here again).
  if (!allowed(to, true)) window.history.pushState(null, '', from);
  else show(to);
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** Moves to `path` unless a guard refuses; `byUser` for links (see NavigationGuard). */
export function navigate(path: string, { replace = false, byUser = false } = {}): boolean {
  if (path === currentPath()) return true;
  if (!allowed(path, byUser)) return false;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  show(path);
  return true;
}

/** onClick handler for <a href> links that keeps navigation inside the app. */
export function useLinkHandler() {
  return useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(event.currentTarget.pathname, { byUser: true });
  }, []);
}
