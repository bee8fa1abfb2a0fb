import { randomBytes } from 'node:crypto';
import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';

export interface ArticleInfo {
  slug: string;
  title: string;
  /** A few words from the start of the article body, as plain text. */
  bodySnippet: string;
}

/** Plain text of the first paragraph-like block of server-rendered HTML. */
export function firstWordsOf(html: string, words = 6): string {
  const paragraph = /<p[^>]*>([\s\S]*?)<\/p>/i.exec(html)?.[1] ?? html;
  const text = paragraph
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return text.split(' ').slice(0, words).join(' ');
}

/** The first `count` articles as the public API lists them, with a snippet of each body. */
export async function fetchArticles(request: APIRequestContext, count: number): Promise<ArticleInfo[]> {
  const list = await request.get(`/api/articles?limit=${count}`);
  expect(list.ok(), `GET /api/articles answered ${list.status()}`).toBe(true);
  const { items } = (await list.json()) as { items: { slug: string; title: string }[] };
  expect(items.length, 'the demo content has articles').toBeGreaterThanOrEqual(count);
  const articles: ArticleInfo[] = [];
  for (const item of items.slice(0, count)) {
    const one = await request.get(`/api/articles/${encodeURIComponent(item.slug)}`);
    expect(one.ok()).toBe(true);
    const { html } = (await one.json()) as { html: string };
    articles.push({ slug: item.slug, title: item.title, bodySnippet: firstWordsOf(html) });
  }
  return articles;
}

/** Waits until a service worker is active and controls the page (reloading once if needed). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!controlled) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  }
}

/**
 * Number of rows in the device's IndexedDB object stores whose name mentions `storeHint`
 * (e.g. "article"), summed over all databases of the origin. Independent of the Dexie schema's names.
 */
export async function countLocalRows(page: Page, storeHint: string): Promise<number> {
  return page.evaluate(async (hint) => {
    const dbs = await indexedDB.databases();
    let total = 0;
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase | null>((resolve) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
        request.onblocked = () => resolve(null);
      });
      if (!db) continue;
      try {
        const names = Array.from(db.objectStoreNames).filter((name) => name.toLowerCase().includes(hint));
        for (const name of names) {
          total += await new Promise<number>((resolve) => {
            const count = db.transaction(name, 'readonly').objectStore(name).count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => resolve(0);
          });
        }
      } finally {
        db.close();
      }
    }
    return total;
  }, storeHint.toLowerCase());
}

/** Waits until the app has pulled at least `min` articles into IndexedDB. */
export async function waitForSyncedArticles(page: Page, min: number): Promise<void> {
  await expect
    .poll(() => countLocalRows(page, 'article'), {
      message: 'articles pulled into IndexedDB',
      timeout: 30_000,
      intervals: [250, 500, 1000],
    })
    .toBeGreaterThanOrEqual(min);
}

/** How many articles the server publishes, following the keyset cursor through every page. */
export async function countPublishedArticles(request: APIRequestContext): Promise<number> {
  let total = 0;
  let cursor: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const query: string = cursor ? `?limit=20&cursor=${encodeURIComponent(cursor)}` : '?limit=20';
    const response = await request.get(`/api/articles${query}`);
    expect(response.ok(), `GET /api/articles${query} answered ${response.status()}`).toBe(true);
    const body = (await response.json()) as { items: unknown[]; nextCursor: string | null };
    total += body.items.length;
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return total;
}

/** Password of the staff accounts start-server.mjs makes (E2E_SEED_STAFF). */
export const STAFF_PASSWORD = process.env.E2E_STAFF_PASSWORD ?? 'e2e staff password 2026';

/** Cookie value of the CSRF double-submit token this API context holds ('' when signed out). */
export async function csrfOf(request: APIRequestContext): Promise<string> {
  const state = await request.storageState();
  return state.cookies.find((cookie) => cookie.name === 'csrf')?.value ?? '';
}

/** Signs the context in through the API; its pages share the session cookie. */
export async function loginAs(request: APIRequestContext, alias: string, password: string): Promise<void> {
  const response = await request.post('/api/auth/login', { data: { alias, password } });
  expect(response.ok(), `login as ${alias} answered ${response.status()}`).toBe(true);
}

/** Registers a member through the API (and accepts the forum rules when asked); returns the CSRF token. */
export async function registerMemberViaApi(
  request: APIRequestContext,
  alias: string,
  password: string,
  { acceptRules }: { acceptRules: boolean },
): Promise<string> {
  const registered = await request.post('/api/auth/register', {
    data: { alias, email: `${alias.toLowerCase()}@example.org`, password },
  });
  expect(registered.ok(), `register ${alias} answered ${registered.status()}`).toBe(true);
  const csrf = await csrfOf(request);
  if (acceptRules) {
    const accepted = await request.post('/api/forum/rules-acceptance', { headers: { 'x-csrf-token': csrf } });
    expect(accepted.ok(), `rules acceptance answered ${accepted.status()}`).toBe(true);
  }
  return csrf;
}

/** Pushes one sync mutation (CSRF header when signed in) and returns its result; fails unless applied. */
export async function pushMutation(
  request: APIRequestContext,
  csrf: string,
  kind: string,
  payload: unknown,
): Promise<Record<string, string>> {
  const response = await request.post('/api/sync/push', {
    headers: csrf ? { 'x-csrf-token': csrf } : {},
    data: { mutations: [{ id: crypto.randomUUID(), kind, payload, createdAt: new Date().toISOString() }] },
  });
  expect(response.ok(), `push ${kind} answered ${response.status()}`).toBe(true);
  const { results } = (await response.json()) as {
    results: { status: string; result?: Record<string, string>; error?: { message: string } }[];
  };
  expect(results[0]?.status, results[0]?.error?.message).toBe('applied');
  return results[0]?.result ?? {};
}

/** A pick-up code as the device makes it for `contact.create` (16 symbols of Crockford base32, 80 bits). */
export function devicePickupCode(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return [...randomBytes(16)].map((byte) => alphabet[byte & 31]).join('');
}

/**
 * A login through the API stands in for the login page: leave the device marker the page would
 * (frontend data/device-session.ts), else the app takes the session for one left behind by a device
 * cleared offline and ends it.
 */
export async function markSignedInDevice(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => localStorage.setItem('sexhandel-signed-in', '1'));
}
