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
import { CHROMIUM, CHROMIUM_ARGS, ms as formatMs, printTable, root, startServer } from './bench-kit.mjs';

const BIG = 10_000;
const SMALL = 100;
const ROUNDS = 3;
/** The search page waits this long after a keystroke before searching the device (its debounce). */
const PAGE_DEBOUNCE_MS = 120;

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

// ---------------------------------------------------------------- synthetic articles

const WORDS = (
  'menneskehandel menneskehandelen prostitusjon prostituerte sexkjøp sexkjøpsloven sexsalg kunder kunden ' +
  'utnyttelse utnyttet tvang tvangsarbeid gjeld gjelden migrasjon migranter sårbarhet sårbare kvinner menn ' +
  'ungdom barn politiet politi påtalemyndigheten domstolen straff straffen kjøp kjøpet bordell bordeller ' +
  'hallik hallikvirksomhet helse helsetjenester hjelpetilbud hjelp rådgivning sosialarbeidere sosialarbeider ' +
  'rettigheter rettighet oppholdstillatelse asyl forskning forskere studenter politikere praktikere ' +
  'organisasjoner frivillige stiftelse kommunen staten departementet regjeringen Stortinget Norge Oslo ' +
  'Bergen Trondheim Stavanger Tromsø Sverige Danmark Europa Nigeria Romania Thailand internett annonser ' +
  'nettsider telefon leilighet hotell gate miljøet markedet etterspørsel tilbud rusmisbruk rus psykisk ' +
  'fysisk vold trusler frykt tillit skam stigma anonymitet samtale samtaler erfaring erfaringer historie ' +
  'livet arbeid penger inntekt skatt lovverk loven lovendring evaluering rapport rapporten undersøkelse ' +
  'intervju tall statistikk utvikling endring tiltak forebygging oppsøkende virksomhet beskyttelse ' +
  'identifisering ofre offer vitner saken saker dommen tiltalte bakmenn nettverk organisert kriminalitet'
).split(' ');
const SMALL_WORDS = 'og i på for med som av til er det en et at om ikke men fra har var kan skal vil de vi'.split(' ');
const ROLES = ['researcher', 'student', 'politician', 'practitioner', 'staff', 'other'];
const TAGS = ['lov', 'helse', 'forskning', 'politikk', 'erfaring', 'hjelp', 'internasjonalt'];

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same articles. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rnd) {
  const length = 8 + Math.floor(rnd() * 10);
  const words = [];
  for (let i = 0; i < length; i++) {
    const pool = rnd() < 0.45 ? SMALL_WORDS : WORDS;
    words.push(pool[Math.floor(rnd() * pool.length)]);
  }
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function makeArticle(n) {
  const rnd = random(n + 1);
  const paragraphs = [];
  let size = 0;
  const target = 3000 + Math.floor(rnd() * 1000);
  while (size < target) {
    const sentences = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(rnd));
    if (rnd() < 0.3) sentences[0] = `<strong>${sentences[0]}</strong>`;
    const block = rnd() < 0.15 ? `<h2>${sentence(rnd)}</h2>` : `<p>${sentences.join(' ')}</p>`;
    paragraphs.push(block);
    size += block.length;
  }
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (n % 12)).padStart(2, '0');
  return {
    id: `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`,
    slug: `benk-artikkel-${n}`,
    title: sentence(rnd).slice(0, 80),
    lead: sentence(rnd),
    authorName: `Forfatter ${n % 300}`,
    authorRole: ROLES[n % ROLES.length],
    tags: [TAGS[n % TAGS.length], TAGS[(n * 7 + 3) % TAGS.length]],
    publishedAt: `2025-${month}-${day}T10:00:00.000Z`,
    readingMinutes: 3 + (n % 5),
    html: paragraphs.join('\n'),
    updatedAt: `2025-${month}-${day}T10:00:00.000Z`,
    discussionThreadId: null,
    discussionPostCount: 0,
  };
}

// ---------------------------------------------------------------- figures

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const ms = (value) => formatMs(value, 1);

// ---------------------------------------------------------------- in the page

/** Resolves once the app has finished a sync pull (meta.lastSyncedAt exists). */
async function waitForSync(page) {
  await page.waitForFunction(
    () =>
      new Promise((done) => {
        const open = indexedDB.open('sexhandel');
        open.onerror = () => done(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('meta')) {
            db.close();
            done(false);
            return;
          }
          const get = db.transaction('meta').objectStore('meta').get('lastSyncedAt');
          get.onsuccess = () => {
            db.close();
            done(Boolean(get.result));
          };
          get.onerror = () => {
            db.close();
            done(false);
          };
        };
      }),
    undefined,
    { timeout: 60_000, polling: 250 },
  );
}

/** Replaces the synthetic articles in the app's IndexedDB with articles 0..count-1 (other rows stay). */
async function storeArticles(page, count) {
  await page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('sexhandel');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('articles', 'readwrite');
          const range = IDBKeyRange.bound('bbbbbbbb-', 'bbbbbbbb-\uffff');
          tx.objectStore('articles').delete(range);
          tx.oncomplete = () => {
            db.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  const CHUNK = 500;
  for (let from = 0; from < count; from += CHUNK) {
    const rows = [];
    for (let n = from; n < Math.min(count, from + CHUNK); n++) rows.push(makeArticle(n));
    await page.evaluate(
      (chunk) =>
        new Promise((done, fail) => {
          const open = indexedDB.open('sexhandel');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('articles', 'readwrite');
            const store = tx.objectStore('articles');
            for (const row of chunk) store.put(row);
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      rows,
    );
  }
}

/**
 * Types `query` into the search page in one input event and waits until the results list (or the
 * "no hits" status) is in the DOM. Returns milliseconds from the input event to that DOM change and
 * the number of results shown. Before each query the field is cleared and the page settles.
 */
async function timeQuery(page, query) {
  return page.evaluate(
    async ({ q, debounce }) => {
      const find = (node) => {
        if (node.localName === 'sh-search-page') return node;
        for (const child of [...node.children, ...(node.shadowRoot ? [node.shadowRoot] : [])]) {
          const found = find(child);
          if (found) return found;
        }
        return null;
      };
      const el = find(document.documentElement);
      if (!el?.shadowRoot) throw new Error('sh-search-page is not on the page');
      const shadow = el.shadowRoot;
      const input = shadow.querySelector('input[type="search"]');
      const status = () => shadow.querySelector('[role="status"]')?.textContent?.trim() ?? '';
      const settled = () => !shadow.querySelector('.results') && status() === '';
      // Clear, then wait until the page shows nothing.
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((done) => setTimeout(done, debounce + 50));
      while (!settled()) await new Promise((done) => setTimeout(done, 20));
      return new Promise((done) => {
        let start = 0;
        const finish = () => {
          if (settled()) return false;
          observer.disconnect();
          done({ ms: performance.now() - start, hits: shadow.querySelectorAll('.results > li').length });
          return true;
        };
        const observer = new MutationObserver(() => void finish());
        observer.observe(shadow, { subtree: true, childList: true, characterData: true });
        input.value = q;
        start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      });
    },
    { q: query, debounce: PAGE_DEBOUNCE_MS },
  );
}

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
