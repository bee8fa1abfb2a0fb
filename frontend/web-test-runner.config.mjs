import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

// node_modules lives at the repository root (npm workspaces), so the server root is one level up.
const rootDir = fileURLToPath(new URL('..', import.meta.url));

export default {
  rootDir,
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // Styles use the colour tokens without fallbacks: every test page loads the token sheet, as the app
  // does through global.css, so components (and axe's contrast checks) see the real colours.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><link rel="stylesheet" href="/frontend/src/styles/tokens.css"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Axe checks take several seconds when the machine is busy (CI shares 2 cores).
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    {
      // Dexie's package exports resolve to a UMD file in the browser; point at its ES module build.
      name: 'dexie-esm',
      resolveImport({ source }) {
        if (source === 'dexie') return '/node_modules/dexie/dist/dexie.mjs';
        return undefined;
      },
    },
  ],
};
