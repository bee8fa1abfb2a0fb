/**
 * The tsvector expressions full-text search matches against. The GIN indexes (declared on the
 * entities, created in Migration20261129194000_editorial) are built on exactly these expressions,
 * so the planner uses them only while query and index spell them the same: both import from here.
 * `alias` is the table alias the query uses; indexes pass '' (bare column names).
 */
function weighted(parts: Array<[column: string, weight: 'A' | 'B' | 'C' | 'D']>, alias: string): string {
  return parts.map(([column, weight]) => `setweight(to_tsvector('norwegian', ${col(alias, column)}), '${weight}')`).join(' || ');
}

function col(alias: string, column: string): string {
  return alias ? `${alias}."${column}"` : `"${column}"`;
}

export const SEARCH_VECTORS = {
  article: (alias: string) => weighted([['title', 'A'], ['lead', 'B'], ['markdown', 'C']], alias),
  page: (alias: string) => weighted([['title', 'A'], ['lead', 'B'], ['markdown', 'C']], alias),
  resource: (alias: string) => weighted([['name', 'A'], ['description', 'C']], alias),
  newsLink: (alias: string) => weighted([['title', 'A'], ['comment', 'B'], ['source', 'C']], alias),
  post: (alias: string) => `to_tsvector('norwegian', ${col(alias, 'body')})`,
} as const;

/** `create index ... using gin (...)` for one table, optionally partial. */
export function searchIndexSql(name: string, table: string, vector: string, where?: string): string {
  return `create index "${name}" on "${table}" using gin ((${vector}))${where ? ` where ${where}` : ''}`;
}
