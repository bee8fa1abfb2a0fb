import { randomUUID } from 'node:crypto';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  type Mutation,
  type PostPageDto,
  type PushResponse,
} from '@sexhandel/shared';
import { AccountsService } from '../../backend/dist/accounts/accounts.service';
import type { DatabaseEngine } from '../../backend/dist/config/app-config';
import { cursorTimeSql, encodeKeysetCursor } from '../../backend/dist/forum/forum-cursor';
import { startBenchApp, type BenchApp } from './bench-app';
import { fmtMs, printTable, quantile, sample, timeMs } from './measure';

const THREAD_POSTS = 100_000;
const PAGE_SIZE = 25;
const FAR_PAGE = 4_000;
const READ_SAMPLES = 200;
const QUEUED_POSTS = 1_000;
const BATCH = 100;
const PASSWORD = 'benchmark password 1';

/** A thread of THREAD_POSTS posts by 100 authors, one second apart, inserted in one statement. */
async function seedBigThread(bench: BenchApp): Promise<string> {
  await bench.sql(
    `insert into account (id, alias, alias_key, email_sealed, email_index, password_hash, roles, created_at)
     select gen_random_uuid(), 'forfatter-' || n, 'forfatter-' || n, 'none', 'bench-' || n, 'none', '{member}', now() - interval '1 year'
     from generate_series(1, 100) as n`,
  );
  const threadId = randomUUID();
  const start = new Date(Date.now() - THREAD_POSTS * 1000 - 3_600_000);
  await bench.sql(
    `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked)
     values (?, 'En lang tråd', null, ?, ?::timestamptz + make_interval(secs => ?), ?, false)`,
    [threadId, start, start, THREAD_POSTS, THREAD_POSTS],
  );
  await bench.sql(
    `with authors as (select array_agg(id order by alias_key) as ids from account where alias_key like 'forfatter-%')
     insert into post (id, thread_id, author_id, body, fingerprint, created_at, status, staff_voice)
     select gen_random_uuid(), ?, authors.ids[1 + n % 100],
       'Innlegg ' || n || ': ' || repeat('Jeg har tenkt mye på dette og vil dele det. ', 8),
       md5(n::text), ?::timestamptz + make_interval(secs => n), 'published', false
     from generate_series(1, ?) as n, authors`,
    [threadId, start, THREAD_POSTS],
  );
  await bench.sql('analyze post');
  await bench.sql('analyze thread');
  return threadId;
}

/** The keyset cursor that starts page `page` (computed directly from post #(page-1)*size). */
async function cursorForPage(bench: BenchApp, threadId: string, page: number): Promise<string> {
  const [row] = await bench.sql<{ id: string; at: string }>(
    `select id, ${cursorTimeSql('created_at')} as at from post where thread_id = ? order by created_at, id offset ? limit 1`,
    [threadId, (page - 1) * PAGE_SIZE - 1],
  );
  return encodeKeysetCursor({ at: row.at, id: row.id });
}

async function fetchPage(bench: BenchApp, threadId: string, after: string | null): Promise<PostPageDto> {
  const response = await fetch(
    `${bench.baseUrl}/api/threads/${threadId}/posts?limit=${PAGE_SIZE}${after ? `&after=${after}` : ''}`,
  );
  if (!response.ok) throw new Error(`posts page answered ${response.status}`);
  return (await response.json()) as PostPageDto;
}

/** A member who accepted the rules, signed in over HTTP: returns the headers a browser would send. */
async function signedInMember(bench: BenchApp): Promise<Record<string, string>> {
  const account = await bench.app
    .get(AccountsService)
    .createAccount({ alias: 'skribent', email: 'skribent@example.org', password: PASSWORD }, ['member']);
  await bench.sql(`insert into forum_member (account_id, rules_accepted_at) values (?, now())`, [account.id]);
  const response = await fetch(`${bench.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ alias: 'skribent', password: PASSWORD }),
  });
  const cookies = Object.fromEntries(response.headers.getSetCookie().map((line) => line.split(';')[0].split('=')));
  return {
    cookie: `${SESSION_COOKIE}=${cookies[SESSION_COOKIE]}; ${CSRF_COOKIE}=${cookies[CSRF_COOKIE]}`,
    [CSRF_HEADER]: cookies[CSRF_COOKIE],
  };
}

async function pushBatch(
  bench: BenchApp,
  headers: Record<string, string>,
  mutations: Mutation[],
): Promise<PushResponse> {
  const response = await fetch(`${bench.baseUrl}/api/sync/push`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  });
  if (!response.ok) throw new Error(`push answered ${response.status}`);
  return (await response.json()) as PushResponse;
}

function statusCount(responses: PushResponse[], status: string): number {
  return responses.flatMap((response) => response.results).filter((result) => result.status === status).length;
}

export async function benchForum(engines: DatabaseEngine[]): Promise<void> {
  const readRows: string[][] = [];
  const writeRows: string[][] = [];
  for (const engine of engines) {
    const bench = await startBenchApp(engine, { FORUM_POST_RATE_LIMIT: '100000/10' });
    try {
      const seedMs = await timeMs(() => seedBigThread(bench));
      const [{ id: threadId }] = await bench.sql<{ id: string }>(`select id from thread where title = 'En lang tråd'`);
      const farCursor = await cursorForPage(bench, threadId, FAR_PAGE);
      const far = await fetchPage(bench, threadId, farCursor);
      if (
        far.items.length !== PAGE_SIZE ||
        far.hasMore ||
        !far.items[0].body?.startsWith(`Innlegg ${THREAD_POSTS - PAGE_SIZE + 1}:`)
      ) {
        throw new Error('page 4,000 is not the last 25 posts');
      }
      // Interleaved, so both pages see the same machine noise.
      const first: number[] = [];
      const last: number[] = [];
      for (let round = 0; round < READ_SAMPLES; round++) {
        first.push(...(await sample(1, () => fetchPage(bench, threadId, null), round === 0 ? 20 : 0)));
        last.push(...(await sample(1, () => fetchPage(bench, threadId, farCursor), round === 0 ? 20 : 0)));
      }
      const ratio = quantile(last, 0.5) / quantile(first, 0.5);
      readRows.push([
        engine,
        fmtMs(seedMs),
        fmtMs(quantile(first, 0.5)),
        fmtMs(quantile(first, 0.95)),
        fmtMs(quantile(last, 0.5)),
        fmtMs(quantile(last, 0.95)),
        ratio.toFixed(2),
      ]);

      const headers = await signedInMember(bench);
      const [{ id: replyThread }] = await bench.sql<{ id: string }>(
        `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked)
         values (gen_random_uuid(), 'Svar her', null, now(), now(), 0, false) returning id`,
      );
      const batches: Mutation[][] = [];
      for (let b = 0; b < QUEUED_POSTS / BATCH; b++) {
        batches.push(
          Array.from({ length: BATCH }, (_, n) => ({
            id: randomUUID(),
            kind: 'post.create' as const,
            payload: {
              threadId: replyThread,
              body: `Kladd nummer ${b * BATCH + n} som ble sendt da nettet kom tilbake.`,
            },
            createdAt: new Date().toISOString(),
          })),
        );
      }
      const applied: PushResponse[] = [];
      const applyMs = await timeMs(async () => {
        for (const batch of batches) applied.push(await pushBatch(bench, headers, batch));
      });
      const replayed: PushResponse[] = [];
      const replayMs = await timeMs(async () => {
        for (const batch of batches) replayed.push(await pushBatch(bench, headers, batch));
      });
      const [{ n: stored }] = await bench.sql<{ n: string }>('select count(*) as n from post where thread_id = ?', [
        replyThread,
      ]);
      if (
        statusCount(applied, 'applied') !== QUEUED_POSTS ||
        statusCount(replayed, 'duplicate') !== QUEUED_POSTS ||
        Number(stored) !== QUEUED_POSTS
      ) {
        throw new Error(
          `expected ${QUEUED_POSTS} applied, ${QUEUED_POSTS} duplicates and ${QUEUED_POSTS} posts; got ${statusCount(applied, 'applied')}, ${statusCount(replayed, 'duplicate')}, ${stored}`,
        );
      }
      writeRows.push([
        engine,
        fmtMs(applyMs),
        `${((QUEUED_POSTS / applyMs) * 1000).toFixed(0)}/s`,
        fmtMs(replayMs),
        `${((QUEUED_POSTS / replayMs) * 1000).toFixed(0)}/s`,
        String(Number(stored)),
      ]);
    } finally {
      await bench.close();
    }
  }
  printTable(
    `Forum thread of ${THREAD_POSTS.toLocaleString('en')} posts: page 1 vs page ${FAR_PAGE.toLocaleString('en')} (${PAGE_SIZE} a page, keyset; median/p95 of ${READ_SAMPLES}, interleaved)`,
    ['engine', 'bulk insert', 'page 1 p50', 'page 1 p95', `page ${FAR_PAGE} p50`, `page ${FAR_PAGE} p95`, 'ratio p50'],
    readRows,
  );
  printTable(
    `Outbox flush: ${QUEUED_POSTS.toLocaleString('en')} queued post.create pushed in batches of ${BATCH} by one member, then the same batches replayed`,
    ['engine', 'apply all', 'posts/s', 'replay all', 'duplicates/s', 'posts stored'],
    writeRows,
  );
}
