/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

// The whole built shell (HTML, JS, CSS, icons, manifest) is stored at install so the app opens offline.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every app path (/artikler/x, /regler, ...) gets the precached index.html (the content-free shell;
// the app renders from the device): deep links load offline. The feeds, robots.txt and the sitemap
// are server documents, not app pages.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api(\/|$)/, /^\/feeds\//, /^\/k\//, /^\/(robots\.txt|sitemap\.xml)$/],
  }),
);

// Campaign short links (/k/<code>) are counted by the server, so they always go to the network.
// Offline, the reader still lands on the start page, and the day's visit keeps the campaign code.
registerRoute(
  ({ url, request }) =>
    request.mode === 'navigate' && url.origin === self.location.origin && url.pathname.startsWith('/k/'),
  new NetworkOnly({
    plugins: [
      {
        handlerDidError: async ({ request }) => {
          const code = new URL(request.url).pathname.slice('/k/'.length);
          return Response.redirect(`/?k=${encodeURIComponent(code)}`, 302);
        },
      },
    ],
  }),
);

// API answers may be personal (a session, a counsellor's reply): never cached; offline reading comes from IndexedDB.
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/api/'), new NetworkOnly());

// Files under /assets carry a content hash in their name, so a cached copy can never be stale.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: 'sh-assets' }),
);

// A new version waits until the page asks (the "new version ready – reload" prompt), so no tab
// ever runs a mix of old page and new worker.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync: when a push failed offline the page registers the tag 'sexhandel-outbox'; the
// browser fires 'sync' here once the connection is back. We do NOT send from the worker: the outbox
// logic (Web Lock, rejected posts back to drafts) lives in the page, and the worker reading Dexie
// would duplicate it. So the worker wakes every open tab with a message and they flush under the
// lock. With no tab open the outbox simply waits (nothing is lost) and is flushed on the next start.
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}
self.addEventListener('sync', (event: Event) => {
  const syncEvent = event as SyncEvent;
  if (syncEvent.tag !== 'sexhandel-outbox') return;
  syncEvent.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) => {
      for (const client of clients) client.postMessage({ type: 'sexhandel-flush-outbox' });
    }),
  );
});

// The first install takes control of the open page at once, so the very first visit works offline.
clientsClaim();
