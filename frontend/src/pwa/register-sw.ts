import { Workbox } from 'workbox-window';
import { shEvent } from '../events.js';

/**
 * Registers /sw.js. When a new version is installed and waiting, announces `sh-sw-waiting` on
 * window; accepting posts SKIP_WAITING and reloads once the new worker controls the page.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    const accept = (): void => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    };
    window.dispatchEvent(shEvent('sh-sw-waiting', { accept }));
  });
  // Refused (private windows in some browsers, a blocked worker): the app still works, online only.
  wb.register().catch(() => undefined);
}
