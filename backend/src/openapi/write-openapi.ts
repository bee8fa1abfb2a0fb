import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildOpenApiDocument, createApp } from '../app.factory';
import { loadConfig } from '../config/app-config';

export const OPENAPI_FILE = resolve(__dirname, '../../openapi.json');

/** The OpenAPI document as committed: stable key order, two-space indent, trailing newline. */
export function renderOpenApi(app: NestFastifyApplication): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, inner]) => [key, sortKeys(inner)]),
      );
    }
    return value;
  };
  return JSON.stringify(sortKeys(buildOpenApiDocument(app)), null, 2) + '\n';
}

/** `npm run openapi -w backend`: rewrites backend/openapi.json from the running module graph. */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sexhandel-openapi-'));
  const config = loadConfig({ DATA_DIR: dataDir, DATA_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'silent' });
  config.pgliteDir = undefined;
  const app = await createApp(config, { silent: true });
  await app.init();
  writeFileSync(OPENAPI_FILE, renderOpenApi(app));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`Wrote ${OPENAPI_FILE}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
