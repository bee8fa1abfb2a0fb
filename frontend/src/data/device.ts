import Dexie from 'dexie';
import { appDb, DB_NAME } from './app-db.js';

/**
 * "Clear this device": deletes the database, every Cache Storage cache, local settings and the
 * service worker registrations, so nothing of this service remains in the browser.
 */
export async function clearDevice(): Promise<void> {
  appDb.close();
  await Dexie.delete(DB_NAME);
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
}
