import Dexie from 'dexie';
import type { FetchFn } from './api.js';
import { logoutAccount } from './account.js';
import { appDb, DB_NAME } from './app-db.js';

/** How the server session fared while clearing: ended now, or left for the next start to end. */
export type ClearSession = 'ended' | 'later';

/**
 * "Clear this device": ends the session on the server (its answer carries Clear-Site-Data, so the
 * browser wipes cookies, storage and caches too), then deletes the database, every Cache Storage
 * cache, local settings (the sign-in marker with them) and the service worker registrations.
 * Offline the HttpOnly cookie survives, but without the marker the next start ends that session.
 */
export async function clearDevice(fetchFn?: FetchFn): Promise<ClearSession> {
  let session: ClearSession = 'later';
  try {
    await logoutAccount(fetchFn, { clearDevice: true });
    session = 'ended';
  } catch {
    // Offline or server down: wipe anyway.
  }
  appDb.close();
  await deleteDatabase();
  if ('caches' in globalThis) {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
  }
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((registration) => registration.unregister()));
  }
  localStorage.clear();
  sessionStorage.clear();
  return session;
}

/**
 * Deletes the app's database. The logout answer's Clear-Site-Data makes the browser wipe storage at
 * the same moment and close every IndexedDB connection it finds, ours included, so a delete can be
 * aborted under us ("The connection was closed"): try again until the database is gone.
 */
async function deleteDatabase(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await Dexie.delete(DB_NAME);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
