import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createApp } from '../src/app.factory';
import { loadConfig, type AppConfig, type DatabaseEngine } from '../src/config/app-config';
import { migrateDatabase } from '../src/database/prepare-database';
import { createScratchDatabase } from '../src/database/scratch-database';
import { SyncRepository } from '../src/sync/sync.repository';
import { ResponseContract } from './response-contract';

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

export interface TestAppOptions {
  /** The document every `app.inject` answer is checked against; default: the committed backend/openapi.json. */
  contract?: ResponseContract;
  /**
   * A second node: this app runs on the PostgreSQL database of `databaseOf` (same DATA_KEY) and
   * neither creates nor drops it. PostgreSQL only: PGlite is one process's database.
   */
  databaseOf?: TestApp;
}

let committedContract: ResponseContract | undefined;

/**
 * A full app (same module graph, pipes and plugins as production) on a fresh database of the
 * engine this vitest project runs: PostgreSQL or in-memory PGlite. Migrated, not seeded.
 * Every `app.inject` answer is checked against the OpenAPI document: a status, content type or
 * body the document does not describe makes the `inject` call throw, so the spec fails.
 */
export async function createTestApp(env: NodeJS.ProcessEnv = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const engine = testEngine();
  const shared = options.databaseOf?.config.databaseUrl;
  if (options.databaseOf && (engine !== 'postgresql' || !shared)) throw new Error('Only PostgreSQL has a second node');
  const database = engine === 'postgresql' && !shared ? await createScratchDatabase() : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'sexhandel-test-'));
  const config = loadConfig({
    DATA_KEY: TEST_DATA_KEY,
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://localhost:3000',
    FRONTEND_DIR: join(dataDir, 'no-frontend'),
    LOG_LEVEL: 'silent',
    // Tests check what a push does, not how long it may take: a loaded machine must not cut a batch short.
    PUSH_TIME_BUDGET_MS: '60000',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...(shared ? { DATABASE_URL: shared } : {}),
    ...env,
  });
  if (engine === 'pglite') config.pgliteDir = undefined;
  return openTestApp(config, {
    contract: options.contract ?? (committedContract ??= new ResponseContract()),
    afterClose: async () => {
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/**
 * A started, migrated app on `config`'s database as a TestApp. With `contract`, every injected
 * answer is checked against openapi.json; `afterClose` removes what the caller made for it.
 */
export async function openTestApp(
  config: AppConfig,
  options: { contract?: ResponseContract; afterClose?: () => Promise<void> } = {},
): Promise<TestApp> {
  const app = await createApp(config, { silent: true });
  if (options.contract) checkResponsesAgainst(app, options.contract);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await migrateDatabase(app);
  const orm = app.get(MikroORM);
  return {
    app,
    config,
    orm,
    em: () => orm.em.fork() as EntityManager,
    sql: async <T>(query: string, params: unknown[] = []) => {
      // Raw SQL writes behind the server's back, as no writer does in production: it counts as a
      // change write, so the embedded database's response cache reads the sequence again.
      return app
        .get(SyncRepository)
        .countedAsChangeWrite(async () => (await orm.em.getConnection().execute(query, params)) as T[]);
    },
    close: async () => {
      await app.close();
      await options.afterClose?.();
    },
  };
}

/** Wraps `app.inject` so each answer is validated by method + route + status (see ResponseContract). */
function checkResponsesAgainst(app: NestFastifyApplication, contract: ResponseContract): void {
  const routes = new WeakMap<object, string | undefined>();
  // onSend, not onRequest: an answer given from an onRequest hook (the response cache) skips later ones.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request: FastifyRequest, _reply, payload) => {
      routes.set(request.raw, request.routeOptions.url);
      return payload;
    });
  // `app.inject` is Nest's proxy onto the Fastify adapter's `inject`: wrap the adapter's.
  const adapter = app.getHttpAdapter() as unknown as {
    inject: (options?: InjectOptions | string) => Promise<LightMyRequestResponse> | unknown;
  };
  const inject = adapter.inject.bind(adapter);
  adapter.inject = (options?: InjectOptions | string) =>
    options === undefined ? inject() : checked(inject(options) as Promise<LightMyRequestResponse>);
  const checked = async (pending: Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> => {
    const response = await pending;
    const request = response.raw.req;
    const problems = contract.problems({
      method: request.method ?? 'GET',
      route: routes.get(request),
      statusCode: response.statusCode,
      contentType: response.headers['content-type'] as string | undefined,
      body: decodedBody(response),
    });
    if (problems.length > 0) {
      throw new Error(`The answer contradicts backend/openapi.json:\n${problems.join('\n')}`);
    }
    return response;
  };
}

function decodedBody(response: LightMyRequestResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.rawPayload).toString('utf8');
  return response.body;
}
