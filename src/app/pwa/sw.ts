/**
 * The service worker. It precaches the built app (shell, lazily loaded screens, every
 * locale file, fonts, icons) so the app starts and works with no network and no server.
 * The API (/api) is never cached here: data goes through IndexedDB and the sync engine.
 *
 * Update policy: a new worker installs in the background and WAITS. It activates only when
 * the page sends SKIP_WAITING, which the update prompt does once no form holds unsaved input.
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';

// Minimal typing of the worker scope: the DOM and WebWorker libs cannot share one program.
type ManifestEntry = { url: string; revision: string | null };
declare const self: {
  __WB_MANIFEST: ManifestEntry[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
};

function isSkipWaiting(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'SKIP_WAITING'
  );
}

self.addEventListener('message', (event) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting();
});

// Take control of open pages on activation: the first visit is offline-capable without a
// reload, and an accepted update reloads the page it was accepted on.
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }),
);
