import type { SyncChange } from '@sexhandel/shared';
import type { SyncChangeRow } from '../sync/sync.repository';

/** A published row as the page shows it (`data`) and as the device stores it (`change`). */
export interface Row<T> {
  change: SyncChange;
  data: T;
}

export function rowOf<T>(row: SyncChangeRow): Row<T> {
  const data = { ...(row.data as object), id: row.entity_id } as T;
  return {
    data,
    change: { seq: Number(row.seq), entity: row.entity, op: 'upsert', id: row.entity_id, data: row.data },
  };
}

export const byDateDesc =
  <T>(field: keyof T) =>
  (a: Row<T>, b: Row<T>) =>
    String(b.data[field]).localeCompare(String(a.data[field]));

export function uniqueChanges(changes: SyncChange[]): SyncChange[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.entity}:${change.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
