#!/usr/bin/env node
// `npm test`: every check of the repository in one run, output streamed, then a table per suite and
// one closing line `N passed, M failed`. Exit code 1 when anything failed.
//
// Order: build shared -> lint (eslint, colour tokens) -> format (prettier --check) -> OpenAPI lint (Redocly, Spectral) -> type checks
// -> backend vitest (PostgreSQL + PGlite, or PGlite only with SKIP_POSTGRES=1) -> frontend web-test-runner
// -> build app -> front-end budget -> Playwright e2e.
// Counting: builds, lint, format, each OpenAPI linter and each type check are one check each; test
// suites count their tests (vitest and Playwright from their JSON reports, web-test-runner from its
// summary lines).
// A part that does not exist yet is skipped with a note and counts as neither passed nor failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.test-output');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const MINUTE = 60_000;

/** @type {{ suite: string, passed: number, failed: number, skipped: number, seconds: number, note: string }[]} */
const results = [];
/** Names of failed tests, printed again just above the total so that the end of a long log says what failed. */
const failedTests = [];

const stripAnsi = (text) => text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '');

function banner(title) {
  console.log(`\n=== ${title} ${'='.repeat(Math.max(3, 90 - title.length))}`);
}

/**
 * Runs a command with inherited env plus `env`, streaming its output (and keeping a copy when
 * `capture` is set). Kills the whole process group after `timeoutMs`.
 */
function run(command, args, { cwd = root, env = {}, capture = false, timeoutMs = 20 * MINUTE } = {}) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    console.log(`$ ${[command, ...args].join(' ')}${cwd === root ? '' : `   (in ${cwd.slice(root.length + 1)})`}`);
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
      detached: true,
    });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        output += chunk.toString();
      });
      child.stderr.on('data', (chunk) => {
        process.stderr.write(chunk);
        output += chunk.toString();
      });
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n!!! ${command} ${args.join(' ')} exceeded ${Math.round(timeoutMs / 1000)} s: stopping it`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    const finish = (code) => {
      clearTimeout(timer);
      resolvePromise({ code: timedOut ? 124 : code, output, seconds: (Date.now() - started) / 1000, timedOut });
    };
    child.on('error', (error) => {
      output += String(error);
      console.error(`could not start ${command}: ${error.message}`);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

function record(suite, { passed = 0, failed = 0, skipped = 0, seconds = 0, note = '' }) {
  results.push({ suite, passed, failed, skipped, seconds, note });
}

/** A step that is one check: passed when the command exits 0. */
async function check(suite, command, args, options) {
  banner(suite);
  const result = await run(command, args, options);
  record(suite, {
    passed: result.code === 0 ? 1 : 0,
    failed: result.code === 0 ? 0 : 1,
    seconds: result.seconds,
    note: result.code === 0 ? '' : result.timedOut ? 'timed out' : `exit code ${result.code}`,
  });
  return result.code === 0;
}

function skip(suite, note) {
  banner(suite);
  console.log(`skipped: ${note}`);
  record(suite, { note: `skipped: ${note}` });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A test suite's counts must show a failure whenever its runner failed. */
function atLeastOneFailure(code, failed) {
  return code !== 0 && failed === 0 ? 1 : failed;
}

async function backendTests() {
  const suite = `backend vitest (${process.env.SKIP_POSTGRES === '1' ? 'PGlite only' : 'PostgreSQL + PGlite'})`;
  const hasSpecs = existsSync(join(root, 'backend/vitest.config.mts'));
  if (!hasSpecs) return skip(suite, 'backend/vitest.config.mts does not exist yet');
  banner(suite);
  const report = join(outDir, 'vitest.json');
  rmSync(report, { force: true });
  const result = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`], {
    cwd: join(root, 'backend'),
    timeoutMs: 30 * MINUTE,
  });
  const json = readJson(report);
  if (!json) {
    record(suite, { failed: 1, seconds: result.seconds, note: `no JSON report (exit code ${result.code})` });
    return;
  }
  const failedFiles = (json.testResults ?? []).filter(
    (file) => file.status === 'failed' && !file.assertionResults?.length,
  );
  const failed = (json.numFailedTests ?? 0) + failedFiles.length;
  for (const file of json.testResults ?? []) {
    const where = relativePath(file.name);
    if (failedFiles.includes(file)) failedTests.push(`${suite}: ${where} (did not load)`);
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failedTests.push(`${suite}: ${where} > ${test.fullName ?? test.title}`);
    }
  }
  record(suite, {
    passed: json.numPassedTests ?? 0,
    failed: atLeastOneFailure(result.code, failed),
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    seconds: result.seconds,
    note: failedFiles.length ? `${failedFiles.length} spec file(s) failed to load` : '',
  });
}

async function frontendTests() {
  const suite = 'frontend web-test-runner';
  if (!existsSync(join(root, 'frontend/web-test-runner.config.mjs'))) {
    return skip(suite, 'frontend/web-test-runner.config.mjs does not exist yet');
  }
  banner(suite);
  const result = await run(bin('web-test-runner'), [], {
    cwd: join(root, 'frontend'),
    capture: true,
    env: { NO_COLOR: '1' },
    timeoutMs: 15 * MINUTE,
  });
  // The summary prints one line per browser, e.g. "Chromium: |████| 5/5 test files | 23 passed, 0 failed, 1 skipped";
  // without a TTY it may print several times, so keep the last line for each browser.
  const perBrowser = new Map();
  const pattern = /^\s*([\w -]+):\s.*?test files \| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/;
  for (const line of stripAnsi(result.output).split(/\r?\n/)) {
    const match = pattern.exec(line);
    if (match) perBrowser.set(match[1].trim(), [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)]);
  }
  if (perBrowser.size === 0) {
    record(suite, { failed: 1, seconds: result.seconds, note: `no summary found (exit code ${result.code})` });
    return;
  }
  let [passed, failed, skipped] = [0, 0, 0];
  for (const [p, f, s] of perBrowser.values()) {
    passed += p;
    failed += f;
    skipped += s;
  }
  record(suite, {
    passed,
    failed: atLeastOneFailure(result.code, failed),
    skipped,
    seconds: result.seconds,
    note: result.code !== 0 && failed === 0 ? `runner failed (exit code ${result.code})` : '',
  });
}

async function e2eTests() {
  const suite = 'e2e Playwright';
  if (!existsSync(join(root, 'e2e/playwright.config.ts')))
    return skip(suite, 'e2e/playwright.config.ts does not exist');
  if (!existsSync(join(root, 'frontend/dist/index.html'))) return skip(suite, 'no built frontend (frontend/dist)');
  if (!existsSync(join(root, 'backend/dist/main.js'))) return skip(suite, 'no built backend (backend/dist/main.js)');
  banner(suite);
  const report = join(outDir, 'playwright.json');
  rmSync(report, { force: true });
  const result = await run(bin('playwright'), ['test', '--reporter=list,json'], {
    cwd: join(root, 'e2e'),
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: report, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    timeoutMs: 20 * MINUTE,
  });
  const json = readJson(report);
  if (!json?.stats) {
    record(suite, { failed: 1, seconds: result.seconds, note: `no JSON report (exit code ${result.code})` });
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats;
  const errors = Array.isArray(json.errors) ? json.errors.length : 0;
  collectPlaywrightFailures(suite, json.suites ?? [], []);
  record(suite, {
    passed: expected + flaky,
    failed: atLeastOneFailure(result.code, unexpected + errors),
    skipped,
    seconds: result.seconds,
    note: [flaky ? `${flaky} flaky` : '', errors ? `${errors} global error(s)` : ''].filter(Boolean).join(', '),
  });
}

/** Walks Playwright's JSON report (suites hold specs and further suites) for tests that did not pass. */
function collectPlaywrightFailures(suite, suites, titles) {
  for (const child of suites) {
    const path = child.title ? [...titles, child.title] : titles;
    for (const spec of child.specs ?? []) {
      const failedRun = (spec.tests ?? []).some((test) => test.status === 'unexpected');
      if (failedRun)
        failedTests.push(`${suite}: ${spec.file ?? ''}:${spec.line ?? ''} > ${[...path, spec.title].join(' > ')}`);
    }
    collectPlaywrightFailures(suite, child.suites ?? [], path);
  }
}

function relativePath(file) {
  return typeof file === 'string' && file.startsWith(root) ? file.slice(root.length + 1) : String(file);
}

function hasFile(relative) {
  return existsSync(join(root, relative));
}

async function main() {
  const started = Date.now();
  mkdirSync(outDir, { recursive: true });

  const sharedBuilt = await check('build shared', 'npm', ['run', 'build', '-w', 'shared']);

  await check('lint (eslint, zero warnings)', bin('eslint'), ['--max-warnings', '0', '.']);
  await check('colour tokens (one token sheet)', 'node', ['scripts/check-colour-tokens.mjs']);
  await check('format (prettier --check)', bin('prettier'), ['--check', '.']);

  // The API contract: backend/openapi.json (kept equal to the code by backend/src/openapi/openapi.spec.ts,
  // and checked against real answers by every API spec) must pass both linters with 0 errors.
  await check('OpenAPI lint (Redocly, recommended)', bin('redocly'), ['lint', '--format=summary'], {
    env: { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  await check('OpenAPI lint (Spectral, spectral:oas)', bin('spectral'), [
    'lint',
    '--fail-severity=error',
    'backend/openapi.json',
  ]);

  for (const [workspace, args] of [
    ['backend', ['-p', 'backend/tsconfig.json']],
    ['frontend', ['-p', 'frontend/tsconfig.json', '--noEmit']],
    ['e2e', ['-p', 'e2e/tsconfig.json', '--noEmit']],
  ]) {
    const suite = `typecheck ${workspace}`;
    if (!hasFile(`${workspace}/tsconfig.json`)) skip(suite, `${workspace}/tsconfig.json does not exist yet`);
    else await check(suite, bin('tsc'), args);
  }

  // Process-level specs (backend/test/stress) spawn the built server: build it before vitest.
  const backendBuilt =
    sharedBuilt && (await check('build backend (for process-level specs)', 'npm', ['run', 'build', '-w', 'backend']));
  // The benchmarks are typed against the built backend's declarations: they must keep compiling.
  if (backendBuilt) await check('typecheck bench', bin('tsc'), ['-p', 'bench/tsconfig.json', '--noEmit']);
  if (sharedBuilt) await backendTests();
  else skip('backend vitest', 'shared did not build (counted above)');

  await frontendTests();

  const frontendBuildable = hasFile('frontend/index.html') && hasFile('frontend/src');
  let built;
  if (frontendBuildable) {
    built = await check('build app (npm run build)', 'npm', ['run', 'build']);
  } else {
    console.log('\n(frontend has no index.html yet: building shared and backend only)');
    built = await check('build backend', 'npm', ['run', 'build', '-w', 'backend']);
  }
  if (built && frontendBuildable) {
    await check('front-end budget (initial JS <= 80 KB gzip)', 'node', ['scripts/js-budget.mjs', '--check']);
  }
  if (built) await e2eTests();
  else skip('e2e Playwright', 'the build failed (counted above)');

  printSummary((Date.now() - started) / 1000);
}

function printSummary(totalSeconds) {
  const header = ['suite', 'passed', 'failed', 'skipped', 'time', 'note'];
  const rows = results.map((r) => [
    r.suite,
    String(r.passed),
    String(r.failed),
    String(r.skipped),
    `${r.seconds.toFixed(1)}s`,
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (i >= 1 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  banner(`summary (${totalSeconds.toFixed(0)} s)`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log('');
  if (failedTests.length) {
    console.log('failed tests:');
    for (const name of failedTests) console.log(`  ${name}`);
    console.log('');
  }
  process.exitCode = failed > 0 ? 1 : 0;
  console.log(`${passed} passed, ${failed} failed`);
}

main().catch((error) => {
  console.error(error);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0) + 1;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
});
