import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/app-config';
import { createScratchDatabase } from '../../src/database/scratch-database';
import { START_FLAGS } from '../../src/start-flags';
import { openTestApp, testEngine, TEST_DATA_KEY, type TestApp } from '../test-app';

const backendDir = resolve(__dirname, '../..');
export const SERVER_ENTRY = join(backendDir, 'dist/main.js');

/**
 * Process-level tests run the BUILT server. `npm test` builds the backend before vitest; when a
 * spec is run on its own without a build, this builds it once (tsc, about half a minute).
 */
export function ensureBuiltServer(): void {
  if (existsSync(SERVER_ENTRY)) return;
  const tsc = join(backendDir, '../node_modules/.bin/tsc');
  const result = spawnSync(tsc, ['-p', join(backendDir, 'tsconfig.build.json')], {
    cwd: backendDir,
    stdio: 'inherit',
    timeout: 180_000,
  });
  if (result.status !== 0 || !existsSync(SERVER_ENTRY))
    throw new Error('could not build the backend (tsc -p backend/tsconfig.build.json)');
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** The storage a spawned server uses: a scratch PostgreSQL database or an on-disk PGlite DATA_DIR. */
export interface ServerPlace {
  env: NodeJS.ProcessEnv;
  drop: () => Promise<void>;
}

export async function createServerPlace(extraEnv: NodeJS.ProcessEnv = {}): Promise<ServerPlace> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sexhandel-stress-'));
  const env: NodeJS.ProcessEnv = {
    DATA_DIR: dataDir,
    DATA_KEY: TEST_DATA_KEY,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    FRONTEND_DIR: join(dataDir, 'no-frontend'),
    PUBLIC_URL: 'http://localhost:3000',
    ...extraEnv,
  };
  if (testEngine() === 'postgresql') {
    const database = await createScratchDatabase('sexhandel_stress');
    return {
      env: { ...env, DATABASE_URL: database.url },
      drop: async () => {
        await database.drop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  return { env, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** Opens the place's database in this process (for PGlite, only while no server holds it). */
export function openPlaceDatabase(place: ServerPlace): Promise<TestApp> {
  return openTestApp(loadConfig({ ...place.env, LOG_LEVEL: 'silent' }));
}

export interface SpawnedServer {
  port: number;
  url: string;
  child: ChildProcess;
  /** Last lines the process wrote (for failure messages). */
  output: () => string;
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

/** Starts `node <START_FLAGS> dist/main.js` and waits until GET /api/health answers 200 (bounded). */
export async function spawnServer(env: NodeJS.ProcessEnv, port: number, timeoutMs = 60_000): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [...START_FLAGS, SERVER_ENTRY], {
    cwd: backendDir,
    env: { PATH: process.env.PATH, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited during start:\n${log}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer /api/health in time:\n${log}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    port,
    url,
    child,
    output: () => log,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(force);
    },
  };
}
