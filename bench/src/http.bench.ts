import { randomBytes, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { Client } from 'pg';
import type { PushResponse } from '@sexhandel/shared';
import type { DatabaseEngine } from '../../backend/dist/config/app-config';
import { createScratchDatabase } from '../../backend/dist/database/scratch-database';
import { ARTICLES, MEMBERS, THREAD_POSTS, registerMember, seed, type Member, type SqlClient } from './http-seed';
import { cpuMs, rssMb, startProcess, stopProcess, type Server, type ServerName } from './http-servers';
import { printTable, quantile } from './measure';

const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const RUNS = Number(process.env.BENCH_HTTP_RUNS ?? 3);
const WARMUP_SECONDS = Math.min(2, SECONDS);
const PUSH_BATCH = 10;
/** Push requests per measured push run (each PUSH_BATCH posts); the run lasts until all are answered. */
const PUSH_REQUESTS = Number(process.env.BENCH_PUSH_REQUESTS ?? 4 * CONNECTIONS);
const RATE_LIMIT = '1000000/10';
const SERVERS: ServerName[] = ['ours', 'fair', 'bare'];

/**
 * Headers that may differ between two identical answers and are left out of the comparison: the
 * clock, and what a cache validator would carry. Everything else must match name for name, value
 * for value.
 */
const VOLATILE_HEADERS = new Set(['date', 'etag', 'last-modified']);

/** What a browser sends; compression applies to ours and the fair peer above 1 KB. */
const BROWSER_ENCODING = 'gzip, deflate, br';

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** One request with node:http, so the body stays as sent on the wire (fetch would decompress it). */
function rawRequest(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const request = httpRequest(
      `${base}${path}`,
      { method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers = new Map<string, string>();
          const raw = response.rawHeaders;
          for (let i = 0; i < raw.length; i += 2) {
            const name = raw[i].toLowerCase();
            headers.set(name, headers.has(name) ? `${headers.get(name)}, ${raw[i + 1]}` : raw[i + 1]);
          }
          done({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
        response.on('error', fail);
      },
    );
    request.on('error', fail);
    request.end(options.body);
  });
}

/** The differences between two answers: status, every header but the volatile ones, the raw body. */
function differences(a: RawAnswer, b: RawAnswer, body: (raw: Buffer) => string = (raw) => raw.toString('hex')) {
  const found: string[] = [];
  if (a.status !== b.status) found.push(`status ${a.status} vs ${b.status}`);
  for (const name of new Set([...a.headers.keys(), ...b.headers.keys()])) {
    if (VOLATILE_HEADERS.has(name)) continue;
    if (a.headers.get(name) !== b.headers.get(name))
      found.push(`header ${name}: ${a.headers.get(name) ?? '(none)'} vs ${b.headers.get(name) ?? '(none)'}`);
  }
  if (body(a.body) !== body(b.body))
    found.push(
      `body (${a.body.length} vs ${b.body.length} bytes): ${a.body.toString('latin1').slice(0, 160)} vs ${b.body.toString('latin1').slice(0, 160)}`,
    );
  return found;
}

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface Route {
  label: string;
  push?: boolean;
  /** Paths compared byte for byte before the load (the measured one first). */
  checked: string[];
  requests: (server: Server) => AutocannonRequest[];
}

interface Figures {
  rate: number;
  p99: number;
  cpuMsPerRequest: number;
  peakRssMb: number;
  answered: number;
  failed: number;
}

const median = (values: number[]): number => quantile(values, 0.5);

function fmtNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** One measured run of `route` against `server`: throughput, p99, CPU per request, peak RSS. */
async function measure(
  server: Server,
  route: Route,
  seconds: number,
  onPushResults: (results: PushResponse['results']) => void,
): Promise<Figures> {
  const pid = server.child.pid;
  let peak = rssMb(pid) ?? 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid) ?? 0);
  }, 100);
  const cpuBefore = cpuMs(pid);
  const started = process.hrtime.bigint();
  let applied = 0;
  // autocannon notices the last answer only at its next one-second tick: time the push to that answer.
  let lastAnswer = started;
  let result: AutocannonResult;
  try {
    result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      // Reads run for a time; pushes run a fixed number of requests, so every push is answered
      // before the run ends and posts/s counts what the server finished, nothing still in flight.
      ...(route.push ? { amount: PUSH_REQUESTS } : { duration: seconds }),
      // Slow answers count as latency, not as errors, on a loaded machine.
      timeout: 60,
      headers: { 'accept-encoding': BROWSER_ENCODING },
      requests: route.requests(server).map((request) =>
        route.push
          ? {
              ...request,
              onResponse: (status: number, body: string) => {
                lastAnswer = process.hrtime.bigint();
                if (status !== 200) return;
                const results = (JSON.parse(body) as PushResponse).results;
                applied += results.filter((item) => item.status === 'applied').length;
                onPushResults(results);
              },
            }
          : request,
      ),
    });
  } finally {
    clearInterval(sampler);
  }
  const elapsed = Number((route.push ? lastAnswer : process.hrtime.bigint()) - started) / 1e9;
  const cpu = cpuMs(pid) - cpuBefore;
  const answered = result['2xx'] + result.non2xx;
  return {
    rate: route.push ? applied / elapsed : result.requests.average,
    p99: result.latency.p99,
    cpuMsPerRequest: answered > 0 ? cpu / answered : NaN,
    peakRssMb: Math.max(peak, rssMb(pid) ?? 0),
    answered,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

interface Setup {
  servers: Record<ServerName, Server>;
  members: Member[];
  bigThread: string;
  replyThreads: string[];
  cleanup: () => Promise<void>;
}

async function registerMembers(ours: Server): Promise<Member[]> {
  // Four at a time: argon2 runs on libuv's thread pool.
  const members: Member[] = [];
  for (let n = 0; n < MEMBERS; n += 4) {
    const batch = [n, n + 1, n + 2, n + 3].filter((m) => m < MEMBERS);
    members.push(...(await Promise.all(batch.map((m) => registerMember(ours, m)))));
  }
  return members;
}

/**
 * Seeded data and three running servers. PostgreSQL: one database all three use. PGlite: our server
 * migrates its data folder and registers the members, stops; the bench seeds the folder, copies it
 * for each peer (PGlite is one process's database), and starts all three again.
 */
async function setUp(engine: DatabaseEngine): Promise<Setup> {
  const dataKey = randomBytes(32).toString('base64');
  const folders = [mkdtempSync(join(tmpdir(), 'sexhandel-bench-http-'))];
  const oursEnv: NodeJS.ProcessEnv = {
    DATA_KEY: dataKey,
    DATA_DIR: folders[0],
    SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    // The limits would refuse the load: raised so the push measures work, not refusals.
    FORUM_POST_RATE_LIMIT: RATE_LIMIT,
    AUTH_REGISTER_PER_HOUR: String(MEMBERS * 2),
  };
  const peerEnv: NodeJS.ProcessEnv = { DATA_KEY: dataKey, FORUM_POST_RATE_LIMIT: RATE_LIMIT };
  const started: Server[] = [];
  const database = engine === 'postgresql' ? await createScratchDatabase('sexhandel_bench') : null;
  const cleanup = async () => {
    for (const server of started) await stopProcess(server);
    await database?.drop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  };
  try {
    const start = async (name: ServerName, env: NodeJS.ProcessEnv) => {
      const server = await startProcess(name, env);
      started.push(server);
      return server;
    };
    if (database) {
      const ours = await start('ours', { ...oursEnv, DATABASE_URL: database.url });
      const members = await registerMembers(ours);
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const seeded = await seed(client).finally(() => client.end());
      const fair = await start('fair', { ...peerEnv, DATABASE_URL: database.url });
      const bare = await start('bare', { ...peerEnv, DATABASE_URL: database.url });
      return { servers: { ours, fair, bare }, members, ...seeded, cleanup };
    }
    const first = await start('ours', oursEnv);
    const members = await registerMembers(first);
    await stopProcess(first);
    started.length = 0;
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create({ dataDir: join(folders[0], 'pglite') });
    const seeded = await seed(pglite as SqlClient).finally(() => pglite.close());
    const copies: Record<'fair' | 'bare', string> = { fair: '', bare: '' };
    for (const name of ['fair', 'bare'] as const) {
      const folder = mkdtempSync(join(tmpdir(), `sexhandel-bench-${name}-`));
      folders.push(folder);
      cpSync(join(folders[0], 'pglite'), join(folder, 'pglite'), { recursive: true });
      copies[name] = join(folder, 'pglite');
    }
    const ours = await start('ours', oursEnv);
    const fair = await start('fair', { ...peerEnv, PGLITE_DIR: copies.fair });
    const bare = await start('bare', { ...peerEnv, PGLITE_DIR: copies.bare });
    return { servers: { ours, fair, bare }, members, ...seeded, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Before any load: ours and the fair peer answer every checked path with the same status, the same
 * headers and the same raw bytes, for each Accept-Encoding (so both compress alike); a push with the
 * same answer but for the new ids; and the same status for bad queries (an unknown parameter, a bad
 * limit or cursor). The bare peer only has to send the same JSON. Returns what differs.
 */
async function compareAnswers(setup: Setup, routes: Route[], pushBody: (tag: string) => string): Promise<string[]> {
  const { ours, fair, bare } = setup.servers;
  const problems: string[] = [];
  const reads = routes.filter((route) => !route.push).flatMap((route) => route.checked);
  for (const path of reads) {
    for (const encoding of [BROWSER_ENCODING, 'gzip', 'identity']) {
      const headers = { 'accept-encoding': encoding };
      const [a, b] = [await rawRequest(ours.url, path, { headers }), await rawRequest(fair.url, path, { headers })];
      problems.push(...differences(a, b).map((line) => `fair peer, GET ${path} (${encoding}): ${line}`));
    }
    const identity = { headers: { 'accept-encoding': 'identity' } };
    const [a, c] = [await rawRequest(ours.url, path, identity), await rawRequest(bare.url, path, identity)];
    if (!a.body.equals(c.body)) problems.push(`bare peer, GET ${path}: another body`);
  }
  for (const path of routes.filter((route) => !route.push).map((route) => route.checked[0])) {
    const glue = path.includes('?') ? '&' : '?';
    for (const bad of [`${path}${glue}utm_source=x`, `${path}${glue}limit=0`, `${path}${glue}limit=x`]) {
      const [x, y] = [await rawRequest(ours.url, bad), await rawRequest(fair.url, bad)];
      if (x.status !== 400 || y.status !== 400) problems.push(`GET ${bad}: ours ${x.status}, fair peer ${y.status}`);
    }
  }
  if (routes.some((route) => route.push)) {
    const send = (server: Server) =>
      rawRequest(server.url, '/api/sync/push', {
        method: 'POST',
        headers: { ...setup.members[0].headers, 'accept-encoding': 'identity' },
        body: pushBody(`check-${server.name}`),
      });
    const [a, b] = [await send(ours), await send(fair)];
    const ids = (raw: Buffer) => raw.toString('utf8').replace(UUID_IN_TEXT, '<id>');
    problems.push(...differences(a, b, ids).map((line) => `fair peer, POST /api/sync/push: ${line}`));
    const applied = (JSON.parse(a.body.toString('utf8')) as PushResponse).results.every(
      (item) => item.status === 'applied',
    );
    if (!applied) problems.push(`POST /api/sync/push: ours did not apply the check push: ${a.body.toString()}`);
    const unknown = await Promise.all(
      [ours, fair].map((server) =>
        rawRequest(server.url, '/api/sync/push?utm_source=x', {
          method: 'POST',
          headers: { ...setup.members[0].headers, 'accept-encoding': 'identity' },
          body: pushBody(`check-${server.name}`),
        }),
      ),
    );
    if (unknown.some((answer) => answer.status !== 400))
      problems.push(`POST /api/sync/push?utm_source=x: ours ${unknown[0].status}, fair peer ${unknown[1].status}`);
  }
  return problems;
}

/** Ratios a/b per run, summarised as the median with min–max. */
function ratioCell(a: number[], b: number[]): string {
  const ratios = a.map((value, run) => value / b[run]).filter(Number.isFinite);
  if (ratios.length === 0) return '–';
  const range = ratios.length > 1 ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : '';
  return `${median(ratios).toFixed(2)}${range}`;
}

/**
 * `GET /api/articles`, `GET /api/threads/:id/posts`, an up-to-date `GET /api/sync/pull` and a
 * `POST /api/sync/push` of 10 posts, against our built backend and the fair and bare peers, each its
 * own process, on one engine.
 */
async function benchEngine(engine: DatabaseEngine): Promise<void> {
  const started = Date.now();
  const setup = await setUp(engine);
  try {
    const { ours } = setup.servers;
    const head = (await getJson<{ cursor: string }>(`${ours.url}/api/sync/pull?cursor=0&limit=1000`)).cursor;
    const firstArticles = await getJson<{ nextCursor: string }>(`${ours.url}/api/articles`);
    const firstPosts = await getJson<{ nextCursor: string }>(`${ours.url}/api/threads/${setup.bigThread}/posts`);
    let sent = 0;
    // \u-escaped to ASCII: autocannon sets content-length from the string length, not its bytes.
    const asciiJson = (value: unknown): string =>
      JSON.stringify(value).replace(
        /[\u0080-\uffff]/g,
        (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
    const pushBody = (tag: string, member = 0) =>
      asciiJson({
        mutations: Array.from({ length: PUSH_BATCH }, () => {
          sent += 1;
          return {
            id: randomUUID(),
            kind: 'post.create',
            payload: {
              threadId: setup.replyThreads[member],
              body: `${tag} svar ${sent}: det hjalp å lese om andres erfaringer.`,
            },
            createdAt: new Date().toISOString(),
          };
        }),
      });
    let nextMember = 0;
    const allRoutes: Route[] = [
      {
        label: 'GET /api/articles',
        checked: ['/api/articles', `/api/articles?cursor=${firstArticles.nextCursor}&limit=50`],
        requests: () => [{ method: 'GET', path: '/api/articles' }],
      },
      {
        label: `GET /api/threads/:id/posts`,
        checked: [
          `/api/threads/${setup.bigThread}/posts`,
          `/api/threads/${setup.bigThread}/posts?after=${firstPosts.nextCursor}&limit=100`,
        ],
        requests: () => [{ method: 'GET', path: `/api/threads/${setup.bigThread}/posts` }],
      },
      {
        label: 'GET /api/sync/pull (at head)',
        checked: [`/api/sync/pull?cursor=${head}`, '/api/sync/pull?cursor=0&limit=20'],
        requests: () => [{ method: 'GET', path: `/api/sync/pull?cursor=${head}` }],
      },
      {
        label: `POST /api/sync/push (${PUSH_BATCH} posts)`,
        push: true,
        checked: [],
        requests: (server) => [
          {
            method: 'POST',
            path: '/api/sync/push',
            setupRequest: (request) => {
              const member = nextMember++ % MEMBERS;
              return {
                ...request,
                // Uncompressed answers, so each one can be counted (applied / duplicate / rejected).
                headers: { ...setup.members[member].headers, 'accept-encoding': 'identity' },
                body: pushBody(server.name, member),
              };
            },
          },
        ],
      },
    ];
    const only = process.env.BENCH_HTTP_ROUTES?.split(',');
    const routes = allRoutes.filter((route) => !only || only.some((word) => route.label.toLowerCase().includes(word)));

    // Before any load: what each process holds at rest (for ours on PGlite, the embedded database too).
    const idle = SERVERS.map((name) => `${name} ${fmtNumber(rssMb(setup.servers[name].child.pid ?? 0) ?? 0)} MB`);
    console.log(`\nIdle RSS on ${engine} after seeding, before load: ${idle.join(', ')}`);
    const problems = await compareAnswers(setup, routes, (tag) => pushBody(tag));
    console.log(
      `\nHTTP load on ${engine}: seeded ${ARTICLES} articles, a thread of ${THREAD_POSTS.toLocaleString('en')} posts and ${MEMBERS} signed-in members in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    // BENCH_HTTP_FIGURES_ONLY=1 still measures (e.g. ours before a change), but prints no ratio.
    const figuresOnly = problems.length > 0;
    if (figuresOnly) {
      console.log(`The fair peer does not answer as ours does, so no ratio is printed:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
      if (process.env.BENCH_HTTP_FIGURES_ONLY !== '1') return;
    } else
      console.log(
        'Ours and the fair peer answer every checked request with the same status, headers (but Date) and raw bytes (br, gzip, identity); the same status for unknown parameters and bad limits or cursors; the bare peer the same JSON.',
      );

    const figures = new Map<string, Figures[]>();
    const pushCounts: Record<ServerName, Record<string, number>> = { ours: {}, fair: {}, bare: {} };
    const failures: string[] = [];
    for (const route of routes) {
      // Warm-up once per server (JIT, pools, caches of the database), not counted.
      for (const name of SERVERS) {
        if (route.push) continue;
        await measure(setup.servers[name], route, WARMUP_SECONDS, () => undefined);
      }
      for (let run = 0; run < RUNS; run++) {
        // Interleaved and rotated: ours, fair, bare; fair, bare, ours; … so all share the machine's drift.
        const order = SERVERS.map((_, i) => SERVERS[(i + run) % SERVERS.length]);
        for (const name of order) {
          const result = await measure(setup.servers[name], route, SECONDS, (results) => {
            for (const item of results) pushCounts[name][item.status] = (pushCounts[name][item.status] ?? 0) + 1;
          });
          if (result.failed > 0) failures.push(`${route.label}, ${name}, run ${run + 1}: ${result.failed} failed`);
          const key = `${route.label}|${name}`;
          figures.set(key, [...(figures.get(key) ?? []), result]);
        }
      }
    }

    const rows: string[][] = [];
    for (const route of routes) {
      const of = (name: ServerName) => figures.get(`${route.label}|${name}`) ?? [];
      const metrics: Array<[string, (f: Figures) => number]> = [
        [route.push ? 'posts/s until drained' : 'req/s', (f) => f.rate],
        ['p99 ms', (f) => f.p99],
        [route.push ? `CPU ms per push` : 'CPU ms per request', (f) => f.cpuMsPerRequest],
        ['peak RSS MB', (f) => f.peakRssMb],
      ];
      for (const [index, [metric, pick]] of metrics.entries()) {
        const values = (name: ServerName) => of(name).map(pick);
        rows.push([
          index === 0 ? route.label : '',
          metric,
          ...SERVERS.map((name) => fmtNumber(median(values(name)))),
          figuresOnly ? '(differs)' : ratioCell(values('ours'), values('fair')),
          figuresOnly ? '(differs)' : ratioCell(values('ours'), values('bare')),
        ]);
      }
    }
    printTable(
      `HTTP load on ${engine}: ${CONNECTIONS} connections, reads ${SECONDS} s per run, pushes ${PUSH_REQUESTS} requests per run; ${RUNS} interleaved runs; medians, ratios = median of the per-run ratios (min–max); CPU = user+system of the server process from /proc`,
      ['route', 'figure', 'ours', 'fair peer', 'bare peer', 'ours/fair', 'ours/bare'],
      rows,
    );
    const pushed = SERVERS.filter((name) => Object.keys(pushCounts[name]).length > 0);
    if (pushed.length > 0) {
      console.log(
        `Push answers over all runs: ${pushed.map((name) => `${name} ${Object.entries(pushCounts[name]).map(([status, n]) => `${n} ${status}`)}`).join('; ')}`,
      );
    }
    if (failures.length > 0) console.log(`Failed requests (non-2xx, errors, timeouts): ${failures.join('; ')}`);
  } finally {
    await setup.cleanup();
  }
}

/** The HTTP load bench on each engine in turn (BENCH_HTTP_ENGINES=pglite,postgresql to choose). */
export async function benchHttp(engines: DatabaseEngine[]): Promise<void> {
  const wanted = process.env.BENCH_HTTP_ENGINES?.split(',');
  for (const engine of engines) if (!wanted || wanted.includes(engine)) await benchEngine(engine);
}
