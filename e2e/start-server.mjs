// Starts the BUILT app exactly as production does (`node backend/dist/main.js`) on a fresh, empty
// DATA_DIR, so the server migrates and seeds its demo content like on a first start.
// Used by playwright.config.ts as its webServer; signals are passed on to the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { START_FLAGS } from '../backend/dist/start-flags.js';

const here = dirname(fileURLToPath(import.meta.url));
const main = resolve(here, '../backend/dist/main.js');
const port = process.env.E2E_PORT ?? '3210';
const dataDir = process.env.E2E_DATA_DIR ?? join(tmpdir(), `sexhandel-e2e-${port}`);

if (!existsSync(main)) {
  console.error(`e2e: ${main} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
if (!existsSync(resolve(here, '../frontend/dist/index.html'))) {
  console.warn('e2e: frontend/dist/index.html is missing; the app shell will not be served.');
}

rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true, mode: 0o700 });

const env = {
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
};
delete env.DATABASE_URL;
delete env.DATA_KEY;
delete env.SEED_DEMO;
delete env.FRONTEND_DIR;
env.LOG_LEVEL = process.env.E2E_LOG_LEVEL ?? 'warn';

// E2E_SEED_STAFF="alias:role,alias:role": staff accounts made with the operator CLI on the fresh
// DATA_DIR before the server takes it (the CLI refuses while a server holds the folder). Password:
// E2E_STAFF_PASSWORD (default below); e-mail <alias>@example.org.
const staffPassword = process.env.E2E_STAFF_PASSWORD ?? 'e2e staff password 2026';
const cli = resolve(here, '../backend/dist/cli/cli.js');
for (const entry of (process.env.E2E_SEED_STAFF ?? '').split(',').filter(Boolean)) {
  const [alias, role] = entry.split(':');
  const args = [cli, 'create-user', '--alias', alias, '--email', `${alias}@example.org`, '--password', staffPassword];
  if (role) args.push('--role', role);
  const made = spawnSync(process.execPath, args, { env, stdio: 'inherit', cwd: resolve(here, '..') });
  if (made.status !== 0) {
    console.error(`e2e: could not create staff account ${alias} (${role ?? 'member'})`);
    process.exit(1);
  }
}

const server = spawn(process.execPath, [...START_FLAGS, main], { env, stdio: 'inherit', cwd: resolve(here, '..') });

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));

server.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
