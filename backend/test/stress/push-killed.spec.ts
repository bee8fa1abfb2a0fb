import { randomUUID } from 'node:crypto';
import type { Mutation, PushResponse } from '@sexhandel/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedIn } from '../factories/account.factory';
import { testEngine } from '../test-app';
import {
  createServerPlace,
  ensureBuiltServer,
  freePort,
  openPlaceDatabase,
  spawnServer,
  type ServerPlace,
  type SpawnedServer,
} from './spawned-server';

const BATCH = 200;

/** True while some connection other than ours is inside a transaction on the place's database. */
async function pushInFlight(place: ServerPlace): Promise<boolean> {
  const check = await openPlaceDatabase(place);
  try {
    const rows = await check.sql<{ n: string }>(
      `select count(*) as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`,
    );
    return Number(rows[0]?.n) > 0;
  } finally {
    await check.close();
  }
}

describe('a node killed in the middle of a push', () => {
  let place: ServerPlace;
  let server: SpawnedServer | null = null;
  let headers: Record<string, string>;
  let threadId: string;

  beforeAll(async () => {
    ensureBuiltServer();
    // One batch, one transaction: the budget is large so the kill lands inside it.
    place = await createServerPlace({ FORUM_POST_RATE_LIMIT: '1000000/1', PUSH_TIME_BUDGET_MS: '60000' });
    const arrange = await openPlaceDatabase(place);
    try {
      const member = await createSignedIn(arrange, { alias: `drept-${randomUUID().slice(0, 6)}` });
      await arrange.sql('insert into forum_member (account_id, rules_accepted_at) values (?, now())', [
        member.account.id,
      ]);
      headers = { ...member.headers, 'content-type': 'application/json' };
      threadId = randomUUID();
      await arrange.sql(
        `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked) values (?, 'Drept midt i', ?, now(), now(), 0, false)`,
        [threadId, member.account.id],
      );
    } finally {
      await arrange.close();
    }
  });

  afterAll(async () => {
    await server?.kill('SIGKILL');
    await place?.drop();
  });

  it(
    'keeps nothing of the batch it was applying; the resend applies every post once',
    { timeout: 180_000 },
    async () => {
      const port = await freePort();
      server = await spawnServer(place.env, port);
      const batch: Mutation[] = Array.from({ length: BATCH }, (_, i) => ({
        id: randomUUID(),
        kind: 'post.create',
        payload: { threadId, body: `Innlegg ${i}: sendt rett før serveren døde (${randomUUID()})` },
        createdAt: new Date().toISOString(),
      }));
      const send = () =>
        fetch(`${server?.url}/api/sync/push`, { method: 'POST', headers, body: JSON.stringify({ mutations: batch }) });

      const cut = send().then(
        (response) => `answered ${response.status}`,
        () => 'cut',
      );
      if (testEngine() === 'postgresql') {
        // Kill only once the batch's transaction is open, so the kill lands inside it.
        const deadline = Date.now() + 30_000;
        while (!(await pushInFlight(place))) {
          if (Date.now() > deadline) throw new Error('the push never opened a transaction');
          await new Promise((done) => setTimeout(done, 20));
        }
      } else {
        // The embedded database cannot be watched while the server holds it: 200 posts take seconds there.
        await new Promise((done) => setTimeout(done, 400));
      }
      await server.kill('SIGKILL');
      expect(await cut).toBe('cut');

      // All or nothing: the batch was one transaction, and it never committed.
      const afterKill = await openPlaceDatabase(place);
      try {
        const [posts] = await afterKill.sql<{ n: string }>('select count(*) as n from post where thread_id = ?', [
          threadId,
        ]);
        const [applied] = await afterKill.sql<{ n: string }>('select count(*) as n from applied_mutation');
        expect([Number(posts?.n), Number(applied?.n)]).toEqual([0, 0]);
      } finally {
        await afterKill.close();
      }

      // The device sends the same batch again, to a node that came back: every post once.
      server = await spawnServer(place.env, port);
      const resend = (await (await send()).json()) as PushResponse;
      expect(resend.results.map((result) => result.status)).toEqual(batch.map(() => 'applied'));
      const again = (await (await send()).json()) as PushResponse;
      expect(again.results.map((result) => result.status)).toEqual(batch.map(() => 'duplicate'));
      await server.kill('SIGTERM');
      server = null;

      const check = await openPlaceDatabase(place);
      try {
        const count = async (query: string, params: unknown[] = []) =>
          Number((await check.sql<{ n: string }>(query, params))[0]?.n);
        expect(await count('select count(*) as n from post where thread_id = ?', [threadId])).toBe(BATCH);
        expect(await count('select count(distinct body) as n from post where thread_id = ?', [threadId])).toBe(BATCH);
        expect(await count('select post_count as n from thread where id = ?', [threadId])).toBe(BATCH);
        expect(await count('select count(*) as n from applied_mutation')).toBe(BATCH);
      } finally {
        await check.close();
      }
    },
  );
});
