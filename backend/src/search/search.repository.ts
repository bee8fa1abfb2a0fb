import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SEARCH_MARK_END, SEARCH_MARK_START, type SearchType } from '@sexhandel/shared';
import { sqlIn } from '../common/sql';

/**
 * Matches of each type in the search documents content and forum publish (views of their
 * published rows), ranked on the stored vector. The type test folds away the other branches of
 * the view, so each branch still uses its table's GIN index.
 */
const BRANCHES: Record<SearchType, string> = {
  article: contentBranch('article'),
  page: contentBranch('page'),
  resource: contentBranch('resource'),
  newsLink: contentBranch('newsLink'),
  // forum_search_document holds only published posts: hidden and removed ones never reach a public path.
  post: `select 'post' as type, o.id, ts_rank_cd(o.search_vector, q.query) as rank
    from forum_search_document o, q where o.search_vector @@ q.query`,
};

function contentBranch(type: Exclude<SearchType, 'post'>): string {
  return `select '${type}' as type, c.id, ts_rank_cd(c.search_vector, q.query) as rank
    from content_search_document c, q where c.type = '${type}' and c.search_vector @@ q.query`;
}

/** Marks around matches; the client splits on them and renders text, never HTML. */
export const HEADLINE_OPTIONS = `StartSel=${SEARCH_MARK_START}, StopSel=${SEARCH_MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

// Markdown punctuation out of snippets, and the mark characters out of the source text.
const plain = (text: string) =>
  `regexp_replace(${text}, '[#*_>\`~|\\[\\]${SEARCH_MARK_START}${SEARCH_MARK_END}]+', ' ', 'g')`;

export interface SearchRow {
  type: SearchType;
  id: string;
  rank: number | string;
  title: string;
  slug: string | null;
  url: string | null;
  thread_id: string | null;
  snippet: string;
}

/**
 * One statement: rank the matches of the chosen types, cut the page, then fetch titles and build
 * highlighted snippets (ts_headline) for that page only. Parameters in order: query text,
 * limit, offset, headline options. `?` placeholders (MikroORM style).
 */
export function buildSearchSql(types: readonly SearchType[]): string {
  const hits = types.map((type) => BRANCHES[type]).join('\n    union all\n    ');
  return `with q as (select websearch_to_tsquery('norwegian', ?) as query),
  hits as (
    ${hits}
  ),
  ranked as (select type, id, rank from hits order by rank desc, type, id limit ? offset ?)
  select h.type, h.id, h.rank,
    coalesce(c.title, o.title) as title,
    c.slug,
    c.url,
    o.thread_id,
    ts_headline('norwegian', coalesce(${plain('c.text')}, ${plain('o.text')}, ''), (select query from q), ?) as snippet
  from ranked h
  left join content_search_document c on h.type <> 'post' and c.type = h.type and c.id = h.id
  left join forum_search_document o on h.type = 'post' and o.id = h.id
  order by h.rank desc, h.type, h.id`;
}

/** Search's SQL: one statement over the search documents content and forum publish. */
@Injectable()
export class SearchRepository {
  constructor(private readonly em: EntityManager) {}

  search(text: string, types: readonly SearchType[], limit: number, offset: number): Promise<SearchRow[]> {
    return sqlIn<SearchRow>(this.em, buildSearchSql(types), [text, limit, offset, HEADLINE_OPTIONS]);
  }
}
