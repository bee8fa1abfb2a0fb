import type { SnippetPart } from '@sexhandel/shared';
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
export function searchDocuments(query: string, documents: readonly OfflineDocument[], limit = 50): OfflineSearchResult[] {
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

export async function searchOffline(query: string, db: AppDB = appDb, limit = 50): Promise<OfflineSearchResult[]> {
  if (queryTerms(query).length === 0) return [];
  return searchDocuments(query, await loadOfflineDocuments(db), limit);
}
