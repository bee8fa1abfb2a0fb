import { PASSWORD_RESET_PATH } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, createSignedIn } from '../../test/factories/account.factory';
import { decodeQuotedPrintable, startSmtp, stopSmtp, type TestSmtp } from '../../test/smtp-server';
import { createTestApp, type TestApp } from '../../test/test-app';
import { MailWorker } from '../mail/mail.worker';
import { AuthRateLimiter, DEFAULT_AUTH_RATE_LIMITS } from './auth-rate-limiter';
import { PasswordResetService, RESET_LINKS_PER_ACCOUNT_PER_HOUR, RESET_MAIL_SUBJECT } from './password-reset.service';

const NEW_PASSWORD = 'a brand new passphrase';

describe(PasswordResetService.name, () => {
  let sut: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    sut = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  });
  afterAll(async () => {
    await sut?.close();
    await stopSmtp(smtp);
  });
  beforeEach(async () => {
    smtp.inbox.length = 0;
    await sut.app.get(AuthRateLimiter).configure({ ...DEFAULT_AUTH_RATE_LIMITS, loginSlowDelayMs: 0 });
    await sut.sql('delete from password_reset');
  });

  const ask = async (email: unknown, remoteAddress = '127.0.0.1') => {
    const response = await sut.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      payload: { email },
      remoteAddress,
    });
    await sut.app.get(PasswordResetService).settled();
    await sut.app.get(MailWorker).drain();
    return response;
  };
  const complete = (payload: object) => sut.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload });
  const login = (alias: string, password: string) =>
    sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { alias, password } });
  /** The token from the last mailed link. */
  const mailedToken = (): string => {
    const text = decodeQuotedPrintable(smtp.inbox[smtp.inbox.length - 1]?.raw ?? '');
    const match = new RegExp(`http://localhost:3000${PASSWORD_RESET_PATH}#([A-Za-z0-9_-]{43})`).exec(text);
    if (!match?.[1]) throw new Error(`no reset link in the mail:\n${text}`);
    return match[1];
  };
  const resetRows = async () =>
    Number((await sut.sql<{ n: string }>('select count(*) as n from password_reset'))[0]?.n);

  it('mails a neutral single-use link to the stored address; the new password works, the old one and every session end', async () => {
    const member = await createSignedIn(sut, { email: 'Glemsk.Person@Example.org' });
    const response = await ask('  glemsk.person@example.ORG ');
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({});
    expect(smtp.inbox).toHaveLength(1);
    const mail = smtp.inbox[0];
    // To the address as registered (its local part keeps its case), not as typed in the request;
    // mail software lower-cases the domain.
    expect(mail?.raw).toMatch(/^To: Glemsk\.Person@example\.org$/m);
    expect(mail?.to).toEqual(['Glemsk.Person@example.org']);
    expect(mail?.raw).toMatch(new RegExp(`^Subject: ${RESET_MAIL_SUBJECT}$`, 'm'));
    const text = decodeQuotedPrintable(mail?.raw ?? '');
    expect(text).toContain('60 minutter');
    expect(text).not.toContain(member.alias);
    const token = mailedToken();
    // Only the token's hash is kept.
    const rows = await sut.sql<{ token_hash: string }>('select token_hash from password_reset');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toBe(token);

    expect((await complete({ token, password: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await login(member.alias, member.password)).statusCode).toBe(401);
    expect((await login(member.alias, NEW_PASSWORD)).statusCode).toBe(200);
    const me = await sut.app.inject({ url: '/api/auth/me', headers: member.headers });
    expect(me.statusCode).toBe(401);
    // Used up: the same link again is refused and changes nothing.
    const again = await complete({ token, password: 'yet another passphrase' });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'reset_link_invalid' });
    expect((await login(member.alias, NEW_PASSWORD)).statusCode).toBe(200);
    expect(await resetRows()).toBe(0);
  });

  it('answers an unknown address exactly like a known one, and mails nothing', async () => {
    await createAccount(sut, { email: 'kjent@example.org' });
    const known = await ask('kjent@example.org');
    const unknown = await ask('ukjent@example.org');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort());
    expect(smtp.inbox.map((mail) => mail.to)).toEqual([['kjent@example.org']]);
  });

  it('refuses an expired link, an unknown one and one of the wrong shape, changing nothing', async () => {
    const member = await createAccount(sut, { email: 'treg@example.org' });
    await ask('treg@example.org');
    const token = mailedToken();
    await sut.sql(`update password_reset set expires_at = now() - interval '1 second'`);
    const expired = await complete({ token, password: NEW_PASSWORD });
    expect(expired.statusCode).toBe(400);
    expect(expired.json()).toMatchObject({
      code: 'reset_link_invalid',
      message: expect.stringMatching(/Ask for a new one/) as string,
    });
    const unknown = await complete({ token: 'A'.repeat(43), password: NEW_PASSWORD });
    expect(unknown.json()).toMatchObject({ code: 'reset_link_invalid' });
    for (const payload of [
      { token: 'short', password: NEW_PASSWORD },
      { token, password: 'kort' },
      { token },
      { token, password: NEW_PASSWORD, extra: 1 },
      { token: 42, password: NEW_PASSWORD },
    ]) {
      const response = await complete(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json<{ message: unknown }>().message).toBeTruthy();
    }
    expect((await login(member.alias, member.password)).statusCode).toBe(200);
  });

  it('refuses a malformed address with 400 and sends nothing', async () => {
    for (const email of ['not-an-address', '', 42, 'a'.repeat(300) + '@example.org', null]) {
      expect((await ask(email)).statusCode, String(email)).toBe(400);
    }
    expect(smtp.inbox).toHaveLength(0);
    expect(await resetRows()).toBe(0);
  });

  it(`sends one account at most ${RESET_LINKS_PER_ACCOUNT_PER_HOUR} links an hour, and limits each client with 429`, async () => {
    await createAccount(sut, { email: 'mange@example.org' });
    for (let i = 0; i < RESET_LINKS_PER_ACCOUNT_PER_HOUR + 2; i += 1) {
      expect((await ask('mange@example.org', `10.1.0.${i}`)).statusCode).toBe(202);
    }
    expect(smtp.inbox).toHaveLength(RESET_LINKS_PER_ACCOUNT_PER_HOUR);

    await sut.app.get(AuthRateLimiter).configure({ resetRequestMax: 2 });
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push((await ask(`person${i}@example.org`, '10.2.0.1')).statusCode);
    expect(answers).toEqual([202, 202, 429]);
    expect((await ask('person9@example.org', '10.2.0.2')).statusCode).toBe(202);
  });

  it('lets any of the unexpired links be used once, then none of them', async () => {
    const member = await createAccount(sut, { email: 'to.lenker@example.org' });
    await ask('to.lenker@example.org');
    const first = mailedToken();
    await ask('to.lenker@example.org');
    const second = mailedToken();
    expect(second).not.toBe(first);
    expect((await complete({ token: first, password: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await complete({ token: second, password: 'another new passphrase' })).statusCode).toBe(400);
    expect((await login(member.alias, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('unlocks an alias that wrong guesses had locked', async () => {
    const member = await createAccount(sut, { email: 'laast@example.org' });
    await sut.app.get(AuthRateLimiter).configure({ loginLockAfter: 2, loginSlowDelayMs: 0 });
    for (let i = 0; i < 2; i += 1) await login(member.alias, 'wrong password here');
    expect((await login(member.alias, member.password)).statusCode).toBe(429);
    await ask('laast@example.org');
    expect((await complete({ token: mailedToken(), password: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await login(member.alias, NEW_PASSWORD)).statusCode).toBe(200);
  });
});
