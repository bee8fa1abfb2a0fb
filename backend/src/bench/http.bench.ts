import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { Client } from 'pg';
import type { PushResponse } from '@sexhandel/shared';
import { createScratchDatabase } from '../database/scratch-database';
import { ARTICLES, MEMBERS, THREAD_POSTS, registerMember, seed, type Member } from './http-bench-seed';
import { rssMb, startProcess, stopProcess, type Server } from './http-bench-servers';
import { printTable } from './measure';

const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
const PUSH_BATCH = 10;

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** Before any load: both servers answer the same JSON on the read routes (and the same shape on push). */
async function assertSameAnswers(ours: Server, baseline: Server, paths: string[], push: (server: Server) => Promise<PushResponse>): Promise<void> {
  for (const path of paths) {
    const [a, b] = await Promise.all([getJson(`${ours.url}${path}`), getJson(`${baseline.url}${path}`)]);
    if (!isDeepStrictEqual(a, b)) {
      throw new Error(`the baseline answers ${path} differently:\nours     ${JSON.stringify(a).slice(0, 400)}\nbaseline ${JSON.stringify(b).slice(0, 400)}`);
    }
  }
  const [a, b] = [await push(ours), await push(baseline)];
  const shape = (response: PushResponse) => response.results.map((result) => [result.status, Object.keys(result.result ?? {}).sort().join()]);
  if (!isDeepStrictEqual(shape(a), shape(b)) || a.results.some((result) => result.status !== 'applied')) {
    throw new Error(`push answers differ: ${JSON.stringify(a.results[0])} vs ${JSON.stringify(b.results[0])}`);
  }
}

interface Route {
  label: string;
  requests: (server: Server, tag: string) => AutocannonRequest[];
}

async function load(server: Server, route: Route, tag: string, seconds: number): Promise<AutocannonResult> {
  return autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: seconds,
    // Slow answers count as latency, not as errors, on a loaded machine.
    timeout: 30,
    // What a browser sends: compression applies to both servers above 1 KB.
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    requests: route.requests(server, tag),
  });
}

/** Waits until pushes still in flight after a run have finished (applied_mutation stops growing). */
async function drain(db: Client): Promise<void> {
  const count = async () => Number((await db.query<{ n: string }>('select count(*) as n from applied_mutation')).rows[0].n);
  let last = await count();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 500));
    const now = await count();
    if (now === last) return;
    last = now;
  }
}

const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

const fmt = (ms: number): string => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);

/**
 * `GET /api/articles`, `GET /api/threads/:id/posts`, an up-to-date `GET /api/sync/pull` and a
 * `POST /api/sync/push` of 10 posts, 50 connections × 10 s each, against our backend (built,
 * its own process) and a minimal Fastify+pg baseline on the same PostgreSQL database.
 */
export async function benchHttp(): Promise<void> {
  const database = await createScratchDatabase('sexhandel_bench');
  const dataDir = mkdtempSync(join(tmpdir(), 'sexhandel-bench-http-'));
  const dataKey = randomBytes(32).toString('base64');
  const rateLimit = '1000000/10';
  let ours: Server | undefined;
  let baseline: Server | undefined;
  const db = new Client({ connectionString: database.url });
  try {
    const started = Date.now();
    ours = await startProcess('ours', 'main.js', {
      DATABASE_URL: database.url,
      DATA_KEY: dataKey,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      // The limits would refuse the load: raised so the push measures work, not refusals.
      FORUM_POST_RATE_LIMIT: rateLimit,
      AUTH_REGISTER_PER_HOUR: String(MEMBERS * 2),
    });
    await db.connect();
    // Four at a time: argon2 runs on libuv's thread pool.
    const members: Member[] = [];
    for (let n = 0; n < MEMBERS; n += 4) {
      const server = ours;
      members.push(...(await Promise.all([n, n + 1, n + 2, n + 3].filter((m) => m < MEMBERS).map((m) => registerMember(server, m)))));
    }
    const { bigThread, replyThreads } = await seed(db);
    baseline = await startProcess('baseline', 'bench/baseline-server.js', { DATABASE_URL: database.url, DATA_KEY: dataKey, FORUM_POST_RATE_LIMIT: rateLimit });
    const head = ((await getJson(`${ours.url}/api/sync/pull?cursor=0&limit=1000`)) as { cursor: string }).cursor;
    const firstArticles = (await getJson(`${ours.url}/api/articles`)) as { nextCursor: string };
    const firstPosts = (await getJson(`${ours.url}/api/threads/${bigThread}/posts`)) as { nextCursor: string };

    let sent = 0;
    // \u-escaped to ASCII: autocannon sets content-length from the string length, not its bytes.
    const pushBody = (tag: string, member: number) =>
      asciiJson({
        mutations: Array.from({ length: PUSH_BATCH }, () => {
          sent += 1;
          return {
            id: randomUUID(),
            kind: 'post.create',
            payload: { threadId: replyThreads[member], body: `${tag} svar ${sent}: det hjalp å lese om andres erfaringer.` },
            createdAt: new Date().toISOString(),
          };
        }),
      });
    let nextMember = 0;
    const statuses: Record<string, Record<string, number>> = { ours: {}, baseline: {} };
    const firstFailure: Record<string, string> = {};
    const allRoutes: Route[] = [
      { label: 'GET /api/articles', requests: () => [{ method: 'GET', path: '/api/articles' }] },
      { label: `GET /api/threads/:id/posts`, requests: () => [{ method: 'GET', path: `/api/threads/${bigThread}/posts` }] },
      { label: 'GET /api/sync/pull (at head)', requests: () => [{ method: 'GET', path: `/api/sync/pull?cursor=${head}` }] },
      {
        label: `POST /api/sync/push (${PUSH_BATCH} posts)`,
        requests: (_server, tag) => [
          {
            method: 'POST',
            path: '/api/sync/push',
            // Uncompressed answers, so each one can be counted (applied / duplicate / rejected).
            setupRequest: (request) => {
              const member = nextMember++ % MEMBERS;
              return { ...request, headers: { ...members[member].headers, 'accept-encoding': 'identity' }, body: pushBody(tag, member) };
            },
            onResponse: (status, body) => {
              if (status !== 200) firstFailure[tag] ??= `${status} ${body.slice(0, 300)}`;
              if (status !== 200 || tag.endsWith('warmup')) return;
              for (const result of (JSON.parse(body) as PushResponse).results) statuses[tag][result.status] = (statuses[tag][result.status] ?? 0) + 1;
            },
          },
        ],
      },
    ];
    const only = process.env.BENCH_HTTP_ROUTES?.split(',');
    const routes = allRoutes.filter((route) => !only || only.some((word) => route.label.toLowerCase().includes(word)));
    const pushOnce = async (server: Server): Promise<PushResponse> => {
      const response = await fetch(`${server.url}/api/sync/push`, { method: 'POST', headers: members[0].headers, body: pushBody(`check-${server.name}`, 0) });
      if (!response.ok) throw new Error(`${server.name} push answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as PushResponse;
    };
    await assertSameAnswers(
      ours,
      baseline,
      [
        '/api/articles',
        `/api/articles?cursor=${firstArticles.nextCursor}&limit=50`,
        `/api/threads/${bigThread}/posts`,
        `/api/threads/${bigThread}/posts?after=${firstPosts.nextCursor}&limit=100`,
        `/api/sync/pull?cursor=${head}`,
        '/api/sync/pull?cursor=0&limit=20',
      ],
      pushOnce,
    );
    console.log(`\nHTTP load: seeded ${ARTICLES} articles, a thread of ${THREAD_POSTS.toLocaleString('en')} posts and ${MEMBERS} signed-in members in ${((Date.now() - started) / 1000).toFixed(1)} s; both servers answer the same JSON`);

    // RSS of both servers, sampled every 100 ms while the load runs.
    const rss = { ours: [] as number[], baseline: [] as number[] };
    const sampler = setInterval(() => {
      const a = rssMb(ours?.child.pid);
      const b = rssMb(baseline?.child.pid);
      if (a !== null) rss.ours.push(a);
      if (b !== null) rss.baseline.push(b);
    }, 100);
    const rssBefore = { ours: rssMb(ours.child.pid) ?? 0, baseline: rssMb(baseline.child.pid) ?? 0 };
    const rows: string[][] = [];
    const pushCounts: Record<string, { requests: number; failed: number }> = {};
    // Seconds from the start of the measured push load until the last push in flight had finished.
    const drainedAfter: Record<string, number> = {};
    try {
      for (const [index, route] of routes.entries()) {
        // Alternate who goes first (ABBA over the routes) so both share the machine's drift.
        const order = index % 2 === 0 ? [ours, baseline] : [baseline, ours];
        const results = new Map<string, AutocannonResult>();
        for (const server of order) {
          await load(server, route, `${server.name}-warmup`, WARMUP_SECONDS);
          await drain(db);
          const start = Date.now();
          results.set(server.name, await load(server, route, server.name, SECONDS));
          await drain(db);
          if (route.label.startsWith('POST')) drainedAfter[server.name] = (Date.now() - start) / 1000;
        }
        const a = results.get('ours') as AutocannonResult;
        const b = results.get('baseline') as AutocannonResult;
        if (route.label.startsWith('POST')) {
          pushCounts.ours = { requests: a['2xx'], failed: a.non2xx + a.errors + a.timeouts };
          pushCounts.baseline = { requests: b['2xx'], failed: b.non2xx + b.errors + b.timeouts };
        }
        // No answer inside the window (every request slower than the run): no latency to show.
        const p = (r: AutocannonResult, value: number) => (r['2xx'] + r.non2xx > 0 ? fmt(value) : `> ${SECONDS} s`);
        const ratio = (x: number, y: number) => (y > 0 ? (x / y).toFixed(2) : '–');
        rows.push([
          route.label,
          a.requests.average.toFixed(0),
          b.requests.average.toFixed(0),
          ratio(a.requests.average, b.requests.average),
          p(a, a.latency.p50),
          p(b, b.latency.p50),
          p(a, a.latency.p99),
          p(b, b.latency.p99),
          a['2xx'] > 0 && b['2xx'] > 0 ? ratio(a.latency.p99, b.latency.p99) : '–',
          `${a.non2xx}/${a.errors}/${a.timeouts} · ${b.non2xx}/${b.errors}/${b.timeouts}`,
        ]);
      }
    } finally {
      clearInterval(sampler);
    }
    printTable(
      `HTTP load on PostgreSQL: ours (built backend, own process, request logging on) vs a minimal Fastify+pg baseline with the same SQL and JSON; ${CONNECTIONS} connections × ${SECONDS} s each after ${WARMUP_SECONDS} s warm-up, alternating order`,
      ['route', 'ours req/s', 'base req/s', 'ratio req/s', 'ours p50', 'base p50', 'ours p99', 'base p99', 'ratio p99', 'non-2xx/errors/timeouts ours · base'],
      rows,
    );
    const rssEnd = { ours: rssMb(ours.child.pid) ?? 0, baseline: rssMb(baseline.child.pid) ?? 0 };
    const peak = (values: number[]) => Math.max(0, ...values);
    printTable(
      'Resident memory (VmRSS from /proc/<pid>/status, sampled every 100 ms under the load above)',
      ['process', 'before load', 'peak under load', 'end'],
      [
        ['ours', `${rssBefore.ours.toFixed(0)} MB`, `${peak(rss.ours).toFixed(0)} MB`, `${rssEnd.ours.toFixed(0)} MB`],
        ['baseline', `${rssBefore.baseline.toFixed(0)} MB`, `${peak(rss.baseline).toFixed(0)} MB`, `${rssEnd.baseline.toFixed(0)} MB`],
      ],
    );
    // BENCH_HTTP_ROUTES without the push: no push table.
    const pushRows: string[][] = [];
    for (const name of pushCounts.ours ? (['ours', 'baseline'] as const) : []) {
      const {
        rows: [{ n }],
      } = await db.query<{ n: string }>(`select count(*) as n from post where thread_id = any($1::uuid[]) and body like $2`, [replyThreads, `${name} svar %`]);
      const counted = statuses[name];
      pushRows.push([
        name,
        String(pushCounts[name].requests),
        String(counted.applied ?? 0),
        String(counted.duplicate ?? 0),
        String(counted.rejected ?? 0),
        String(pushCounts[name].failed),
        n,
        `${(Number(n) / drainedAfter[name]).toFixed(0)} (${drainedAfter[name].toFixed(1)} s)`,
      ]);
    }
    if (pushRows.length > 0) {
      printTable(
        `Pushes in the measured ${SECONDS} s (each request ${PUSH_BATCH} new post.create from one of ${MEMBERS} members, rate limit raised to ${rateLimit})`,
        ['server', 'answered 200', 'applied', 'duplicate', 'rejected', 'failed requests', 'posts stored (incl. in flight at the end)', 'posts/s until drained'],
        pushRows,
      );
    }
    for (const [tag, failure] of Object.entries(firstFailure)) console.log(`first failed push (${tag}): ${failure}`);
  } finally {
    await db.end().catch(() => undefined);
    await stopProcess(ours);
    await stopProcess(baseline);
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
