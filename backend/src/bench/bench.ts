import 'reflect-metadata';
import type { DatabaseEngine } from '../config/app-config';
import { postgresReachable, scratchServerUrl } from '../database/scratch-database';
import { benchForum } from './forum.bench';
import { benchPull } from './pull.bench';
import { benchSearch } from './search.bench';

/**
 * `npm run bench`: figures and ratios measured side by side in one run on this machine. Not
 * timed tests; nothing here passes or fails on a number.
 */
async function main(): Promise<void> {
  const engines: DatabaseEngine[] = ['pglite'];
  if (await postgresReachable()) engines.push('postgresql');
  else console.log(`PostgreSQL not reachable at ${scratchServerUrl()}: benchmarks run on PGlite only`);
  console.log(`Sexhandel benchmarks — ${new Date().toISOString()} — node ${process.version}`);
  await benchPull(engines);
  await benchForum(engines);
  await benchSearch(engines);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
