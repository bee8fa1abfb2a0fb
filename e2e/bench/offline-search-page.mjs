// Driving the running app in Chromium for the offline-search bench: wait for its sync, write synthetic
// articles into its IndexedDB, and time a query typed into the search page (/sok).
import { makeArticle } from './synthetic-articles.mjs';

/** The search page waits this long after a keystroke before searching the device (its debounce). */
export const PAGE_DEBOUNCE_MS = 120;

/** Resolves once the app has finished a sync pull (meta.lastSyncedAt exists). */
export async function waitForSync(page) {
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
export async function storeArticles(page, count) {
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
export async function timeQuery(page, query) {
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
