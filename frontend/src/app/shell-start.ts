// The app's own shell (service worker, dev server) starts with everything at once: boot.ts imports
// this one module, and the build preloads every chunk it needs side by side (vite.config.ts).
export { restoreLocale } from '../localization.js';
import './sh-app.js';
