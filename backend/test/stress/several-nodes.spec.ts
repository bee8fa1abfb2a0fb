import { randomUUID } from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type MeDto, type PushResponse } from '@sexhandel/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiesOf, createAccount, TEST_PASSWORD, type CreatedAccount } from '../factories/account.factory';
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

const ROUNDS = 20;

async function login(node: SpawnedServer, alias: string): Promise<Record<string, string>> {
  const response = await fetch(`${node.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ alias, password: TEST_PASSWORD }),
    signal: AbortSignal.timeout(30_000),
  });
  expect(response.status).toBe(200);
  const cookies = cookiesOf(response.headers.getSetCookie());
  const session = cookies[SESSION_COOKIE] ?? '';
  const csrf = cookies[CSRF_COOKIE] ?? '';
  return { cookie: `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`, [CSRF_HEADER]: csrf };
}

async function me(node: SpawnedServer, headers: Record<string, string>): Promise<{ status: number; alias?: string }> {
  const response = await fetch(`${node.url}/api/auth/me`, { headers, signal: AbortSignal.timeout(30_000) });
  if (response.status !== 200) {
    await response.arrayBuffer();
    return { status: response.status };
  }
  return { status: 200, alias: ((await response.json()) as MeDto).alias };
}

// Several API nodes share one PostgreSQL; PGlite is one process's database, so a second node cannot open it by design.
describe.skipIf(testEngine() !== 'postgresql')('several nodes (two API processes on one PostgreSQL database)', () => {
  let place: ServerPlace;
  let member: CreatedAccount;
  let threadId: string;
  const nodes: SpawnedServer[] = [];

  beforeAll(async () => {
    ensureBuiltServer();
    place = await createServerPlace({ FORUM_POST_RATE_LIMIT: '1000000/1' });
    // Migrate once before the nodes start, then arrange a member who accepted the rules and a thread.
    const arrange = await openPlaceDatabase(place);
    try {
      member = await createAccount(arrange);
      await arrange.sql('insert into forum_member (account_id, rules_accepted_at) values (?, now())', [
        member.account.id,
      ]);
      threadId = randomUUID();
      await arrange.sql(
        `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked) values (?, 'To noder', ?, now(), now(), 0, false)`,
        [threadId, member.account.id],
      );
    } finally {
      await arrange.close();
    }
    const [a, b] = await Promise.all([freePort(), freePort()]);
    nodes.push(await spawnServer(place.env, a), await spawnServer(place.env, b));
  });

  afterAll(async () => {
    for (const node of nodes) await node.kill('SIGTERM');
    await place?.drop();
  });

  it('honours a session made on one node on the other, and a logout on one ends it on both', async () => {
    const [a, b] = nodes as [SpawnedServer, SpawnedServer];
    const headers = await login(a, member.alias);
    expect(await me(a, headers)).toEqual({ status: 200, alias: member.alias });
    expect(await me(b, headers)).toEqual({ status: 200, alias: member.alias });
    const logout = await fetch(`${b.url}/api/auth/logout`, {
      method: 'POST',
      headers,
      signal: AbortSignal.timeout(30_000),
    });
    expect(logout.status).toBe(204);
    expect((await me(a, headers)).status).toBe(401);
  });

  it(
    `applies the same mutation pushed to both nodes at once exactly once (${ROUNDS} rounds)`,
    { timeout: 180_000 },
    async () => {
      const [a, b] = nodes as [SpawnedServer, SpawnedServer];
      const headers = { ...(await login(b, member.alias)), 'content-type': 'application/json' };
      const outcomes: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const mutation = {
          id: randomUUID(),
          kind: 'post.create',
          payload: { threadId, body: `Samme innlegg sendt til to noder, runde ${round} (${randomUUID()})` },
          createdAt: new Date().toISOString(),
        };
        const body = JSON.stringify({ mutations: [mutation] });
        const answers = await Promise.all(
          [a, b].map(async (node) => {
            const response = await fetch(`${node.url}/api/sync/push`, {
              method: 'POST',
              headers,
              body,
              signal: AbortSignal.timeout(30_000),
            });
            expect(response.status).toBe(200);
            return ((await response.json()) as PushResponse).results[0];
          }),
        );
        const statuses = answers.map((r) => r?.status).sort();
        outcomes.push(statuses.join('+'));
        // The duplicate carries the same result as the applied answer.
        expect(answers[0]?.result).toEqual(answers[1]?.result);
      }
      expect(outcomes).toEqual(Array.from({ length: ROUNDS }, () => 'applied+duplicate'));
      for (const node of nodes) await node.kill('SIGTERM');
      nodes.length = 0;
      const check = await openPlaceDatabase(place);
      try {
        const [posts] = await check.sql<{ n: string }>('select count(*) as n from post where thread_id = ?', [
          threadId,
        ]);
        const [applied] = await check.sql<{ n: string }>(
          `select count(*) as n from applied_mutation where kind = 'post.create'`,
        );
        expect(Number(posts?.n)).toBe(ROUNDS);
        expect(Number(applied?.n)).toBe(ROUNDS);
      } finally {
        await check.close();
      }
    },
  );
});
