import './styles/global.css';
import { restoreLocale } from './localization.js';
import { registerServiceWorker } from './pwa/register-sw.js';
import './app/sh-app.js';

void restoreLocale();
// Only the built app has a service worker; the dev server serves none.
if (import.meta.env.PROD) registerServiceWorker();
