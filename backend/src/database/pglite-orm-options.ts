import { PGlite } from '@electric-sql/pglite';
import type { Options } from '@mikro-orm/postgresql';
import { PGliteDriver, type PGliteConnectionConfig } from 'mikro-orm-pglite';
import type { AppConfig } from '../config/app-config';
import type { OrmSetup } from './orm-options';

/** The embedded engine's part of createOrmSetup, in its own file so PostgreSQL never loads PGlite. */
export function pgliteOrmSetup(config: AppConfig, common: Partial<Options>): OrmSetup {
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
