import { PGlite } from '@electric-sql/pglite';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import { PGliteDriver, type PGliteConnectionConfig } from 'mikro-orm-pglite';
import type { AppConfig } from '../config/app-config';
import { MIGRATIONS } from '../migrations';
import { ALL_ENTITIES } from './entities';

export interface OrmSetup {
  options: Options;
  /** Closes what the ORM does not own (the PGlite instance), after the ORM has closed. */
  dispose: () => Promise<void>;
}

export function createOrmSetup(config: AppConfig): OrmSetup {
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
  let pglite: PGlite | null = null;
  const connection: PGliteConnectionConfig = {
    pglite: async () => {
      pglite ??= await PGlite.create(config.pgliteDir ? { dataDir: config.pgliteDir } : {});
      return pglite;
    },
  };
  return {
    options: {
      ...common,
      driver: PGliteDriver,
      dbName: 'postgres',
      driverOptions: { connection },
    } as unknown as Options,
    dispose: async () => {
      if (pglite && !pglite.closed) await pglite.close();
    },
  };
}
