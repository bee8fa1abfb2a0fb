import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../backend/dist/app.factory';
import { loadConfig, type DatabaseEngine } from '../../backend/dist/config/app-config';
import { migrateDatabase } from '../../backend/dist/database/prepare-database';
import { createScratchDatabase } from '../../backend/dist/database/scratch-database';

export interface BenchApp {
  engine: DatabaseEngine;
  app: NestFastifyApplication;
  baseUrl: string;
  sql: <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
}

/**
 * The production app, listening on a free loopback port, on a fresh database of the given engine.
 * `env` adds settings (e.g. a higher FORUM_POST_RATE_LIMIT for write benchmarks).
 */
export async function startBenchApp(engine: DatabaseEngine, env: NodeJS.ProcessEnv = {}): Promise<BenchApp> {
  const database = engine === 'postgresql' ? await createScratchDatabase('sexhandel_bench') : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'sexhandel-bench-'));
  const config = loadConfig({
    DATA_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: dataDir,
    FRONTEND_DIR: join(dataDir, 'none'),
    LOG_LEVEL: 'silent',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  if (engine === 'pglite') config.pgliteDir = undefined;
  const app = await createApp(config, { silent: true });
  await migrateDatabase(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const orm = app.get(MikroORM);
  return {
    engine,
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    sql: async <T>(query: string, params: unknown[] = []) =>
      (await orm.em.fork().getConnection().execute(query, params)) as T[],
    close: async () => {
      await app.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
