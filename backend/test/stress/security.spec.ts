import { randomUUID } from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@sexhandel/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthRateLimiter } from '../../src/accounts/auth-rate-limiter';
import { createAccount, signIn, TEST_PASSWORD } from '../factories/account.factory';
import { countRows, createForumMember, insertThread } from '../factories/forum.factory';
import { buildMutation } from '../factories/sync.factory';
import { createTestApp, type TestApp } from '../test-app';
import { expectApiError } from '../api-error.expect';

function setCookieLines(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function cookieLine(lines: string[], name: string): string {
  const line = lines.find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`no Set-Cookie for ${name}`);
  return line;
}

async function meStatus(sut: TestApp, headers: Record<string, string>): Promise<number> {
  return (await sut.app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode;
}

/** Every row of every table of the public schema as text, for the "nothing identifying is stored" audit. */
async function dumpAllTables(sut: TestApp): Promise<string> {
  const tables = await sut.sql<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await sut.sql<{ row: string }>(`select t::text as row from "${table_name}" t`);
    parts.push(`${table_name}:`, ...rows.map((r) => r.row));
  }
  return parts.join('\n');
}

describe('security headers and sessions', () => {
  describe('over plain http', () => {
    let sut: TestApp;
    beforeAll(async () => {
      sut = await createTestApp();
    });
    afterAll(async () => {
      await sut?.close();
    });

    it('sends a strict CSP without inline script and with frame-ancestors none, and no HSTS', async () => {
      const response = await sut.app.inject({ method: 'GET', url: '/api/health' });
      const csp = String(response.headers['content-security-policy']);
      const scriptSrc =
        csp
          .split(';')
          .map((d) => d.trim())
          .find((d) => d.startsWith('script-src')) ?? '';
      expect(scriptSrc).toBe("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });

    it('sets an HttpOnly SameSite=Strict session cookie and a SameSite=Strict csrf cookie, not Secure', async () => {
      const { alias } = await createAccount(sut);
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { alias, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const lines = setCookieLines(response.headers['set-cookie']);
      const session = cookieLine(lines, SESSION_COOKIE);
      const csrf = cookieLine(lines, CSRF_COOKIE);
      expect(session).toMatch(/;\s*HttpOnly/i);
      expect(session).toMatch(/;\s*SameSite=Strict/i);
      expect(csrf).toMatch(/;\s*SameSite=Strict/i);
      expect(csrf).not.toMatch(/;\s*HttpOnly/i);
      expect(session).not.toMatch(/;\s*Secure/i);
    });

    it('refuses a write with a session but without or with a wrong CSRF token, and changes nothing', async () => {
      const member = await createForumMember(sut);
      const threadId = await insertThread(sut, member.account.id);
      const postsBefore = await countRows(sut, 'post');
      const cookie = `${SESSION_COOKIE}=${member.session}; ${CSRF_COOKIE}=${member.csrf}`;
      const wrong = member.csrf.slice(0, -2) + (member.csrf.endsWith('AA') ? 'BB' : 'AA');
      for (const headers of [{ cookie }, { cookie, [CSRF_HEADER]: wrong }, { cookie, [CSRF_HEADER]: '' }]) {
        const push = await sut.app.inject({
          method: 'POST',
          url: '/api/sync/push',
          headers,
          payload: { mutations: [buildMutation('post.create', { threadId, body: `Et innlegg ${randomUUID()}` })] },
        });
        expect(push.statusCode).toBe(403);
        expect(expectApiError(push.body).code).toBe('csrf');
        const password = await sut.app.inject({
          method: 'POST',
          url: '/api/auth/password',
          headers,
          payload: { currentPassword: member.password, newPassword: 'another long password' },
        });
        expect(password.statusCode).toBe(403);
        expect(expectApiError(password.body).code).toBe('csrf');
      }
      expect(await countRows(sut, 'post')).toBe(postsBefore);
      // The password did not change: the old one still signs in.
      await expect(signIn(sut, member.alias, member.password)).resolves.toBeDefined();
    });

    it('ends the session on logout: the old cookie gets 401', async () => {
      const { alias, account } = await createAccount(sut);
      const client = await signIn(sut, alias);
      expect(await meStatus(sut, client.headers)).toBe(200);
      const logout = await sut.app.inject({ method: 'POST', url: '/api/auth/logout', headers: client.headers });
      expect(logout.statusCode).toBe(204);
      expect(await meStatus(sut, client.headers)).toBe(401);
      expect(await sut.sql('select 1 from session where account_id = ?', [account.id])).toHaveLength(0);
    });

    it('ends every session of the account on password change, the changing one too', async () => {
      const { alias, account } = await createAccount(sut);
      const first = await signIn(sut, alias);
      const second = await signIn(sut, alias);
      const third = await signIn(sut, alias);
      const change = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: first.headers,
        payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
      });
      expect(change.statusCode).toBe(204);
      expect(await meStatus(sut, first.headers)).toBe(401);
      expect(await meStatus(sut, second.headers)).toBe(401);
      expect(await meStatus(sut, third.headers)).toBe(401);
      // No session of the account is left: the person signs in again with the new password.
      expect(await sut.sql('select 1 from session where account_id = ?', [account.id])).toHaveLength(0);
      // The old password no longer signs in; the new one does.
      const old = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { alias, password: TEST_PASSWORD },
      });
      expect(old.statusCode).toBe(401);
      await expect(signIn(sut, alias, 'a brand new passphrase')).resolves.toBeDefined();
    });

    it('slows and then locks out an alias after repeated failures, even for the right password', async () => {
      const limiter = sut.app.get(AuthRateLimiter);
      limiter.configure({ loginSlowAfter: 3, loginSlowDelayMs: 1, loginLockAfter: 6 });
      const spy = vi.spyOn(limiter, 'recordLoginFailure');
      try {
        const { alias } = await createAccount(sut);
        const statuses: number[] = [];
        const codes: unknown[] = [];
        for (let i = 0; i < 6; i++) {
          const response = await sut.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { alias, password: 'wrong password here' },
          });
          statuses.push(response.statusCode);
        }
        expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
        // recordLoginFailure counts in the database now: each result is the promise of a delay.
        const delays = await Promise.all(spy.mock.results.map((r) => r.value as Promise<number>));
        expect(delays.slice(0, 2)).toEqual([0, 0]);
        expect(delays.slice(2).every((d) => d > 0)).toBe(true);
        for (const password of ['wrong password here', TEST_PASSWORD]) {
          const response = await sut.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { alias, password },
          });
          expect(response.statusCode).toBe(429);
          codes.push(expectApiError(response.body).code);
        }
        expect(codes).toEqual(['locked', 'locked']);
      } finally {
        spy.mockRestore();
        limiter.configure({ loginSlowAfter: 5, loginSlowDelayMs: 1000, loginLockAfter: 10 });
      }
    });

    it('stores no IP address anywhere after all of the above', async () => {
      const dump = await dumpAllTables(sut);
      expect(dump.length).toBeGreaterThan(0);
      expect(dump).not.toContain('127.0.0.1');
      expect(dump).not.toContain('::1');
      expect(dump).not.toContain('::ffff:');
    });
  });

  describe('behind https (PUBLIC_URL https://)', () => {
    let sut: TestApp;
    beforeAll(async () => {
      sut = await createTestApp({ PUBLIC_URL: 'https://sexhandel.example' });
    });
    afterAll(async () => {
      await sut?.close();
    });

    it('sends HSTS and marks both cookies Secure', async () => {
      const health = await sut.app.inject({ method: 'GET', url: '/api/health' });
      expect(String(health.headers['strict-transport-security'])).toMatch(/max-age=\d+/);
      const { alias } = await createAccount(sut);
      const login = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { alias, password: TEST_PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      const lines = setCookieLines(login.headers['set-cookie']);
      for (const name of [SESSION_COOKIE, CSRF_COOKIE]) {
        expect(cookieLine(lines, name)).toMatch(/;\s*Secure/i);
        expect(cookieLine(lines, name)).toMatch(/;\s*SameSite=Strict/i);
      }
      expect(cookieLine(lines, SESSION_COOKIE)).toMatch(/;\s*HttpOnly/i);
    });
  });
});
