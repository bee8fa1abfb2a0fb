import { randomBytes, randomUUID } from 'node:crypto';
import { pickupCodeFromBytes, type Mutation, type MutationKind, type PushResponse } from '@sexhandel/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedIn, type CreatedAccount, type SignedInClient } from '../factories/account.factory';
import { osloDayOffset } from '../factories/sync.factory';
import { testEngine } from '../test-app';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import {
  createServerPlace,
  ensureBuiltServer,
  freePort,
  openPlaceDatabase,
  spawnServer,
  type ServerPlace,
  type SpawnedServer,
} from './spawned-server';

const DEVICES = 5;
const PER_DEVICE = 200;
const BATCH = 10;
const SEED = 20261129;
/** The whole run gives up (and fails) after this long, so a hang never blocks `npm test`. */
const RUN_BUDGET_MS = 200_000;

interface Device {
  name: string;
  headers: Record<string, string>;
  /** Like the frontend's outbox: a mutation stays until an answer says applied, duplicate or rejected. */
  outbox: Mutation[];
  sent: Record<'post.create' | 'contact.create' | 'visit.record', number>;
  statuses: Record<'applied' | 'duplicate' | 'rejected', number>;
  rejections: string[];
  retries: number;
}

interface Figures {
  engine: string;
  sent: number;
  requests: number;
  dropped: number;
  cut: number;
  repeated: number;
  delayed: number;
  upstreamDown: number;
  retries: number;
  restarts: number;
  applied: number;
  duplicate: number;
  rejected: number;
}

describe('sync under faults (5 devices x 200 mutations through a fault proxy, server killed midway)', () => {
  let place: ServerPlace;
  let server: SpawnedServer | null = null;
  let proxy: FaultProxy | null = null;
  let threadId: string;
  const members: (SignedInClient & CreatedAccount)[] = [];

  beforeAll(async () => {
    ensureBuiltServer();
    place = await createServerPlace({ FORUM_POST_RATE_LIMIT: '1000000/1' });
    // Arrange: members who accepted the rules, and a thread to post in (in-process, before the server holds the database).
    const arrange = await openPlaceDatabase(place);
    try {
      for (let i = 0; i < DEVICES; i++) {
        const member = await createSignedIn(arrange, { alias: `enhet-${i}-${randomUUID().slice(0, 6)}` });
        await arrange.sql('insert into forum_member (account_id, rules_accepted_at) values (?, now())', [
          member.account.id,
        ]);
        members.push(member);
      }
      threadId = randomUUID();
      await arrange.sql(
        `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked) values (?, 'Feiltest', ?, now(), now(), 0, false)`,
        [threadId, members[0]?.account.id],
      );
    } finally {
      await arrange.close();
    }
  });

  afterAll(async () => {
    await proxy?.close();
    await server?.kill('SIGKILL');
    await place?.drop();
  });

  it('applies every mutation exactly once and empties every outbox', { timeout: 300_000 }, async () => {
    const port = await freePort();
    server = await spawnServer(place.env, port);
    proxy = await startFaultProxy(
      port,
      { drop: 0.1, cut: 0.1, repeat: 0.1, delay: 0.2, maxDelayMs: 150 },
      SEED,
      (method, url) => method === 'POST' && url.startsWith('/api/sync/push'),
    );
    const proxyUrl = proxy.url;
    const today = osloDayOffset(0);
    const kinds: MutationKind[] = ['post.create', 'contact.create', 'visit.record'];
    const devices: Device[] = members.map((member, d) => {
      const device: Device = {
        name: `device-${d}`,
        headers: member.headers,
        outbox: [],
        sent: { 'post.create': 0, 'contact.create': 0, 'visit.record': 0 },
        statuses: { applied: 0, duplicate: 0, rejected: 0 },
        rejections: [],
        retries: 0,
      };
      for (let i = 0; i < PER_DEVICE; i++) {
        const kind = kinds[(i + d) % kinds.length] as 'post.create' | 'contact.create' | 'visit.record';
        const payload =
          kind === 'post.create'
            ? { threadId, body: `Innlegg ${i} fra enhet ${d}: takk for svaret, det hjalp (${randomUUID()})` }
            : kind === 'contact.create'
              ? {
                  topic: 'buying-sex',
                  body: `Melding ${i} fra enhet ${d}: jeg vil gjerne snakke med noen.`,
                  replyBy: 'pickup',
                  pickupCode: pickupCodeFromBytes(randomBytes(16)),
                }
              : { day: today, installed: i % 2 === 0 };
        device.outbox.push({ id: randomUUID(), kind, payload, createdAt: new Date().toISOString() });
        device.sent[kind] += 1;
      }
      return device;
    });
    const allIds = devices.flatMap((device) => device.outbox.map((m) => m.id));
    const total = allIds.length;
    const started = Date.now();
    let acknowledged = 0;
    let restarts = 0;
    let restarting: Promise<void> | null = null;

    const restartServer = async () => {
      await server?.kill('SIGKILL');
      restarts += 1;
      server = await spawnServer(place.env, port);
    };

    const flushDevice = async (device: Device) => {
      let backoff = 20;
      while (device.outbox.length > 0) {
        if (Date.now() - started > RUN_BUDGET_MS)
          throw new Error(`${device.name}: run budget exceeded with ${device.outbox.length} mutations left`);
        const batch = device.outbox.slice(0, BATCH);
        let body: PushResponse | null = null;
        try {
          const response = await fetch(`${proxyUrl}/api/sync/push`, {
            method: 'POST',
            headers: { ...device.headers, 'content-type': 'application/json' },
            body: JSON.stringify({ mutations: batch }),
            signal: AbortSignal.timeout(20_000),
          });
          if (response.status === 200) body = (await response.json()) as PushResponse;
          else await response.arrayBuffer();
        } catch {
          body = null;
        }
        if (!body) {
          device.retries += 1;
          await new Promise((done) => setTimeout(done, backoff));
          backoff = Math.min(backoff * 2, 500);
          continue;
        }
        backoff = 20;
        for (const result of body.results) {
          if (result.status === 'rejected')
            device.rejections.push(`${result.id}: ${result.error?.code ?? '?'} ${result.error?.message ?? ''}`);
          device.statuses[result.status] += 1;
          const index = device.outbox.findIndex((m) => m.id === result.id);
          if (index >= 0) {
            device.outbox.splice(index, 1);
            acknowledged += 1;
          }
        }
        // Midway, once: the server dies without warning (SIGKILL) and comes back on the same database.
        if (restarts === 0 && !restarting && acknowledged >= total / 2) restarting = restartServer();
      }
    };

    await Promise.all(devices.map((device) => flushDevice(device)));
    if (restarting) await restarting;

    const figures: Figures = {
      engine: testEngine(),
      sent: total,
      requests: proxy.counts.requests,
      dropped: proxy.counts.dropped,
      cut: proxy.counts.cut,
      repeated: proxy.counts.repeated,
      delayed: proxy.counts.delayed,
      upstreamDown: proxy.counts.upstreamDown,
      retries: devices.reduce((sum, d) => sum + d.retries, 0),
      restarts,
      applied: devices.reduce((sum, d) => sum + d.statuses.applied, 0),
      duplicate: devices.reduce((sum, d) => sum + d.statuses.duplicate, 0),
      rejected: devices.reduce((sum, d) => sum + d.statuses.rejected, 0),
    };
    console.log(`sync under faults (${figures.engine}): ${JSON.stringify(figures)}`);

    // Stop the server cleanly and count in the database itself.
    await server.kill('SIGTERM');
    server = null;
    const check = await openPlaceDatabase(place);
    try {
      const count = async (query: string, params: unknown[] = []) =>
        Number((await check.sql<{ n: string }>(query, params))[0]?.n);
      const sentOf = (kind: keyof Device['sent']) => devices.reduce((sum, d) => sum + d.sent[kind], 0);
      expect(devices.flatMap((d) => d.rejections)).toEqual([]);
      expect(devices.map((d) => d.outbox.length)).toEqual(devices.map(() => 0));
      expect(figures.restarts).toBe(1);
      expect(await count('select count(*) as n from post where thread_id = ?', [threadId])).toBe(sentOf('post.create'));
      expect(await count('select count(*) as n from contact_conversation')).toBe(sentOf('contact.create'));
      expect(await count('select coalesce(sum(visits), 0) as n from visit_count')).toBe(sentOf('visit.record'));
      expect(await count('select count(*) as n from applied_mutation')).toBe(total);
      expect(await count('select count(distinct id) as n from applied_mutation')).toBe(total);
      const known = new Set((await check.sql<{ id: string }>('select id from applied_mutation')).map((row) => row.id));
      expect(allIds.filter((id) => !known.has(id))).toEqual([]);
      const [thread] = await check.sql<{ post_count: number }>('select post_count from thread where id = ?', [
        threadId,
      ]);
      expect(Number(thread?.post_count)).toBe(sentOf('post.create'));
    } finally {
      await check.close();
    }
  });
});
