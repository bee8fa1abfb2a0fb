import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config/app-config';
import { MIGRATIONS } from '../migrations';
import { ALL_ENTITIES } from './entities';

export interface OrmSetup {
  options: Options;
  /** Closes what the ORM does not own (the PGlite instance), after the ORM has closed. */
  dispose: () => Promise<void>;
}

export async function createOrmSetup(config: AppConfig): Promise<OrmSetup> {
  const common = {
    entities: ALL_ENTITIES,
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: 'ts' as const,
      path: 'dist/migrations',
      pathTs: 'src/migrations',
    },
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    allowGlobalContext: false,
  };
  if (config.engine === 'postgresql') {
    return {
      options: {
        ...common,
        driver: PostgreSqlDriver,
        clientUrl: config.databaseUrl ?? undefined,
        pool: { min: 0, max: 10 },
      } as Options,
      dispose: async () => undefined,
    };
  }
  // Loaded only for the embedded engine: PGlite and its driver are not needed on PostgreSQL.
  const { pgliteOrmSetup } = await import('./pglite-orm-options.js');
  return pgliteOrmSetup(config, common as Partial<Options>);
}
