import type {
  ArticleDto,
  EditorArticleDto,
  EditorNewsLinkDto,
  EditorPageDto,
  EditorPressMentionDto,
  EditorResourceDto,
  EditorStartPageDto,
  MarkdownPreviewDto,
  NewsLinkDto,
  PressMentionDto,
  SearchPageDto,
  SearchType,
  StartPageDto,
} from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';
import { appDb, type AppDB } from './app-db.js';
import { registerPulledEntities } from './pull.js';

/** Editorial on the device: editor API calls (online only), online search, press mentions and the start page from sync. */

/** The editor API's path segment per content type. */
export const EDITOR_KINDS = ['articles', 'pages', 'news-links', 'resources', 'press-mentions'] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

export interface EditorItemOf {
  articles: EditorArticleDto;
  pages: EditorPageDto;
  'news-links': EditorNewsLinkDto;
  resources: EditorResourceDto;
  'press-mentions': EditorPressMentionDto;
}

export type EditorItem = EditorItemOf[EditorKind];

const BASE = '/api/admin/content';

export function listEditorItems<K extends EditorKind>(kind: K, fetchFn?: FetchFn): Promise<EditorItemOf[K][]> {
  return requestJson<EditorItemOf[K][]>(fetchFn, `${BASE}/${kind}`);
}

export function getEditorItem<K extends EditorKind>(kind: K, id: string, fetchFn?: FetchFn): Promise<EditorItemOf[K]> {
  return requestJson<EditorItemOf[K]>(fetchFn, `${BASE}/${kind}/${encodeURIComponent(id)}`);
}

/** Creates (no id) or updates (PATCH) an item; the server validates and answers 400/409 with a message. */
export function saveEditorItem<K extends EditorKind>(
  kind: K,
  id: string | null,
  body: Record<string, unknown>,
  fetchFn?: FetchFn,
): Promise<EditorItemOf[K]> {
  return id
    ? requestJson<EditorItemOf[K]>(fetchFn, `${BASE}/${kind}/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body,
      })
    : requestJson<EditorItemOf[K]>(fetchFn, `${BASE}/${kind}`, { method: 'POST', body });
}

export function setEditorItemPublished<K extends EditorKind>(
  kind: K,
  id: string,
  published: boolean,
  fetchFn?: FetchFn,
): Promise<EditorItemOf[K]> {
  const action = published ? 'publish' : 'unpublish';
  return requestJson<EditorItemOf[K]>(fetchFn, `${BASE}/${kind}/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
  });
}

export function deleteEditorItem(kind: EditorKind, id: string, fetchFn?: FetchFn): Promise<void> {
  return requestJson<void>(fetchFn, `${BASE}/${kind}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Markdown rendered and sanitised by the server exactly as publishing would. */
export function previewMarkdown(markdown: string, fetchFn?: FetchFn): Promise<MarkdownPreviewDto> {
  return requestJson<MarkdownPreviewDto>(fetchFn, `${BASE}/preview`, { method: 'POST', body: { markdown } });
}

export function getEditorStartPage(fetchFn?: FetchFn): Promise<EditorStartPageDto> {
  return requestJson<EditorStartPageDto>(fetchFn, `${BASE}/start-page`);
}

export function updateStartPage(
  body: { featuredArticleId: string | null; introductionMarkdown: string; todayNewsLinkId: string | null },
  fetchFn?: FetchFn,
): Promise<EditorStartPageDto> {
  return requestJson<EditorStartPageDto>(fetchFn, `${BASE}/start-page`, { method: 'PUT', body });
}

/** Lower-case letters, digits and single dashes, as the server wants slugs. */
export function slugFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{Ll}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '');
}

// ---- Online search ----

export function searchOnline(
  query: { q: string; type?: SearchType; cursor?: string | null },
  fetchFn?: FetchFn,
): Promise<SearchPageDto> {
  const params = new URLSearchParams({ q: query.q });
  if (query.type) params.set('type', query.type);
  if (query.cursor) params.set('cursor', query.cursor);
  return requestJson<SearchPageDto>(fetchFn, `/api/search?${params.toString()}`);
}

// ---- Synced reads ----

registerPulledEntities(
  { entity: 'pressMention', table: 'pressMentions' },
  { entity: 'startPage', table: 'startPages' },
);

/** Newest first. */
export function listPressMentions(db: AppDB = appDb): Promise<PressMentionDto[]> {
  return db.pressMentions.orderBy('date').reverse().toArray();
}

export interface StartPageContent {
  /** Sanitised HTML from the server, or '' when editors have written none. */
  introductionHtml: string;
  featuredArticle: ArticleDto | null;
  todayNews: NewsLinkDto | null;
}

/** The editor-shaped parts of the start page; null until a start page has been pulled. */
export async function getStartPageContent(db: AppDB = appDb): Promise<StartPageContent | null> {
  const row: StartPageDto | undefined = (await db.startPages.toArray())[0];
  if (!row) return null;
  const [featuredArticle, todayNews] = await Promise.all([
    row.featuredArticleId ? db.articles.get(row.featuredArticleId) : undefined,
    row.todayNewsLinkId ? db.newsLinks.get(row.todayNewsLinkId) : undefined,
  ]);
  return {
    introductionHtml: row.introductionHtml,
    featuredArticle: featuredArticle ?? null,
    todayNews: todayNews ?? null,
  };
}
