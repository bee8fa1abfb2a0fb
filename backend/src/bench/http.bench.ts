import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { Client } from 'pg';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type PushResponse } from '@sexhandel/shared';
import { createScratchDatabase } from '../database/scratch-database';
import { printTable } from './measure';

const ARTICLES = 500;
const THREAD_POSTS = 2_000;
const MEMBERS = 50;
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
const PUSH_BATCH = 10;
const PASSWORD = 'benchmark password 1';
const DIST = resolve(__dirname, '..');

interface Server {
  name: 'ours' | 'baseline';
  url: string;
  child: ChildProcess;
}

interface Member {
  headers: Record<string, string>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function startProcess(name: Server['name'], script: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(DIST, script)], {
    env: { PATH: process.env.PATH, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { name, url, child };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} (${script}) did not answer /api/health within 60 s`);
}

async function stopProcess(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

/** Resident memory of a process in MB, from /proc (null when it is gone or not Linux). */
function rssMb(pid: number | undefined): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Registers a member through our API (argon2, sealed e-mail), accepts the rules, returns its headers. */
async function registerMember(ours: Server, n: number): Promise<Member> {
  const response = await fetch(`${ours.url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ alias: `skribent-${n}`, email: `skribent-${n}@example.org`, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`register answered ${response.status}: ${await response.text()}`);
  const cookies = Object.fromEntries(response.headers.getSetCookie().map((line) => line.split(';')[0].split('=')));
  const headers = {
    cookie: `${SESSION_COOKIE}=${cookies[SESSION_COOKIE]}; ${CSRF_COOKIE}=${cookies[CSRF_COOKIE]}`,
    [CSRF_HEADER]: cookies[CSRF_COOKIE],
    'content-type': 'application/json',
  };
  const accepted = await fetch(`${ours.url}/api/forum/rules-acceptance`, { method: 'POST', headers, body: '{}' });
  if (!accepted.ok) throw new Error(`rules acceptance answered ${accepted.status}: ${await accepted.text()}`);
  return { headers };
}

/**
 * 500 published articles of realistic size (each with its discussion thread and its pull change),
 * one thread of 2,000 posts by the members, and an empty thread per member that the pushes reply to
 * (one hot thread would measure its row lock, not the server).
 */
async function seed(db: Client): Promise<{ bigThread: string; replyThreads: string[] }> {
  await db.query(
    `insert into article (id, slug, title, lead, markdown, html, author_name, author_role, tags, reading_minutes, published, published_at, created_at, updated_at)
     select gen_random_uuid(), 'artikkel-' || n, 'Artikkel nummer ' || n || ' om kjøp av sex', repeat('Ingress om tema. ', 12),
       repeat('Et avsnitt om kjøp av sex og menneskehandel. ', 60), repeat('<p>Et avsnitt om kjøp av sex og menneskehandel.</p>', 60),
       'Forfatter ' || (n % 12), 'researcher', array['forskning', 'lov'], 4, true,
       now() - make_interval(hours => n), now() - make_interval(hours => n), now() - make_interval(hours => n)
     from generate_series(1, $1::int) as n`,
    [ARTICLES],
  );
  await db.query(
    `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked, article_id)
     select gen_random_uuid(), 'Diskusjon: ' || title, null, published_at, published_at, 0, false, id from article`,
  );
  await db.query(
    `insert into sync_change (entity, entity_id, op, data, changed_at)
     select 'article', id, 'upsert', jsonb_build_object('title', title, 'slug', slug, 'lead', lead, 'html', html, 'authorName', author_name,
       'authorRole', author_role, 'tags', to_jsonb(tags), 'publishedAt', published_at), now()
     from article order by published_at`,
  );
  const {
    rows: [big],
  } = await db.query<{ id: string }>(
    `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked)
     values (gen_random_uuid(), 'En lang tråd', null, now() - interval '30 days', now(), $1, false) returning id`,
    [THREAD_POSTS],
  );
  await db.query(
    `with authors as (select array_agg(id order by alias_key) as ids from account)
     insert into post (id, thread_id, author_id, body, fingerprint, created_at, status, staff_voice)
     select gen_random_uuid(), $1, authors.ids[1 + n % array_length(authors.ids, 1)],
       'Innlegg ' || n || ': ' || repeat('Jeg har tenkt mye på dette og vil dele det. ', 8), md5(n::text),
       now() - interval '30 days' + make_interval(secs => n * 60), 'published', false
     from generate_series(1, $2::int) as n, authors`,
    [big.id, THREAD_POSTS],
  );
  const { rows: replies } = await db.query<{ id: string }>(
    `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked)
     select gen_random_uuid(), 'Svar her ' || n, null, now(), now(), 0, false from generate_series(1, $1::int) as n returning id`,
    [MEMBERS],
  );
  await db.query('analyze');
  return { bigThread: big.id, replyThreads: replies.map((row) => row.id) };
}

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
    const pushRows: string[][] = [];
    for (const name of ['ours', 'baseline'] as const) {
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
    printTable(
      `Pushes in the measured ${SECONDS} s (each request ${PUSH_BATCH} new post.create from one of ${MEMBERS} members, rate limit raised to ${rateLimit})`,
      ['server', 'answered 200', 'applied', 'duplicate', 'rejected', 'failed requests', 'posts stored (incl. in flight at the end)', 'posts/s until drained'],
      pushRows,
    );
    for (const [tag, failure] of Object.entries(firstFailure)) console.log(`first failed push (${tag}): ${failure}`);
  } finally {
    await db.end().catch(() => undefined);
    await stopProcess(ours);
    await stopProcess(baseline);
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
