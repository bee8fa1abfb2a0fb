import { SEARCH_MARK_END, SEARCH_MARK_START, type SearchType } from '@sexhandel/shared';

/** Published rows of each type that match `q.query`, ranked on the stored vector. Uses the GIN indexes. */
const BRANCHES: Record<SearchType, string> = {
  article: `select 'article' as type, a.id, ts_rank_cd(a.search_vector, q.query) as rank
    from article a, q where a.published and a.search_vector @@ q.query`,
  page: `select 'page' as type, g.id, ts_rank_cd(g.search_vector, q.query) as rank
    from page g, q where g.published and g.search_vector @@ q.query`,
  resource: `select 'resource' as type, r.id, ts_rank_cd(r.search_vector, q.query) as rank
    from resource r, q where r.published and r.search_vector @@ q.query`,
  newsLink: `select 'newsLink' as type, n.id, ts_rank_cd(n.search_vector, q.query) as rank
    from news_link n, q where n.published and n.search_vector @@ q.query`,
  // Only published posts: hidden and removed ones never reach a public path (the index is partial on the same condition).
  post: `select 'post' as type, o.id, ts_rank_cd(o.search_vector, q.query) as rank
    from post o, q where o.status = 'published' and o.search_vector @@ q.query`,
};

/** Marks around matches; the client splits on them and renders text, never HTML. */
export const HEADLINE_OPTIONS = `StartSel=${SEARCH_MARK_START}, StopSel=${SEARCH_MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

// Markdown punctuation out of snippets, and the mark characters out of the source text.
const plain = (text: string) => `regexp_replace(${text}, '[#*_>\`~|\\[\\]${SEARCH_MARK_START}${SEARCH_MARK_END}]+', ' ', 'g')`;

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
    coalesce(a.title, g.title, r.name, n.title, t.title) as title,
    coalesce(a.slug, g.slug) as slug,
    coalesce(r.url, n.url) as url,
    o.thread_id,
    ts_headline('norwegian',
      coalesce(${plain(`a.lead || ' ' || a.markdown`)}, ${plain(`g.lead || ' ' || g.markdown`)}, ${plain('r.description')},
               ${plain(`n.comment || ' ' || n.source`)}, ${plain('o.body')}, ''),
      (select query from q), ?) as snippet
  from ranked h
  left join article a on h.type = 'article' and a.id = h.id
  left join page g on h.type = 'page' and g.id = h.id
  left join resource r on h.type = 'resource' and r.id = h.id
  left join news_link n on h.type = 'newsLink' and n.id = h.id
  left join post o on h.type = 'post' and o.id = h.id
  left join thread t on t.id = o.thread_id
  order by h.rank desc, h.type, h.id`;
}
