#!/usr/bin/env node
// One colour-token sheet (frontend/src/styles/tokens.css): every colour of the app is defined there
// once. Anywhere else under frontend/src a style uses plain var(--sh-…): this check fails on a
// fallback that restates a token (var(--sh-x, #…)) and on a raw hex colour. Run by `npm run lint`.
// Usage: node scripts/check-colour-tokens.mjs [dir]   (exit 1 when anything is found)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(process.argv[2] ?? join(root, 'frontend/src'));
const TOKEN_SHEET = join(src, 'styles/tokens.css');
// Generated translations hold no styles.
const SKIPPED = [join(src, 'locales')];

// A colour token with a fallback colour: the token is defined once, so a fallback can only restate
// or contradict it.
const FALLBACK = /var\(\s*--sh-[\w-]+\s*,\s*#[0-9a-fA-F]*/g;
// A hex colour where CSS puts a value (after a colon, space, parenthesis or comma), so a link's
// fragment (href="#main") is not taken for one.
const HEX = /(?<=[\s:(,])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![\w-])/g;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (SKIPPED.includes(path)) continue;
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|css|html)$/.test(entry.name) && path !== TOKEN_SHEET) yield path;
  }
}

const problems = [];
for (const file of files(src)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const where = `${relative(root, file)}:${index + 1}`;
    for (const match of line.matchAll(FALLBACK))
      problems.push(`${where}  fallback ${match[0]}…): use var(--sh-…) alone`);
    for (const match of line.matchAll(HEX))
      problems.push(`${where}  colour ${match[0]}: use a token from styles/tokens.css`);
  });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} colour(s) outside the token sheet. Add the colour to ${relative(root, TOKEN_SHEET)} ` +
      'once (or use the token that has it) and write var(--sh-name) without a fallback.',
  );
  process.exit(1);
}
console.log(`colour tokens: no fallback and no hex colour outside ${relative(root, TOKEN_SHEET)}`);
