import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/app.factory';
import { loadConfig, type AppConfig, type DatabaseEngine } from '../src/config/app-config';
import { migrateDatabase } from '../src/database/prepare-database';
import { createScratchDatabase } from '../src/database/scratch-database';

export const TEST_DATA_KEY = randomBytes(32).toString('base64');

export function testEngine(): DatabaseEngine {
  return process.env.TEST_ENGINE === 'postgresql' ? 'postgresql' : 'pglite';
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  orm: MikroORM;
  /** A fresh entity manager, for arranging rows and reading raw tables in assertions. */
  em: () => EntityManager;
  /** Raw SQL on the test database. */
  sql: <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
}

/**
 * A full app (same module graph, pipes and plugins as production) on a fresh database of the
 * engine this vitest project runs: PostgreSQL or in-memory PGlite. Migrated, not seeded.
 */
export async function createTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const engine = testEngine();
  const database = engine === 'postgresql' ? await createScratchDatabase() : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'sexhandel-test-'));
  const config = loadConfig({
    DATA_KEY: TEST_DATA_KEY,
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://localhost:3000',
    FRONTEND_DIR: join(dataDir, 'no-frontend'),
    LOG_LEVEL: 'silent',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  if (engine === 'pglite') config.pgliteDir = undefined;
  const app = await createApp(config, { silent: true });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await migrateDatabase(app);
  const orm = app.get(MikroORM);
  return {
    app,
    config,
    orm,
    em: () => orm.em.fork() as EntityManager,
    sql: async <T>(query: string, params: unknown[] = []) => (await orm.em.getConnection().execute(query, params)) as T[],
    close: async () => {
      await app.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
