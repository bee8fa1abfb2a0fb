import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Calm teal: the one accent colour of the app (--sh-accent in src/styles/tokens.css).
const THEME_COLOUR = '#0f5e63';
const BACKGROUND_COLOUR = '#f6f5f1';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Only the app's own shell (src/app/shell-start.ts, for the service worker's precached index.html
    // and the app's own routes) preloads its chunks, side by side. Nothing else does: a server page
    // starts the app in steps, each evaluated on its own (src/app/boot.ts), and for the take-over's
    // route load the helper's <link rel=modulepreload> bookkeeping (some 20 links a route) cost more
    // main-thread time on a slow phone than the round trip it saves (Lighthouse TBT about 100 ms).
    modulePreload: {
      polyfill: false,
      resolveDependencies: (filename, deps) => (/(^|\/)shell-start-[^/]*\.js$/.test(filename) ? deps : []),
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // We register with workbox-window ourselves (src/pwa/register-sw.ts): no inline script under our CSP.
      injectRegister: null,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
      },
      manifest: {
        name: 'Sexhandel – informasjon og samtale om kjøp av sex',
        short_name: 'Sexhandel',
        description:
          'Kunnskap om kjøp av sex, prostitusjon og menneskehandel, og et anonymt sted å snakke om det. Virker også uten nett.',
        lang: 'nb',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        id: '/',
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: BACKGROUND_COLOUR,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});
