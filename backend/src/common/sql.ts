import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs plain SQL through the ORM's connection, inside `em`'s transaction when it has one.
 * Only repositories call this: each names its own feature's tables (see database/table-owners.ts).
 */
export function sqlIn<T>(em: EntityManager, query: string, params: readonly unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(query, [...params], 'all', em.getTransactionContext());
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
