// First: V8's heap settings apply to everything loaded after them.
import './v8-settings';
import 'reflect-metadata';
import { ConfigError, ensureDataDir, loadConfig } from './config/app-config';
import { acquireDataDirLock, DataDirLockedError } from './database/data-dir-lock';
import { createApp } from './app.factory';
import { migrateDatabase } from './database/prepare-database';
import { seedDemoContentIfEmpty } from './database/seed-on-start';

async function main(): Promise<void> {
  const config = loadConfig();
  ensureDataDir(config);
  if (config.engine === 'pglite') acquireDataDirLock(config.dataDir, 'the Sexhandel server');
  const app = await createApp(config);
  await migrateDatabase(app);
  if (config.seedDemo) await seedDemoContentIfEmpty(app);
  await app.listen({ port: config.port, host: config.host });
  const where = config.engine === 'pglite' ? `embedded PGlite in ${config.pgliteDir}` : 'PostgreSQL';
  console.log(`Sexhandel is running at ${config.publicUrl} (database: ${where})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
