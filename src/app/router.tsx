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
  | 'incomingReferral';

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
  if (clean === routes.referralInbox) return { name: 'referralInbox' };
  if (clean === routes.statistics) return { name: 'statistics' };
  for (const [re, name] of patterns) {
    const m = re.exec(clean);
    if (m?.[1]) return { name, id: m[1].toLowerCase() };
  }
  return { name: 'notFound' };
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('popstate', listener);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string, { replace = false } = {}): void {
  if (path === window.location.pathname) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
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
