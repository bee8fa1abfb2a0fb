import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { releaseId } from './release';

describe(releaseId.name, () => {
  const dirs = [mkdtempSync(join(tmpdir(), 'sexhandel-release-')), mkdtempSync(join(tmpdir(), 'sexhandel-release-'))];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is the same for the same code and app build, and changes with the app build', () => {
    writeFileSync(join(dirs[0], 'index.html'), '<title>A</title>');
    writeFileSync(join(dirs[1], 'index.html'), '<title>A</title>');
    const first = releaseId(dirs[0]);
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(releaseId(dirs[1])).toBe(first);
    writeFileSync(join(dirs[1], 'index.html'), '<title>B</title>');
    expect(releaseId(dirs[1])).not.toBe(first);
  });
});
