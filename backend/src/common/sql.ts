import type { EntityManager } from '@mikro-orm/postgresql';

/** The parts of knex's client and of a `pg` connection the direct path uses. */
interface PgClient {
  driverName?: string;
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}
interface PgConnection {
  query(text: string, values: readonly unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexLike {
  client: PgClient;
  isCompleted?: () => boolean;
}

/**
 * Runs plain SQL through the ORM's connection, inside `em`'s transaction when it has one.
 * Only repositories call this: each names its own feature's tables (see database/table-owners.ts).
 *
 * On PostgreSQL the statement goes to the `pg` connection of the ORM's pool (or of the
 * transaction) with bound parameters, as `pg` itself would send it. The ORM's `execute` would
 * first inline every value into the SQL text, then pass it through knex's query builder and
 * runner: a fifth of a hot read's CPU and allocations, for nothing the repositories use. Values
 * the two paths could bind differently (arrays, objects, buffers, `undefined`) and the ORM's `??`
 * identifiers take the ORM's path, as does the embedded database.
 */
export function sqlIn<T>(em: EntityManager, query: string, params: readonly unknown[] = []): Promise<T[]> {
  const direct = directPgText(query, params);
  const knex = direct === null ? null : pgKnex(em);
  if (knex) return queryPg<T>(knex.client, direct as string, params);
  return em.getConnection().execute<T[]>(query, [...params], 'all', em.getTransactionContext());
}

/**
 * Statements without parameters, in order, in `em`'s transaction: on PostgreSQL in one round trip
 * (one simple query), elsewhere one after the other (the embedded database takes one per query).
 */
export async function sqlStatements(em: EntityManager, statements: readonly string[]): Promise<void> {
  const knex = pgKnex(em);
  if (knex) {
    await queryPg(knex.client, statements.join(';\n'), []);
    return;
  }
  for (const statement of statements) await sqlIn(em, statement);
}

/** The ORM's knex (or its transaction) when it runs on `pg` and may take a query now. */
function pgKnex(em: EntityManager): KnexLike | null {
  const knex = em.getTransactionContext<KnexLike>() ?? (em.getConnection().getKnex() as unknown as KnexLike);
  return knex.client.driverName === 'pg' && !knex.isCompleted?.() ? knex : null;
}

async function queryPg<T>(client: PgClient, text: string, params: readonly unknown[]): Promise<T[]> {
  const connection = await client.acquireConnection();
  try {
    return (await connection.query(text, params)).rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}

/** Each query's `$n` text and how many values it takes (null: the ORM's path), by its `?` text. */
const pgTexts = new Map<string, { text: string; count: number } | null>();

/**
 * The query with `$1, $2, …` for its `?` placeholders, or null when it must take the ORM's path:
 * a `??` or escaped `\?`, a count of placeholders unlike the values', or a value `pg` would bind
 * other than the ORM inlines it.
 */
export function directPgText(query: string, params: readonly unknown[]): string | null {
  for (const value of params) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) continue;
    if (typeof value === 'number' && Number.isFinite(value)) continue;
    return null;
  }
  let known = pgTexts.get(query);
  if (known === undefined) {
    let count = 0;
    known =
      query.includes('??') || query.includes('\\?') ? null : { text: query.replace(/\?/g, () => `$${++count}`), count };
    // Queries are a fixed set of templates; lists of varying length (`in (?, ?)`) stop adding at the bound.
    if (pgTexts.size < 2_000) pgTexts.set(query, known);
  }
  return known !== null && known.count === params.length ? known.text : null;
}

/** `?, ?, ?` for an `in (…)` list of this many values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/**
 * A uuid[] parameter as one PostgreSQL array literal (`?::uuid[]`), so a long list is one bind
 * value, not thousands. Only for values already known to be uuids (ids read from the database).
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
