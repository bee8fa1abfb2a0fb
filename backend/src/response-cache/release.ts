import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const CODE_FILE = /\.(js|ts)$/;
const NOT_CODE = /\.(spec|test|d)\.ts$/;

let code: string | undefined;

/**
 * What the running code is, as 12 hex digits: a hash of the server's code, the shared package's and
 * the built app's index.html. A deploy that changes how an answer is written changes it, so an ETag
 * made from the content sequence and this never names another release's bytes; every node of one
 * release computes the same value. The code is read once per process (a few MB).
 */
export function releaseId(frontendDir: string): string {
  if (code === undefined) {
    const hash = createHash('sha256');
    const shared = dirname(createRequire(__filename).resolve('@sexhandel/shared'));
    for (const dir of [resolve(__dirname, '..'), shared]) hashCode(hash, dir);
    code = hash.digest('hex');
  }
  const index = join(frontendDir, 'index.html');
  const release = createHash('sha256').update(code);
  if (existsSync(index)) release.update(readFileSync(index));
  return release.digest('hex').slice(0, 12);
}

function hashCode(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashCode(hash, path);
    else if (CODE_FILE.test(entry.name) && !NOT_CODE.test(entry.name))
      hash.update(entry.name).update(readFileSync(path));
  }
}
