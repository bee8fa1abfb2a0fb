#!/usr/bin/env node
// The front-end budget (issue 8): the JavaScript a first visit must download before the app can
// start — the entry chunk, every chunk it imports statically, and the chunks the entry itself loads
// with import() (the app's start in steps, frontend/src/app/boot.ts) with theirs — gzip'd, at most 80 KB.
// Lazy route chunks load later (and are precached by the service worker), so they do not count.
// Usage: node scripts/js-budget.mjs [--check]   (--check exits 1 above the budget)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 80 * 1024;
const assets = resolve(dirname(fileURLToPath(import.meta.url)), '../frontend/dist/assets');

/** Chunks reachable from the entry through static imports and the entry's own import()s, with their gzip sizes. */
export function initialJavaScript(dir = assets) {
  const entry = readdirSync(dir).find((file) => /^index-.*\.js$/.test(file));
  if (!entry) throw new Error(`No built entry chunk in ${dir}: run npm run build first`);
  const sizes = new Map();
  const visit = (file, followDynamic = false) => {
    if (sizes.has(file)) return;
    const source = readFileSync(join(dir, file));
    sizes.set(file, gzipSync(source, { level: 9 }).length);
    const text = source.toString('utf8');
    // Static imports: `import "./x.js"` / `import {a} from "./x.js"`.
    for (const match of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)) {
      visit(match[1]);
    }
    // The entry's import("./x.js") start the app; any other chunk's (routes, the English texts) are lazy.
    if (followDynamic) for (const match of text.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) visit(match[1]);
  };
  visit(entry, true);
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  return { entry, chunks: [...sizes.entries()], total };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chunks, total } = initialJavaScript();
  for (const [file, size] of chunks) console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
  console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`);
  if (process.argv.includes('--check') && total > BUDGET_BYTES) {
    console.error(
      `Over budget by ${((total - BUDGET_BYTES) / 1024).toFixed(1)} KB: split more routes out of the entry chunk.`,
    );
    process.exit(1);
  }
}
