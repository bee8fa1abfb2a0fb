import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type MeDto } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cookiesOf, createAccount, createSignedIn, signIn, TEST_PASSWORD } from '../../test/factories/account.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { REGISTRATION_REFUSED_MESSAGE } from './auth-errors';
import { AuthController } from './auth.controller';
import { AuthRateLimiter, DEFAULT_AUTH_RATE_LIMITS } from './auth-rate-limiter';

interface AccountRow {
  id: string;
  alias: string;
  password_hash: string;
}

describe(AuthController.name, () => {
  let sut: TestApp;
  let limiter: AuthRateLimiter;
  let counter = 0;
  const uniqueAlias = (base = 'Bruker') => `${base}${++counter}x${Date.now() % 100000}`;
  const register = (payload: Record<string, unknown>) =>
    sut.app.inject({ method: 'POST', url: '/api/auth/register', payload });
  const login = (alias: string, password: string) =>
    sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { alias, password } });
  const me = (cookie?: string) =>
    sut.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookie ? { cookie } : {} });
  const accountCount = async () => Number((await sut.sql<{ n: string }>('select count(*) as n from "account"'))[0]?.n);

  beforeAll(async () => {
    sut = await createTestApp();
    limiter = sut.app.get(AuthRateLimiter);
  });
  beforeEach(() => limiter.configure({ ...DEFAULT_AUTH_RATE_LIMITS, loginSlowDelayMs: 0 }));
  afterAll(async () => sut.close());

  describe('registerAccount', () => {
    it('creates a member, signs them in and answers with MeDto', async () => {
      const alias = uniqueAlias('Nattugla');
      const response = await register({ alias, email: `${alias}@example.org`, password: 'a long enough secret' });
      expect(response.statusCode).toBe(201);
      const body = response.json<MeDto>();
      expect(body).toEqual({ id: expect.any(String), alias, roles: ['member'], joinedAt: expect.any(String) });
      expect(response.body).not.toContain('example.org');

      const cookies = cookiesOf(response.headers['set-cookie']);
      expect(cookies[SESSION_COOKIE]).toMatch(/^[\w-]{43}$/);
      expect(cookies[CSRF_COOKIE]).toBeTruthy();
      const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
      const session = setCookie.find((line) => line.startsWith(`${SESSION_COOKIE}=`)) ?? '';
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Strict/i);
      expect(session).toMatch(/Path=\//);
      const csrf = setCookie.find((line) => line.startsWith(`${CSRF_COOKIE}=`)) ?? '';
      expect(csrf).not.toMatch(/HttpOnly/i);
      expect(csrf).toMatch(/SameSite=Strict/i);

      const check = await me(`${SESSION_COOKIE}=${cookies[SESSION_COOKIE]}`);
      expect(check.statusCode).toBe(200);
      expect(check.json<MeDto>().alias).toBe(alias);
    });

    it('stores an argon2id hash and only the session token hash', async () => {
      const alias = uniqueAlias();
      const response = await register({ alias, email: `${alias}@example.org`, password: 'a long enough secret' });
      const token = cookiesOf(response.headers['set-cookie'])[SESSION_COOKIE] ?? '';
      const [row] = await sut.sql<AccountRow>('select * from "account" where alias = ?', [alias]);
      expect(row?.password_hash).toMatch(/^\$argon2id\$/);
      const sessions = await sut.sql<Record<string, unknown>>('select s.* from "session" s where s.account_id = ?', [
        row?.id,
      ]);
      expect(sessions).toHaveLength(1);
      expect(JSON.stringify(sessions)).not.toContain(token);
    });

    it('answers 409 alias_taken for a taken alias, ignoring case', async () => {
      const alias = uniqueAlias('Skogsmus');
      await createAccount(sut, { alias });
      const response = await register({
        alias: alias.toUpperCase(),
        email: `other-${alias}@example.org`,
        password: TEST_PASSWORD,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        statusCode: 409,
        error: 'Conflict',
        code: 'alias_taken',
        message: 'That alias is taken',
      });
    });

    it('gives an e-mail in use exactly the answer of a reserved alias', async () => {
      const existing = await createAccount(sut, { email: 'Someone@Example.org' });
      const before = await accountCount();
      const emailInUse = await register({
        alias: uniqueAlias(),
        email: '  someone@example.ORG ',
        password: TEST_PASSWORD,
      });
      const reserved = await register({
        alias: 'Admin',
        email: `fresh-${counter}@example.org`,
        password: TEST_PASSWORD,
      });
      expect(reserved.statusCode).toBe(400);
      expect(emailInUse.statusCode).toBe(reserved.statusCode);
      expect(emailInUse.body).toBe(reserved.body);
      expect(reserved.json()).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'registration_refused',
        message: REGISTRATION_REFUSED_MESSAGE,
      });
      expect(emailInUse.headers['set-cookie']).toBeUndefined();
      expect(await accountCount()).toBe(before);
      expect(existing.account.id).toBeTruthy();
    });

    it.each([
      ['a short password', { password: 'short' }],
      ['an alias with a symbol', { alias: 'bad<alias>' }],
      ['a too short alias', { alias: 'ab' }],
      ['a too long alias', { alias: 'a'.repeat(33) }],
      ['a bad e-mail', { email: 'not-an-address' }],
      ['a too long e-mail', { email: `${'a'.repeat(250)}@example.org` }],
      ['a missing e-mail', { email: undefined }],
      ['an unknown extra field', { isAdmin: true }],
      ['a non-string password', { password: 12345678901 }],
    ])('refuses %s with 400 and writes nothing', async (_name, change) => {
      const alias = uniqueAlias();
      const before = await accountCount();
      const response = await register({ alias, email: `${alias}@example.org`, password: TEST_PASSWORD, ...change });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ statusCode: 400, message: expect.anything() });
      expect(await accountCount()).toBe(before);
    });

    it('keeps no plain e-mail anywhere in the account table', async () => {
      const email = `Private.Person.${counter}@Example.org`;
      await register({ alias: uniqueAlias(), email, password: TEST_PASSWORD });
      const rows = await sut.sql<{ text: string }>('select a::text as text from "account" a');
      expect(rows.length).toBeGreaterThan(0);
      const all = rows.map((row) => row.text.toLowerCase()).join('\n');
      expect(all).not.toContain(email.toLowerCase());
      expect(all).not.toContain('private.person');
      expect(all).not.toContain('example.org');
    });

    it('limits sign-ups per client with 429', async () => {
      await limiter.configure({ registerMax: 2 });
      const answers: number[] = [];
      for (let i = 0; i < 3; i++) {
        const alias = uniqueAlias();
        answers.push((await register({ alias, email: `${alias}@example.org`, password: TEST_PASSWORD })).statusCode);
      }
      expect(answers).toEqual([201, 201, 429]);
    });
  });

  describe('the sign-up limit behind a reverse proxy', () => {
    const registerFrom = (app: TestApp, forwardedFor: string) => {
      const alias = uniqueAlias();
      return app.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { alias, email: `${alias}@example.org`, password: TEST_PASSWORD },
      });
    };

    it('without TRUST_PROXY a forged X-Forwarded-For does not escape the limit', async () => {
      await limiter.configure({ registerMax: 2 });
      const answers: number[] = [];
      for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
        answers.push((await registerFrom(sut, address)).statusCode);
      }
      expect(answers).toEqual([201, 201, 429]);
    });

    it('with TRUST_PROXY=loopback counts each client the proxy names, not the proxy', async () => {
      const proxied = await createTestApp({ TRUST_PROXY: 'loopback' });
      try {
        await proxied.app.get(AuthRateLimiter).configure({ registerMax: 2 });
        const answers: number[] = [];
        for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.3', '198.51.100.3']) {
          answers.push((await registerFrom(proxied, address)).statusCode);
        }
        expect(answers).toEqual([201, 201, 201, 201, 429]);
      } finally {
        await proxied.close();
      }
    });
  });

  describe('loginAccount', () => {
    it('signs in with the right password, any case of the alias', async () => {
      const { alias } = await createAccount(sut, { alias: uniqueAlias('Lyngheia') });
      const response = await login(alias.toLowerCase(), TEST_PASSWORD);
      expect(response.statusCode).toBe(200);
      expect(response.json<MeDto>()).toMatchObject({ alias, roles: ['member'] });
      expect(response.body).not.toContain('@');
      const cookies = cookiesOf(response.headers['set-cookie']);
      expect((await me(`${SESSION_COOKIE}=${cookies[SESSION_COOKIE]}`)).statusCode).toBe(200);
    });

    it('answers a wrong password and an unknown alias the same way', async () => {
      const { alias } = await createAccount(sut);
      const wrongPassword = await login(alias, 'not the password at all');
      const unknownAlias = await login(`nobody-${counter}`, 'not the password at all');
      expect(wrongPassword.statusCode).toBe(401);
      expect(unknownAlias.statusCode).toBe(401);
      expect(wrongPassword.body).toBe(unknownAlias.body);
      expect(wrongPassword.json()).toMatchObject({ code: 'invalid_credentials' });
      expect(wrongPassword.headers['set-cookie']).toBeUndefined();
    });

    it('locks an alias after repeated failures, even for the right password', async () => {
      await limiter.configure({ loginSlowAfter: 2, loginSlowDelayMs: 1, loginLockAfter: 3 });
      const { alias } = await createAccount(sut);
      const answers: number[] = [];
      for (let i = 0; i < 3; i++) answers.push((await login(alias, 'wrong password here')).statusCode);
      expect(answers).toEqual([401, 401, 401]);
      const locked = await login(alias, TEST_PASSWORD);
      expect(locked.statusCode).toBe(429);
      const body = locked.json<{ retryAt: string }>();
      expect(body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'locked' });
      // The device says until when: the unlock time is about the lock length from now.
      const untilMs = Date.parse(body.retryAt) - Date.now();
      expect(untilMs).toBeGreaterThan(14 * 60_000);
      expect(untilMs).toBeLessThanOrEqual(15 * 60_000);
      await limiter.reset();
      expect((await login(alias, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('refuses a missing password with 400', async () => {
      const response = await sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { alias: 'someone' } });
      expect(response.statusCode).toBe(400);
    });
  });

  describe('logoutSession', () => {
    it('deletes the session, clears the cookies, and me answers 401 afterwards', async () => {
      const client = await createSignedIn(sut);
      const response = await sut.app.inject({ method: 'POST', url: '/api/auth/logout', headers: client.headers });
      expect(response.statusCode).toBe(204);
      const cleared = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
      expect(cleared.some((line) => line.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
      expect(cleared.some((line) => line.startsWith(`${CSRF_COOKIE}=;`))).toBe(true);
      expect((await me(client.headers.cookie)).statusCode).toBe(401);
      const rows = await sut.sql('select * from "session" where account_id = ?', [client.me.id]);
      expect(rows).toHaveLength(0);
    });

    it('answers 204 without a session too', async () => {
      expect((await sut.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    });

    it('asks the browser to wipe the site only when the device is being cleared', async () => {
      const plain = await createSignedIn(sut);
      const ordinary = await sut.app.inject({ method: 'POST', url: '/api/auth/logout', headers: plain.headers });
      expect(ordinary.headers['clear-site-data']).toBeUndefined();
      const client = await createSignedIn(sut);
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/logout?clear=device',
        headers: client.headers,
      });
      expect(response.statusCode).toBe(204);
      expect(response.headers['clear-site-data']).toBe('"cookies", "storage", "cache"');
      expect((await me(client.headers.cookie)).statusCode).toBe(401);
      const anonymous = await sut.app.inject({ method: 'POST', url: '/api/auth/logout?clear=device' });
      expect(anonymous.statusCode).toBe(204);
      expect(anonymous.headers['clear-site-data']).toBe('"cookies", "storage", "cache"');
    });

    it('refuses an unknown clear value with 400 and keeps the session', async () => {
      const client = await createSignedIn(sut);
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/logout?clear=all',
        headers: client.headers,
      });
      expect(response.statusCode).toBe(400);
      expect((await me(client.headers.cookie)).statusCode).toBe(200);
    });
  });

  describe('getMe', () => {
    it('answers MeDto without the e-mail', async () => {
      const client = await createSignedIn(sut, { email: 'hidden.person@example.net', roles: ['editor'] });
      const response = await me(client.headers.cookie);
      expect(response.statusCode).toBe(200);
      expect(response.json<MeDto>()).toEqual({
        id: client.account.id,
        alias: client.alias,
        roles: ['member', 'editor'],
        joinedAt: expect.any(String),
      });
      expect(response.body).not.toContain('hidden');
      expect(response.body).not.toContain('@');
    });

    it('answers 401 without a session or with an unknown one', async () => {
      expect((await me()).statusCode).toBe(401);
      expect((await me(`${SESSION_COOKIE}=made-up-token`)).json()).toMatchObject({
        statusCode: 401,
        code: 'unauthenticated',
      });
    });

    it('answers 401 once the session has expired', async () => {
      const client = await createSignedIn(sut);
      await sut.sql(`update "session" set expires_at = now() - interval '1 minute' where account_id = ?`, [
        client.me.id,
      ]);
      expect((await me(client.headers.cookie)).statusCode).toBe(401);
    });
  });

  describe('changePassword', () => {
    it('changes the password and ends every session, this one too', async () => {
      const first = await createSignedIn(sut);
      const second = await signIn(sut, first.alias);
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: first.headers,
        payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' },
      });
      expect(response.statusCode).toBe(204);
      // The answer clears this browser's cookies; the session behind them is gone as well.
      const cleared = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
      expect(cleared.some((line) => line.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
      expect(cleared.some((line) => line.startsWith(`${CSRF_COOKIE}=;`))).toBe(true);
      expect((await me(first.headers.cookie)).statusCode).toBe(401);
      expect((await me(second.headers.cookie)).statusCode).toBe(401);
      expect((await login(first.alias, TEST_PASSWORD)).statusCode).toBe(401);
      expect((await login(first.alias, 'a brand new password')).statusCode).toBe(200);
    });

    it('refuses a wrong current password with 400', async () => {
      const client = await createSignedIn(sut);
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: client.headers,
        payload: { currentPassword: 'not my password', newPassword: 'a brand new password' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'wrong_password' });
    });

    it('locks after repeated wrong current passwords like sign-in: 429 locked, as the API document says', async () => {
      await limiter.configure({ loginSlowAfter: 10, loginSlowDelayMs: 1, loginLockAfter: 2 });
      try {
        const client = await createSignedIn(sut);
        const change = (currentPassword: string) =>
          sut.app.inject({
            method: 'POST',
            url: '/api/auth/password',
            headers: client.headers,
            payload: { currentPassword, newPassword: 'a brand new password' },
          });
        for (let i = 0; i < 2; i++) expect((await change('not my password')).statusCode).toBe(400);
        const locked = await change(TEST_PASSWORD);
        expect(locked.statusCode).toBe(429);
        expect(locked.json()).toMatchObject({ code: 'locked' });
        // Nothing changed: the old password still signs in once the lock is lifted.
        await limiter.reset();
        expect((await login(client.alias, TEST_PASSWORD)).statusCode).toBe(200);
      } finally {
        await limiter.reset();
      }
    });

    it('needs a session', async () => {
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' },
      });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('csrf', () => {
    it('refuses a write with a session but without or with a wrong X-CSRF-Token', async () => {
      const client = await createSignedIn(sut);
      const without = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: client.headers.cookie },
      });
      expect(without.statusCode).toBe(403);
      expect(without.json()).toMatchObject({ statusCode: 403, code: 'csrf' });
      const wrong = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: {
          cookie: client.headers.cookie,
          [CSRF_HEADER]: `${client.csrf.slice(0, -1)}${client.csrf.endsWith('A') ? 'B' : 'A'}`,
        },
      });
      expect(wrong.statusCode).toBe(403);
      expect((await me(client.headers.cookie)).statusCode).toBe(200);
      const right = await sut.app.inject({ method: 'POST', url: '/api/auth/logout', headers: client.headers });
      expect(right.statusCode).toBe(204);
    });

    it('does not ask anonymous writes for a token', async () => {
      const alias = uniqueAlias();
      const response = await register({ alias, email: `${alias}@example.org`, password: TEST_PASSWORD });
      expect(response.statusCode).toBe(201);
    });
  });
});
