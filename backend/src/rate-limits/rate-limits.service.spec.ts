import { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, TEST_PASSWORD } from '../../test/factories/account.factory';
import { readConversation } from '../../test/factories/contact.factory';
import { createTestApp, testEngine, type TestApp } from '../../test/test-app';
import { AuthRateLimiter, DEFAULT_AUTH_RATE_LIMITS } from '../accounts/auth-rate-limiter';
import { ContactRateLimiter } from '../contact/contact-rate-limiter';
import { FieldCipher } from '../crypto/field-cipher';
import { RateLimitsRepository } from './rate-limits.repository';
import { RATE_LIMIT_KEY_LIFETIME_MS, RateLimitsService } from './rate-limits.service';

const MINUTE = 60_000;

interface KeyRow {
  generation: number;
  secret_sealed: string;
  created_at: Date | string;
}

describe(RateLimitsService.name, () => {
  let sut: TestApp;
  let now: number;
  /** A node of its own (own key cache) on the test app's database, on a clock the tests move. */
  const node = () =>
    new RateLimitsService(
      sut.app.get(EntityManager),
      sut.app.get(FieldCipher),
      sut.app.get(RateLimitsRepository),
      () => new Date(now),
    );
  const keys = () =>
    sut.sql<KeyRow>('select generation, secret_sealed, created_at from rate_limit_key order by generation');
  const hitCount = async () => Number((await sut.sql<{ n: string }>('select count(*) as n from rate_limit_hit'))[0]?.n);

  beforeAll(async () => {
    sut = await createTestApp();
  });
  beforeEach(async () => {
    now = Date.now();
    await sut.app.get(RateLimitsService).forgetAll();
  });
  afterAll(async () => sut.close());

  describe('hit', () => {
    it('counts in one statement: hits at once each get their own count', async () => {
      const counters = node();
      const key = await counters.keyOf('test', 'someone');
      const counts = await Promise.all(Array.from({ length: 12 }, () => counters.hit(key, MINUTE)));
      expect(counts.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    });

    it('starts again once the window is over; an expired row counts for nothing and the sweep deletes it', async () => {
      const counters = node();
      const key = await counters.keyOf('test', 'someone');
      await counters.hit(key, MINUTE);
      expect((await counters.hit(key, MINUTE)).count).toBe(2);
      now += MINUTE;
      expect(await counters.find(key)).toBeNull();
      expect(await counters.sweepNow()).toBe(1);
      expect(await hitCount()).toBe(0);
      await counters.hit(key, MINUTE);
      now += MINUTE + 1;
      expect((await counters.hit(key, MINUTE)).count).toBe(1);
    });
  });

  describe('keyOf', () => {
    it('keys by limit and subject, the same on every node, and stores no subject in clear', async () => {
      const [a, b] = [node(), node()];
      const key = await a.keyOf('login-failures', 'nattugla');
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(await b.keyOf('login-failures', 'nattugla')).toBe(key);
      expect(await a.keyOf('registration', 'nattugla')).not.toBe(key);
      expect(await a.keyOf('login-failures', 'nattugla2')).not.toBe(key);
      const [stored] = await keys();
      expect(stored?.secret_sealed).toMatch(/^v1\./);
    });
  });

  it('stored counters hold no alias, alias key or address: only HMACs', async () => {
    await sut.app
      .get(AuthRateLimiter)
      .configure({ ...DEFAULT_AUTH_RATE_LIMITS, loginSlowDelayMs: 0, loginLockAfter: 1 });
    const { alias } = await createAccount(sut, { alias: `Sporlos${now % 100000}` });
    const address = '203.0.113.77';
    const post = (url: string, payload: object) =>
      sut.app.inject({ method: 'POST', url, payload, remoteAddress: address });
    expect((await post('/api/auth/login', { alias, password: 'not the password' })).statusCode).toBe(401);
    expect((await post('/api/auth/login', { alias, password: TEST_PASSWORD })).statusCode).toBe(429);
    const signup = `Ny${now % 100000}`;
    expect(
      (await post('/api/auth/register', { alias: signup, email: `${signup}@example.org`, password: TEST_PASSWORD }))
        .statusCode,
    ).toBe(201);
    expect((await post('/api/auth/password-reset/request', { email: 'someone@example.org' })).statusCode).toBe(202);
    expect((await readConversation(sut, 'AAAA-BBBB-CCCC-DDDD', address)).statusCode).toBe(404);

    const rows = await sut.sql<{ key: string; text: string }>('select key, h::text as text from rate_limit_hit h');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(row.key).toMatch(/^[0-9a-f]{64}$/);
    const stored = [...rows.map((row) => row.text), ...(await keys()).map((row) => row.secret_sealed)].join('\n');
    for (const clear of [alias, alias.toLowerCase(), signup.toLowerCase(), address, '203.0.113', 'login', 'unknown']) {
      expect(stored.toLowerCase()).not.toContain(clear.toLowerCase());
    }
    await sut.app.get(AuthRateLimiter).configure(DEFAULT_AUTH_RATE_LIMITS);
  });

  // PGlite is one process's database: only PostgreSQL can have a second node.
  describe.skipIf(testEngine() !== 'postgresql')('two nodes on one PostgreSQL database', () => {
    let second: TestApp;
    const nodes = () => [sut, second] as const;

    beforeAll(async () => {
      second = await createTestApp({}, { databaseOf: sut });
    });
    afterAll(async () => second?.close());

    it('share one failed-login count: N nodes do not give N times the attempts', async () => {
      for (const app of nodes()) {
        await app.app.get(AuthRateLimiter).configure({ loginSlowAfter: 10, loginSlowDelayMs: 0, loginLockAfter: 4 });
      }
      const { alias } = await createAccount(sut);
      const answers: number[] = [];
      for (let i = 0; i < 4; i++) {
        const app = nodes()[i % 2] as TestApp;
        const response = await app.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { alias, password: 'not the password' },
        });
        answers.push(response.statusCode);
      }
      expect(answers).toEqual([401, 401, 401, 401]);
      for (const app of nodes()) {
        const locked = await app.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { alias, password: TEST_PASSWORD },
        });
        expect(locked.statusCode).toBe(429);
      }
    });

    it('share one sign-up count per client', async () => {
      for (const app of nodes()) await app.app.get(AuthRateLimiter).configure({ registerMax: 3 });
      const answers: number[] = [];
      for (let i = 0; i < 5; i++) {
        const alias = `Tonoder${i}x${now % 100000}`;
        const response = await (nodes()[i % 2] as TestApp).app.inject({
          method: 'POST',
          url: '/api/auth/register',
          remoteAddress: '198.51.100.40',
          payload: { alias, email: `${alias}@example.org`, password: TEST_PASSWORD },
        });
        answers.push(response.statusCode);
      }
      expect(answers).toEqual([201, 201, 201, 429, 429]);
      await sut.app.get(AuthRateLimiter).configure(DEFAULT_AUTH_RATE_LIMITS);
    });

    it('share one wrong pick-up-code count per client', async () => {
      for (const app of nodes()) await app.app.get(ContactRateLimiter).configure({ maxFailures: 3 });
      const answers: number[] = [];
      for (let i = 0; i < 4; i++) {
        answers.push((await readConversation(nodes()[i % 2] as TestApp, 'AAAA-BBBB-CCCC-DDDD', '10.7.7.7')).statusCode);
      }
      expect(answers).toEqual([404, 404, 404, 429]);
      await sut.app.get(ContactRateLimiter).configure({ maxFailures: 10 });
    });
  });

  // Last: the app's own nodes keep the replaced key cached (until its 24 h are up), so nothing may count after this.
  it('replaces the key after 24 hours on whichever node comes first, deleting the old key and its counters', async () => {
    const [a, b] = [node(), node()];
    const before = await a.keyOf('test', 'someone');
    await b.keyOf('test', 'someone');
    await a.hit(before, 48 * 60 * MINUTE);
    const [old] = await keys();
    now = new Date(old?.created_at ?? 0).getTime() + RATE_LIMIT_KEY_LIFETIME_MS - 1;
    expect(await a.keyOf('test', 'someone')).toBe(before);
    now += 1;
    // Both nodes notice at once: one new key wins and both use it.
    const [fromA, fromB] = await Promise.all([a.keyOf('test', 'someone'), b.keyOf('test', 'someone')]);
    expect(fromA).not.toBe(before);
    expect(fromB).toBe(fromA);
    const after = await keys();
    expect(after).toHaveLength(1);
    expect(after[0]?.generation).toBe((old?.generation ?? 0) + 1);
    expect(after[0]?.secret_sealed).not.toBe(old?.secret_sealed);
    expect(await hitCount()).toBe(0);
  });
});
