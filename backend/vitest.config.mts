import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Every backend suite runs twice: on a real PostgreSQL (own database per test app, dropped after)
// and on embedded PGlite. SKIP_POSTGRES=1 runs the PGlite half only (a machine without PostgreSQL).
const engines = process.env.SKIP_POSTGRES === '1' ? ['pglite'] : ['postgresql', 'pglite'];

export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: engines.map((engine) => ({
      extends: true,
      test: {
        name: engine,
        include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
        env: { TEST_ENGINE: engine },
      },
    })),
  },
});
