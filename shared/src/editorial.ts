/**
 * The editorial contract: editor views of content (drafts included), press mentions, the start
 * page, full-text search results and the size limits the editor endpoints enforce.
 */

import type { ArticleDto, NewsLinkDto, PageDto, ResourceDto } from './content.js';

export const EDITORIAL_LIMITS = {
  titleMax: 200,
  leadMax: 500,
  markdownMax: 100_000,
  slugMax: 120,
  tagsMax: 10,
  tagMax: 40,
  nameMax: 200,
  commentMax: 2_000,
  urlMax: 2_000,
  /** Longer search queries are cut to this many characters (never refused). */
  searchQueryMax: 200,
  searchLimitDefault: 20,
  searchLimitMax: 50,
  /** Deepest result position a search cursor may reach. */
  searchOffsetMax: 1_000,
} as const;

/** "The service in the media": a published piece about the service elsewhere. */
export interface PressMentionDto {
  id: string;
  outlet: string;
  /** Day of publication, YYYY-MM-DD. */
  date: string;
  title: string;
  url: string;
}

/** Id of the single start-page row (sync entity 'startPage'). */
export const START_PAGE_ID = '00000000-0000-4000-8000-000000000005';

/** The start page as editors shape it; reaches devices as sync entity 'startPage'. */
export interface StartPageDto {
  id: string;
  featuredArticleId: string | null;
  /** Sanitised HTML of the editors' short introduction. */
  introductionHtml: string;
  todayNewsLinkId: string | null;
  updatedAt: string;
}

/** Every editor view carries the source Markdown (where there is one) and the published flag. */
interface EditorFields {
  published: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface EditorPageDto extends PageDto, EditorFields {
  markdown: string;
}

export interface EditorArticleDto extends Omit<ArticleDto, 'publishedAt' | 'updatedAt'>, EditorFields {
  markdown: string;
  /** Null for a draft that was never published. */
  publishedAt: string | null;
  /** Member account linked as the article's author (their posts in the discussion get a badge). */
  authorAccountId: string | null;
  discussionThreadId: string | null;
  discussionPostCount: number;
}

export interface EditorNewsLinkDto extends NewsLinkDto, EditorFields {}
export interface EditorResourceDto extends ResourceDto, EditorFields {}
export interface EditorPressMentionDto extends PressMentionDto, EditorFields {}

export interface EditorStartPageDto extends StartPageDto {
  introductionMarkdown: string;
}

export interface MarkdownPreviewDto {
  html: string;
}

/** What full-text search looks through. */
export const SEARCH_TYPES = ['article', 'page', 'resource', 'newsLink', 'post'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Marks around the matched words in `SearchResultDto.snippet`. */
export const SEARCH_MARK_START = '\u0002';
export const SEARCH_MARK_END = '\u0003';

export interface SearchResultDto {
  type: SearchType;
  id: string;
  /** Article, page or news title; resource name; the thread title for a post. */
  title: string;
  /**
   * Plain text around the matches, each match between SEARCH_MARK_START and SEARCH_MARK_END.
   * Never HTML: split it with splitSnippet() and render the parts as text.
   */
  snippet: string;
  rank: number;
  /** Article or page slug. */
  slug: string | null;
  /** External address of a news link or resource. */
  url: string | null;
  /** Thread of a post. */
  threadId: string | null;
}

export interface SearchPageDto {
  items: SearchResultDto[];
  /** Pass as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
}

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** Splits a search snippet into text parts, `mark: true` for the matched words. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  let text = '';
  for (const char of snippet) {
    if (char === SEARCH_MARK_START || char === SEARCH_MARK_END) {
      if (text) parts.push({ text, mark });
      text = '';
      mark = char === SEARCH_MARK_START;
    } else {
      text += char;
    }
  }
  if (text) parts.push({ text, mark });
  return parts;
}
