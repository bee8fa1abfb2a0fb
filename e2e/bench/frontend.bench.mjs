// `npm run bench` (front end): the built PWA in Debian's Chromium, served by the production entry point
// (`node backend/dist/main.js`, PGlite, demo content) on a free port with a fresh DATA_DIR.
//  1. First render of the app shell (time until the header is painted, and first-contentful-paint),
//     median of RUNS: a first visit online (no service worker yet), a reload online with the service
//     worker in control, and a reload OFFLINE served by the service worker; beside them the initial
//     JavaScript (gzip) from scripts/js-budget.mjs.
//  2. Lighthouse 12.2.3 (performance, accessibility, best practices) on the start page and an article.
// Chromium cannot reach the internet here: every host name but 127.0.0.1 resolves to nothing.
// Prints figures only; nothing passes or fails on a number.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { BUDGET_BYTES, initialJavaScript } from '../../scripts/js-budget.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  // Nothing but the app: any other host fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 9);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '–');

function printTable(title, header, rows) {
  console.log(`\n${title}`);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- server

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'sexhandel-bench-frontend-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.DATA_KEY;
  delete env.FRONTEND_DIR;
  delete env.SEED_DEMO;
  const child = spawn(process.execPath, [join(root, 'backend/dist/main.js')], { env, cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  // A first start migrates PGlite and writes the demo content: slow on a busy machine.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error('the built server did not answer /api/health within 180 s');
}

// ---------------------------------------------------------------- first render

/**
 * Runs in the page before its scripts: records (performance.now(), i.e. since navigation start) the
 * first animation frame in which the app header is laid out with its brand link, and keeps the
 * first-contentful-paint entry.
 */
const SHELL_PROBE = () => {
  const probe = () => {
    const header = document.querySelector('sh-app')?.shadowRoot?.querySelector('header .brand');
    if (header && header.getBoundingClientRect().height > 0) {
      window.__shellAt = performance.now();
      return;
    }
    requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
};

async function shellTiming(page) {
  await page.waitForFunction(() => typeof window.__shellAt === 'number', undefined, { timeout: 30_000, polling: 50 });
  return page.evaluate(() => ({
    shell: window.__shellAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    fromServiceWorker: Boolean(navigator.serviceWorker?.controller),
  }));
}

async function measureFirstRender(browser, baseUrl) {
  const firstVisit = [];
  const onlineReload = [];
  const offlineReload = [];
  let controlled = 0;
  for (let run = 0; run < RUNS; run++) {
    // A fresh profile each run: no HTTP cache, no service worker, no IndexedDB.
    const context = await browser.newContext({ locale: 'nb-NO', serviceWorkers: 'allow' });
    await context.addInitScript(SHELL_PROBE);
    const page = await context.newPage();
    await page.goto(baseUrl, { waitUntil: 'load' });
    firstVisit.push(await shellTiming(page));
    // The worker installs, precaches the shell and claims the page.
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 60_000, polling: 100 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload({ waitUntil: 'load' });
    onlineReload.push(await shellTiming(page));
    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    const offline = await shellTiming(page);
    if (offline.fromServiceWorker) controlled += 1;
    offlineReload.push(offline);
    await context.close();
  }
  return { firstVisit, onlineReload, offlineReload, controlled };
}

// ---------------------------------------------------------------- Lighthouse

async function runLighthouse(urls) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...OFFLINE_FLAGS] });
  const results = [];
  try {
    for (const [label, url] of urls) {
      const runnerResult = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const { categories, audits } = runnerResult.lhr;
      const score = (id) => (categories[id]?.score == null ? '–' : String(Math.round(categories[id].score * 100)));
      const failing = Object.values(categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]))
        .filter((audit) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      // What a fix would need to know: the console errors and the elements that moved.
      const details = (id) => (audits[id]?.details?.items ?? []).slice(0, 3);
      for (const item of details('errors-in-console')) failing.push(`console: ${String(item.description ?? '').slice(0, 160)}`);
      for (const item of details('layout-shifts')) failing.push(`shifted: ${String(item.node?.snippet ?? item.node?.selector ?? '').slice(0, 120)} (${Number(item.score ?? 0).toFixed(3)})`);
      results.push({
        row: [
          label,
          score('performance'),
          score('accessibility'),
          score('best-practices'),
          audits['first-contentful-paint']?.displayValue ?? '–',
          audits['largest-contentful-paint']?.displayValue ?? '–',
          audits['total-blocking-time']?.displayValue ?? '–',
          audits['cumulative-layout-shift']?.displayValue ?? '–',
        ],
        failing: [...new Set(failing)],
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

// ---------------------------------------------------------------- main

async function main() {
  const { total } = initialJavaScript();
  const server = await startServer();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...OFFLINE_FLAGS] });
    const render = await measureFirstRender(browser, server.baseUrl);
    const version = browser.version();
    await browser.close();
    browser = undefined;

    const shell = (runs) => median(runs.map((run) => run.shell));
    const fcp = (runs) => median(runs.map((run) => run.fcp));
    const base = shell(render.firstVisit);
    printTable(
      `First render of the app shell in Chromium ${version}, median of ${RUNS} fresh profiles (header painted / first-contentful-paint, from navigation start)`,
      ['load', 'shell visible', 'FCP', 'ratio to first visit'],
      [
        ['first visit, online (no service worker yet)', ms(base), ms(fcp(render.firstVisit)), '1.00'],
        ['reload, online, service worker in control', ms(shell(render.onlineReload)), ms(fcp(render.onlineReload)), (shell(render.onlineReload) / base).toFixed(2)],
        [`reload, OFFLINE, from the service worker (${render.controlled}/${RUNS} controlled)`, ms(shell(render.offlineReload)), ms(fcp(render.offlineReload)), (shell(render.offlineReload) / base).toFixed(2)],
        ['initial JavaScript (gzip, scripts/js-budget.mjs)', `${(total / 1024).toFixed(1)} KB`, `budget ${BUDGET_BYTES / 1024} KB`, ''],
      ],
    );

    const articles = await (await fetch(`${server.baseUrl}/api/articles?limit=1`)).json();
    const slug = articles.items[0]?.slug;
    const pages = [['start page /', `${server.baseUrl}/`]];
    if (slug) pages.push([`article /artikler/${slug}`, `${server.baseUrl}/artikler/${slug}`]);
    const lighthouseResults = await runLighthouse(pages);
    printTable(
      'Lighthouse 12.2.3 (mobile defaults, simulated throttling) in the same Chromium, no internet',
      ['page', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS'],
      lighthouseResults.map((result) => result.row),
    );
    for (const [index, result] of lighthouseResults.entries()) {
      if (result.failing.length > 0) console.log(`below 0.9 on ${pages[index][0]}:\n  ${result.failing.join('\n  ')}`);
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
