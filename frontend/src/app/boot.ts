/**
 * Starts the app. This module is the whole of the entry chunk's script (main.ts adds only the CSS):
 * everything else arrives through the dynamic imports below.
 *
 * A page the server rendered is complete and readable as it comes, so nothing runs before the
 * browser has painted and loaded it; the app then arrives piece by piece, each piece evaluated in a
 * task of its own with the main thread handed back in between (Lit and the language, then Dexie and
 * the device's schema, then the shell and its services), and only then takes the page over
 * (take-over.ts). Evaluating the whole graph in one go was the longest task of a first visit on a
 * slow phone. The app's own shell (served by the service worker, or the dev server) has nothing to
 * read before the app runs: it loads everything at once.
 */

/** The server-rendered page's root (backend/src/public-pages/layout.ts; take-over.ts). */
const SERVER_PAGE_ID = 'sh-ssr';

/** Hands the main thread back (input, paint, other tasks) before the next step. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function whenLoaded(doc: Document): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

async function registerWorker(): Promise<void> {
  // Only the built app has a service worker; the dev server serves none.
  if (!import.meta.env.PROD) return;
  const { registerServiceWorker } = await import('../pwa/register-sw.js');
  registerServiceWorker();
}

/** The app's modules in the order they are evaluated when a server page is taken over. */
const STEPS: (() => Promise<unknown>)[] = [
  () => import('dexie'),
  () => import('../data/app-db.js'),
  () => import('../state/sync.service.js'),
  () => import('../state/session.service.js'),
  () => Promise.all([import('lit'), import('lit/decorators.js'), import('@lit/context')]),
  () => import('./sh-app.js'),
];

export async function bootApp(doc: Document = document): Promise<void> {
  const serverPage = doc.getElementById(SERVER_PAGE_ID) !== null && doc.querySelector('sh-app') === null;
  if (!serverPage) {
    const { restoreLocale } = await import('./shell-start.js');
    void restoreLocale();
    void registerWorker();
    return;
  }
  await whenLoaded(doc);
  await yieldToMain();
  // Lit's core and @lit/localize: an English device starts loading its texts now.
  const { restoreLocale } = await import('../localization.js');
  const locale = restoreLocale();
  await yieldToMain();
  // Each step below evaluates what the ones before did not: Dexie, then the device's schema (parsing
  // it is work of its own), the sync and session services, Lit's templates, then the shell.
  for (const step of STEPS) {
    await step();
    await yieldToMain();
  }
  const { takeOverServerPage } = await import('./take-over.js');
  await takeOverServerPage(doc, { ready: locale });
  // The worker precaches the whole app: after the take-over, not competing with it.
  void registerWorker();
}
