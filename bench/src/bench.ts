import 'reflect-metadata';
import type { DatabaseEngine } from '../../backend/dist/config/app-config';
import { postgresReachable, scratchServerUrl } from '../../backend/dist/database/scratch-database';
import { benchForum } from './forum.bench';
import { benchHttp } from './http.bench';
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
  // `node bench/dist/bench.js http pull` runs only those parts; no names runs them all.
  const only = process.argv.slice(2);
  const wanted = (name: string) => only.length === 0 || only.includes(name);
  if (wanted('http')) await benchHttp(engines);
  if (wanted('pull')) await benchPull(engines);
  if (wanted('forum')) await benchForum(engines);
  if (wanted('search')) await benchSearch(engines);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
