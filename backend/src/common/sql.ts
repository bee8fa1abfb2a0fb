import type { EntityManager } from '@mikro-orm/postgresql';

/** The parts of knex's client and of its connection (a `pg` client, or the PGlite instance) the direct path uses. */
interface DirectClient {
  driverName?: string;
  acquireConnection(): Promise<DirectConnection>;
  releaseConnection(connection: DirectConnection): Promise<unknown>;
}
interface DirectConnection {
  query(text: string, values: readonly unknown[]): Promise<{ rows: unknown[] }>;
  /** PGlite's: statements without parameters, several in one call. */
  exec?(text: string): Promise<unknown>;
}
interface KnexLike {
  client: DirectClient;
  isCompleted?: () => boolean;
}

/** The knex drivers whose connections take `$n` queries as they are: `pg`, and PGlite's own. */
const DIRECT_DRIVERS = new Set(['pg', '@electric-sql/pglite']);

/**
 * Runs plain SQL through the ORM's connection, inside `em`'s transaction when it has one.
 * Only repositories call this: each names its own feature's tables (see database/table-owners.ts).
 *
 * The statement goes to the connection of the ORM's pool (or of the transaction) with bound
 * parameters: a `pg` connection on PostgreSQL, the PGlite instance on the embedded database (its
 * pool of one connection keeps every query out of another request's transaction). The ORM's
 * `execute` would first inline every value into the SQL text, then pass it through knex's query
 * builder and runner: a fifth of a hot read's CPU and allocations, for nothing the repositories use.
 * Values the two paths could bind differently (arrays, objects, buffers, `undefined`) and the ORM's
 * `??` identifiers take the ORM's path.
 */
export function sqlIn<T>(em: EntityManager, query: string, params: readonly unknown[] = []): Promise<T[]> {
  const direct = directPgText(query, params);
  const knex = direct === null ? null : directKnex(em);
  if (knex)
    return onConnection(
      knex.client,
      async (connection) => (await connection.query(direct as string, params)).rows as T[],
    );
  return em.getConnection().execute<T[]>(query, [...params], 'all', em.getTransactionContext());
}

/** Statements without parameters, in order, in `em`'s transaction, in one round trip. */
export async function sqlStatements(em: EntityManager, statements: readonly string[]): Promise<void> {
  const knex = directKnex(em);
  if (!knex) {
    for (const statement of statements) await sqlIn(em, statement);
    return;
  }
  const text = statements.join(';\n');
  // pg sends a query without values as one simple query; PGlite's query takes one statement, exec several.
  await onConnection(knex.client, (connection) =>
    connection.exec ? connection.exec(text) : connection.query(text, []),
  );
}

/** The ORM's knex (or its transaction) when its connections take direct queries and it may take one now. */
function directKnex(em: EntityManager): KnexLike | null {
  const knex = em.getTransactionContext<KnexLike>() ?? (em.getConnection().getKnex() as unknown as KnexLike);
  return DIRECT_DRIVERS.has(knex.client.driverName ?? '') && !knex.isCompleted?.() ? knex : null;
}

async function onConnection<T>(client: DirectClient, work: (connection: DirectConnection) => Promise<T>): Promise<T> {
  const connection = await client.acquireConnection();
  try {
    return await work(connection);
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
