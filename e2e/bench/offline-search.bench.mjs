// `npm run bench` (after the backend bench): the PWA's offline search over 10,000 articles in Chromium.
// Starts the BUILT app (`node backend/dist/main.js`) on a free port with a fresh DATA_DIR, opens it in
// headless Chromium, lets it sync, writes synthetic Norwegian articles straight into the app's
// IndexedDB (the row shape of frontend/src/data/app-db.ts), goes offline and times 20 Norwegian
// queries typed into the search page (/sok): from the input event to the results list in the DOM.
// The same queries run over 100 articles for the ratio. The pure matching code is also timed in Node.
// Prints figures only; nothing passes or fails on a number.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ms as formatMs, printTable, quantile, root, startServer } from './bench-kit.mjs';
import { PAGE_DEBOUNCE_MS, storeArticles, timeQuery, waitForSync } from './offline-search-page.mjs';
import { makeArticle } from './synthetic-articles.mjs';

const BIG = 10_000;
const SMALL = 100;
const ROUNDS = 3;

const QUERIES = [
  'menneskehandel',
  'menneskehandelen',
  'sexkjøpsloven',
  'prostitusjon',
  'utnyttelse',
  'hjelpetilbud',
  'politiet',
  'tvang',
  'gjeld',
  'migrasjon',
  'sårbarhet',
  'kvinner i Oslo',
  'forskning på kunder',
  'straff for kjøp',
  'helsetjenester',
  'sosialarbeidere',
  'rettigheter',
  'menneskehandel Norge',
  'bordell',
  'rusmisbruk',
];

const ms = (value) => formatMs(value, 1);

// ---------------------------------------------------------------- in the page

/** Opens /sok with `count` synthetic articles stored, goes offline and times every query ROUNDS times. */
async function measureInBrowser(context, page, baseUrl, count) {
  await context.setOffline(false);
  await storeArticles(page, count);
  // A fresh page load, as after a sync: whatever the app keeps in memory starts from the stored rows.
  await page.goto(`${baseUrl}/sok`, { waitUntil: 'load' });
  await page.locator('sh-search-page input[type="search"]').waitFor();
  await waitForSync(page);
  await context.setOffline(true);
  await page.locator('sh-search-page .offline-note').waitFor();
  const first = await timeQuery(page, QUERIES[0]);
  const perQuery = new Map(QUERIES.map((q) => [q, []]));
  const hits = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const { ms: took, hits: shown } = await timeQuery(page, q);
      perQuery.get(q).push(took);
      hits.set(q, shown);
    }
  }
  await context.setOffline(false);
  return { first, perQuery, hits };
}

// ---------------------------------------------------------------- pure matching in Node

/** Bundles frontend/src/data/offline-search.ts with esbuild so Node can import it (null if that fails). */
async function importOfflineSearch() {
  try {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [join(root, 'frontend/src/data/offline-search.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    });
    const dir = mkdtempSync(join(tmpdir(), 'sexhandel-bench-esm-'));
    const file = join(dir, 'offline-search.mjs');
    writeFileSync(file, out.outputFiles[0].text);
    try {
      return await import(pathToFileURL(file).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } catch (error) {
    console.log(`(pure matching not timed: ${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

function toDocuments(mod, count) {
  const docs = [];
  for (let n = 0; n < count; n++) {
    const a = makeArticle(n);
    docs.push({
      type: 'article',
      id: a.id,
      title: a.title,
      body: `${a.lead} ${mod.htmlToText(a.html)} ${a.tags.join(' ')} ${a.authorName}`,
      href: `/artikler/${a.slug}`,
    });
  }
  return docs;
}

function timePure(search, docs, rounds = ROUNDS) {
  const times = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      search(q, docs);
      times.push(performance.now() - start);
    }
  }
  return times;
}

async function benchPure() {
  const mod = await importOfflineSearch();
  if (!mod) return;
  const rows = [];
  for (const count of [SMALL, BIG]) {
    const docs = toDocuments(mod, count);
    // The full scan takes seconds per query over 10,000 documents: one round is enough there.
    const scan = timePure((q, d) => mod.searchDocuments(q, d), docs, count > SMALL ? 1 : ROUNDS);
    rows.push([`searchDocuments (scan), ${count} docs`, ms(quantile(scan, 0.5)), ms(quantile(scan, 0.95)), '']);
    if (typeof mod.buildSearchIndex === 'function' && typeof mod.searchIndex === 'function') {
      const start = performance.now();
      const index = mod.buildSearchIndex(docs);
      const built = performance.now() - start;
      const times = timePure((q) => mod.searchIndex(index, q), docs);
      rows.push([
        `searchIndex (token index), ${count} docs`,
        ms(quantile(times, 0.5)),
        ms(quantile(times, 0.95)),
        ms(built),
      ]);
    }
  }
  printTable(
    `Offline search, pure matching in Node ${process.version} (20 queries × ${ROUNDS}; the 10,000-document scan × 1)`,
    ['function', 'median', 'p95', 'index build'],
    rows,
  );
}

// ---------------------------------------------------------------- main

async function main() {
  console.log(
    `\nOffline search in Chromium: ${QUERIES.length} Norwegian queries × ${ROUNDS} rounds, typed into /sok while offline`,
  );
  const server = await startServer({ prefix: 'sexhandel-bench-search-' });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...CHROMIUM_ARGS] });
    const context = await browser.newContext({ locale: 'nb-NO', serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(server.baseUrl, { waitUntil: 'load' });
    await waitForSync(page);
    const small = await measureInBrowser(context, page, server.baseUrl, SMALL);
    const big = await measureInBrowser(context, page, server.baseUrl, BIG);

    const rows = QUERIES.map((q) => {
      const s = small.perQuery.get(q);
      const b = big.perQuery.get(q);
      return [
        q,
        ms(quantile(s, 0.5)),
        ms(quantile(b, 0.5)),
        ms(quantile(b, 0.95)),
        (quantile(b, 0.5) / quantile(s, 0.5)).toFixed(2),
        String(big.hits.get(q)),
      ];
    });
    const allSmall = [...small.perQuery.values()].flat();
    const allBig = [...big.perQuery.values()].flat();
    rows.push([
      'all queries',
      ms(quantile(allSmall, 0.5)),
      ms(quantile(allBig, 0.5)),
      ms(quantile(allBig, 0.95)),
      (quantile(allBig, 0.5) / quantile(allSmall, 0.5)).toFixed(2),
      '',
    ]);
    printTable(
      `Offline search in Chromium ${browser.version()}: input event → results in the DOM (includes the page's ${PAGE_DEBOUNCE_MS} ms typing pause)`,
      ['query', `median ${SMALL}`, `median ${BIG}`, `p95 ${BIG}`, `ratio ${BIG}/${SMALL}`, `shown (${BIG})`],
      rows,
    );
    console.log(
      `First query after the page loaded: ${ms(small.first.ms)} with ${SMALL} articles, ${ms(big.first.ms)} with ${BIG} articles` +
        ` (p95 ${BIG} minus the typing pause: ${ms(quantile(allBig, 0.95) - PAGE_DEBOUNCE_MS)})`,
    );
    await context.close();
  } finally {
    await browser?.close();
    await server.stop();
  }
  await benchPure();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
