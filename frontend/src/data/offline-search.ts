import type { SnippetPart } from '@sexhandel/shared';
import Dexie from 'dexie';
import { appDb, type AppDB } from './app-db.js';

/**
 * Search over what is already on the device (articles, pages, resources, news links, Q&As).
 * Forum posts are never here: only the server can search them. Matching is simple on purpose:
 * lower case, accents folded, and a query word matches a text word that starts with it or with
 * its stem, so "menneskehandelen" finds "menneskehandel" and "menneskehandel" finds "menneskehandelen".
 */

export type OfflineSearchType = 'article' | 'page' | 'resource' | 'newsLink' | 'qa';

export interface OfflineDocument {
  type: OfflineSearchType;
  id: string;
  title: string;
  /** Plain text (HTML already removed). */
  body: string;
  /** In-app path (starts with '/') or an external address. */
  href: string;
}

export interface OfflineSearchResult {
  type: OfflineSearchType;
  id: string;
  title: string;
  href: string;
  /** Text around the first match, matched words marked. */
  snippet: SnippetPart[];
  score: number;
}

/** Lower case with accents removed (å → a, é → e); æ and ø stay as they are on both sides. */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Common Norwegian endings (definite forms, plurals, genitive), longest first. */
const SUFFIXES = ['ene', 'ens', 'ets', 'ers', 'en', 'et', 'er', 'a', 'e', 's'];
const MIN_STEM = 4;

/** The word without a common inflection ending, if enough of it is left. */
export function stemWord(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function queryTerms(query: string): string[] {
  const words = foldText(query).match(WORD) ?? [];
  return [...new Set(words.map(stemWord))].filter((term) => term.length > 0);
}

/** Removes tags and decodes the few entities sanitised server HTML uses. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

interface WordHit {
  start: number;
  end: number;
}

/** Where in `text` words start with one of the terms. */
function findHits(text: string, terms: readonly string[]): { hits: WordHit[]; matched: Set<string> } {
  const hits: WordHit[] = [];
  const matched = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const word = foldText(match[0]);
    const term = terms.find((t) => word.startsWith(t));
    if (term !== undefined) {
      hits.push({ start: match.index, end: match.index + match[0].length });
      matched.add(term);
    }
  }
  return { hits, matched };
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;

/** Up to 200 characters around the first hit, every hit inside marked. */
export function makeSnippet(text: string, hits: readonly WordHit[]): SnippetPart[] {
  const first = hits[0];
  let start = first ? Math.max(0, first.start - SNIPPET_BEFORE) : 0;
  // Start at a word boundary so the snippet does not open mid-word.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < (first?.start ?? 0) ? space + 1 : start;
  }
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', mark: false });
  let at = start;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    if (hit.start > at) parts.push({ text: text.slice(at, hit.start), mark: false });
    parts.push({ text: text.slice(hit.start, hit.end), mark: true });
    at = hit.end;
  }
  if (end > at) parts.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}

/** Documents holding every query term (in title or body), best first: title hits count triple. */
export function searchDocuments(
  query: string,
  documents: readonly OfflineDocument[],
  limit = 50,
): OfflineSearchResult[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const results: OfflineSearchResult[] = [];
  for (const doc of documents) {
    const inTitle = findHits(doc.title, terms);
    const inBody = findHits(doc.body, terms);
    const all = new Set([...inTitle.matched, ...inBody.matched]);
    if (all.size < terms.length) continue;
    const score = inTitle.hits.length * 3 + Math.min(inBody.hits.length, 20);
    results.push({
      type: doc.type,
      id: doc.id,
      title: doc.title,
      href: doc.href,
      snippet: makeSnippet(doc.body, inBody.hits),
      score,
    });
  }
  return results.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'nb')).slice(0, limit);
}

/** Everything searchable on the device, as plain-text documents. */
export async function loadOfflineDocuments(db: AppDB = appDb): Promise<OfflineDocument[]> {
  const [articles, pages, resources, news, qas] = await Promise.all([
    db.articles.toArray(),
    db.pages.toArray(),
    db.resources.toArray(),
    db.newsLinks.toArray(),
    db.qas.toArray(),
  ]);
  return [
    ...articles.map((a) => ({
      type: 'article' as const,
      id: a.id,
      title: a.title,
      body: `${a.lead} ${htmlToText(a.html)} ${a.tags.join(' ')} ${a.authorName}`,
      href: `/artikler/${encodeURIComponent(a.slug)}`,
    })),
    ...pages.map((p) => ({
      type: 'page' as const,
      id: p.id,
      title: p.title,
      body: `${p.lead} ${htmlToText(p.html)}`,
      href: `/info/${encodeURIComponent(p.slug)}`,
    })),
    ...resources.map((r) => ({
      type: 'resource' as const,
      id: r.id,
      title: r.name,
      body: r.description,
      href: r.url ?? '/ressurser',
    })),
    ...news.map((n) => ({
      type: 'newsLink' as const,
      id: n.id,
      title: n.title,
      body: `${n.comment} ${n.source}`.trim(),
      href: n.url,
    })),
    ...qas.map((q) => ({
      type: 'qa' as const,
      id: q.id,
      title: q.question,
      body: q.answer,
      href: '/sporsmal-og-svar',
    })),
  ];
}

/**
 * A token index over the documents, built once per data version: every distinct folded word with
 * the documents holding it (and how often, in title and body). A query looks up the words that
 * start with each term instead of reading every text, and gives exactly the results of
 * `searchDocuments` (same matches, scores, order and snippets).
 */
export interface OfflineSearchIndex {
  documents: readonly OfflineDocument[];
  /** Distinct folded words, sorted by code unit, so the words starting with a term are one run. */
  words: string[];
  /** Per word: document numbers (ascending) and hit counts in their title and body. */
  postings: { docs: number[]; inTitle: number[]; inBody: number[] }[];
  /** Per document: its title's place in Norwegian alphabetical order (equal titles share it). */
  titleRank: Int32Array;
}

const NB_ORDER = new Intl.Collator('nb');
const MAX_INDEXED_TERMS = 30;

export function buildSearchIndex(documents: readonly OfflineDocument[]): OfflineSearchIndex {
  const folded = new Map<string, string>();
  const postingsByWord = new Map<string, { docs: number[]; inTitle: number[]; inBody: number[] }>();
  const count = (text: string, doc: number, title: boolean): void => {
    for (const match of text.matchAll(WORD)) {
      const raw = match[0];
      let word = folded.get(raw);
      if (word === undefined) {
        word = foldText(raw);
        folded.set(raw, word);
      }
      let posting = postingsByWord.get(word);
      if (posting === undefined) {
        posting = { docs: [], inTitle: [], inBody: [] };
        postingsByWord.set(word, posting);
      }
      const last = posting.docs.length - 1;
      if (last < 0 || posting.docs[last] !== doc) {
        posting.docs.push(doc);
        posting.inTitle.push(0);
        posting.inBody.push(0);
      }
      const at = posting.docs.length - 1;
      if (title) posting.inTitle[at] = (posting.inTitle[at] ?? 0) + 1;
      else posting.inBody[at] = (posting.inBody[at] ?? 0) + 1;
    }
  };
  documents.forEach((doc, n) => {
    count(doc.title, n, true);
    count(doc.body, n, false);
  });
  const words = [...postingsByWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const postings = words.map((word) => postingsByWord.get(word) ?? { docs: [], inTitle: [], inBody: [] });
  const byTitle = documents
    .map((_, n) => n)
    .sort((a, b) => NB_ORDER.compare(documents[a]?.title ?? '', documents[b]?.title ?? ''));
  const titleRank = new Int32Array(documents.length);
  let rank = 0;
  byTitle.forEach((n, i) => {
    const previous = byTitle[i - 1];
    if (previous !== undefined && NB_ORDER.compare(documents[previous]?.title ?? '', documents[n]?.title ?? '') !== 0)
      rank = i;
    titleRank[n] = rank;
  });
  return { documents, words, postings, titleRank };
}

/** First position in the sorted words not below `term`. */
function lowerBound(words: readonly string[], term: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] ?? '') < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The same results as `searchDocuments(query, index.documents, limit)`, found through the index. */
export function searchIndex(index: OfflineSearchIndex, query: string, limit = 50): OfflineSearchResult[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  // Terms are tracked as bits of a 32-bit number; a longer query reads every text instead.
  if (terms.length > MAX_INDEXED_TERMS) return searchDocuments(query, index.documents, limit);
  // Every word starting with at least one term, with the bit of the FIRST such term: as in
  // findHits, a word counts for one term only (so "menneske menneskehandel" needs two words).
  const wordTerms = new Map<number, number>();
  terms.forEach((term, t) => {
    for (
      let w = lowerBound(index.words, term);
      w < index.words.length && (index.words[w] ?? '').startsWith(term);
      w++
    ) {
      if (!wordTerms.has(w)) wordTerms.set(w, 1 << t);
    }
  });
  const all = (1 << terms.length) - 1;
  const size = index.documents.length;
  const matched = new Int32Array(size);
  const titleHits = new Int32Array(size);
  const bodyHits = new Int32Array(size);
  for (const [w, bits] of wordTerms) {
    const posting = index.postings[w];
    if (!posting) continue;
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i] ?? 0;
      matched[doc] = (matched[doc] ?? 0) | bits;
      titleHits[doc] = (titleHits[doc] ?? 0) + (posting.inTitle[i] ?? 0);
      bodyHits[doc] = (bodyHits[doc] ?? 0) + (posting.inBody[i] ?? 0);
    }
  }
  const found: { doc: number; score: number }[] = [];
  for (let doc = 0; doc < size; doc++) {
    if (matched[doc] === all) found.push({ doc, score: (titleHits[doc] ?? 0) * 3 + Math.min(bodyHits[doc] ?? 0, 20) });
  }
  // Stable sort: equal score and equal title keep the documents' order, as in searchDocuments.
  found.sort((a, b) => b.score - a.score || (index.titleRank[a.doc] ?? 0) - (index.titleRank[b.doc] ?? 0));
  return found.slice(0, limit).flatMap(({ doc, score }) => {
    const d = index.documents[doc];
    if (!d) return [];
    return [
      {
        type: d.type,
        id: d.id,
        title: d.title,
        href: d.href,
        snippet: makeSnippet(d.body, findHits(d.body, terms).hits),
        score,
      },
    ];
  });
}

/** Tables whose rows are searched offline; a change in any of them makes the index stale. */
const SEARCHED_TABLES = ['articles', 'pages', 'resources', 'newsLinks', 'qas'];

/** Per database name: bumped by every Dexie write (this tab or another) to a searched table. */
const dataVersions = new Map<string, number>();

Dexie.on('storagemutated', (parts) => {
  for (const part of Object.keys(parts)) {
    // Parts look like `idb://<database>/<table>/<index>`.
    const match = /^idb:\/\/(.*)\/([^/]*)\/[^/]*$/.exec(part);
    if (match?.[1] !== undefined && SEARCHED_TABLES.includes(match[2] ?? '')) {
      dataVersions.set(match[1], (dataVersions.get(match[1]) ?? 0) + 1);
    }
  }
});

const indexes = new WeakMap<AppDB, { version: number; index: Promise<OfflineSearchIndex> }>();

/** The device's search index, rebuilt only when the searched tables changed since it was built. */
export function getOfflineIndex(db: AppDB = appDb): Promise<OfflineSearchIndex> {
  const version = dataVersions.get(db.name) ?? 0;
  const cached = indexes.get(db);
  if (cached && cached.version === version) return cached.index;
  const index = loadOfflineDocuments(db).then(buildSearchIndex);
  const entry = { version, index };
  indexes.set(db, entry);
  // A failed read is not kept: the next search tries again.
  index.catch(() => {
    if (indexes.get(db) === entry) indexes.delete(db);
  });
  return index;
}

export async function searchOffline(query: string, db: AppDB = appDb, limit = 50): Promise<OfflineSearchResult[]> {
  if (queryTerms(query).length === 0) return [];
  return searchIndex(await getOfflineIndex(db), query, limit);
}
