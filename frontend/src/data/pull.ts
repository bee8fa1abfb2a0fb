import type { SyncEntity } from '@sexhandel/shared';
import type { AppTableName } from './app-db.js';

/**
 * The device's pull registry, the pull side of the outbox kind registry: each feature registers the
 * entities it receives and the table each one lives in, from its own data module, so the sync engine
 * knows no feature. A change of an entity nobody registered is skipped.
 */

/** Where one pulled entity lives on the device: a row per id, the change's data as it came. */
export interface PulledEntity {
  entity: SyncEntity;
  table: AppTableName;
}

const ENTITIES = new Map<SyncEntity, PulledEntity>();

/** Called at the top of each feature's data module (importing the module registers its entities). */
export function registerPulledEntities(...entities: PulledEntity[]): void {
  for (const entity of entities) ENTITIES.set(entity.entity, entity);
}

/** The table `entity` is kept in, or undefined when no feature registered it. */
export function pulledTable(entity: SyncEntity): AppTableName | undefined {
  return ENTITIES.get(entity)?.table;
}

/** Every table a registered entity lives in, for the pull transaction. */
export function pulledTables(): AppTableName[] {
  return [...new Set([...ENTITIES.values()].map((entity) => entity.table))];
}
