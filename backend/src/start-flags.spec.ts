import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { START_FLAGS } from './start-flags';

const repo = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(resolve(repo, path), 'utf8');
const scripts = (path: string): Record<string, string> =>
  (JSON.parse(read(path)) as { scripts: Record<string, string> }).scripts;

/** The young generation's size (both semi-spaces, MB) after a churn of short-lived objects. */
function youngGenerationMb(flags: readonly string[]): number {
  const churn = `
    const v8 = require('node:v8');
    let kept = [];
    for (let i = 0; i < 2e6; i++) { kept.push({ i, text: 'x' + i }); if (kept.length > 20000) kept = []; }
    const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    console.log(young.space_size / 1048576);`;
  const run = spawnSync(process.execPath, [...flags, '-e', churn], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout.trim());
}

describe('START_FLAGS', () => {
  it('is given to node by every launcher of the server', () => {
    const given = `node ${START_FLAGS.join(' ')} `;
    expect(scripts('package.json').start).toContain(`${given}backend/dist/main.js`);
    expect(scripts('backend/package.json').serve).toBe(`${given}dist/main.js`);
    for (const launcher of [
      'e2e/start-server.mjs',
      'bench/src/http-servers.ts',
      'backend/test/stress/spawned-server.ts',
    ]) {
      expect(read(launcher), launcher).toMatch(/START_FLAGS/);
    }
  });

  it('gives the young generation 4 MB semi-spaces under churn, where V8 would grow them to 16 MB', () => {
    expect(youngGenerationMb(START_FLAGS)).toBe(8);
    expect(youngGenerationMb([])).toBeGreaterThan(8);
  });
});
