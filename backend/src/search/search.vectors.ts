/**
 * The tsvector expressions full-text search matches against, stored per row as the generated
 * column `search_vector` (declared on the entities, created by the editorial migrations) with a
 * GIN index on it. Entities pass '' as alias (bare column names). Written with the casts
 * PostgreSQL adds when it stores the expression, so the migration drift check sees no change.
 */
function weighted(parts: Array<[column: string, weight: 'A' | 'B' | 'C' | 'D']>, alias: string): string {
  return parts
    .map(
      ([column, weight]) =>
        `setweight(to_tsvector('norwegian'::regconfig, ${col(alias, column)}), '${weight}'::"char")`,
    )
    .join(' || ');
}

function col(alias: string, column: string): string {
  return alias ? `${alias}."${column}"` : `"${column}"`;
}

export const SEARCH_VECTORS = {
  article: (alias: string) =>
    weighted(
      [
        ['title', 'A'],
        ['lead', 'B'],
        ['markdown', 'C'],
      ],
      alias,
    ),
  page: (alias: string) =>
    weighted(
      [
        ['title', 'A'],
        ['lead', 'B'],
        ['markdown', 'C'],
      ],
      alias,
    ),
  resource: (alias: string) =>
    weighted(
      [
        ['name', 'A'],
        ['description', 'C'],
      ],
      alias,
    ),
  newsLink: (alias: string) =>
    weighted(
      [
        ['title', 'A'],
        ['comment', 'B'],
        ['source', 'C'],
      ],
      alias,
    ),
  post: (alias: string) => `to_tsvector('norwegian'::regconfig, ${col(alias, 'body')})`,
} as const;

/** `create index ... using gin ("search_vector")` for one table, optionally partial. */
export function searchIndexSql(name: string, table: string, where?: string): string {
  return `create index "${name}" on "${table}" using gin ("search_vector")${where ? ` where ${where}` : ''}`;
}

/**
 * Options of the stored generated `search_vector` column: ranking (ts_rank_cd) reads the stored
 * vector instead of re-parsing every matching text (seconds → milliseconds on 10,000 articles).
 * Lazy: never loaded with the entity; generated: never written by the ORM.
 */
export function searchVectorColumn(vector: string): {
  columnType: 'tsvector';
  generated: string;
  lazy: true;
  nullable: true;
  hidden: true;
} {
  return { columnType: 'tsvector', generated: `(${vector}) stored`, lazy: true, nullable: true, hidden: true };
}
