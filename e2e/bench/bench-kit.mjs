// What the browser benches share: the built server on a fresh DATA_DIR, the Chromium flags, medians and
// plain-text tables. The benches print figures only; nothing here passes or fails on a number.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Debian's Chromium (never a downloaded browser). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every bench starts Chromium with (the same as e2e/playwright.config.ts). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

/** The `q` quantile with linear interpolation between neighbours (NaN for no values). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Milliseconds with `digits` decimals, or a dash when there is no figure. */
export const ms = (value, digits = 0) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : '–');

/** Prints a title and a table: the first column left-aligned, the others right-aligned. */
export function printTable(title, header, rows) {
  console.log(`\n${title}`);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  const line = (row) =>
    row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the BUILT app (`node backend/dist/main.js`, PGlite) on a free port with a fresh DATA_DIR and
 * resolves once /api/health answers. DATABASE_URL, DATA_KEY and FRONTEND_DIR are never inherited.
 * @param {object} [options]
 * @param {string} [options.prefix] temp-dir prefix for the DATA_DIR
 * @param {Record<string, string | undefined>} [options.env] extra variables; `undefined` removes one
 * @param {number} [options.timeoutMs] how long to wait for /api/health
 * @param {string} [options.dataDir] an existing DATA_DIR to start on again (kept at stop)
 * @returns {Promise<{ baseUrl: string, dataDir: string, stop: () => Promise<void> }>} stop() ends the server and removes a DATA_DIR it made
 */
export async function startServer({
  prefix = 'sexhandel-bench-',
  env: extraEnv = {},
  timeoutMs = 60_000,
  dataDir: existingDataDir,
} = {}) {
  const port = await freePort();
  const dataDir = existingDataDir ?? mkdtempSync(join(tmpdir(), prefix));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.DATA_KEY;
  delete env.FRONTEND_DIR;
  for (const [name, value] of Object.entries(extraEnv)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(process.execPath, [join(root, 'backend/dist/main.js')], {
    env,
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (!existingDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, dataDir, stop };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error(`the built server did not answer /api/health within ${Math.round(timeoutMs / 1000)} s`);
}
