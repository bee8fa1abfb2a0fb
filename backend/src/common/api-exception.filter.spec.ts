import { randomUUID } from 'node:crypto';
import { HttpException, HttpStatus, NotFoundException } from '@nestjs/common';
import { LIMITS, type ApiErrorBody } from '@sexhandel/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthRateLimiter } from '../accounts/auth-rate-limiter';
import { expectApiError } from '../../test/api-error.expect';
import {
  createAccount,
  createSignedIn,
  TEST_PASSWORD,
  type SignedInClient,
} from '../../test/factories/account.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { toApiErrorBody } from './api-exception.filter';

describe('toApiErrorBody', () => {
  it('answers an unknown error with 500 internal and leaks nothing of it', () => {
    const body = toApiErrorBody(new Error('connection to 10.0.0.7 refused: password=hunter2'));
    expect(body).toMatchObject({ statusCode: 500, error: 'Internal Server Error', code: 'internal' });
    expect(JSON.stringify(body)).not.toMatch(/10\.0\.0\.7|hunter2/);
  });

  it('answers a transient database failure with 503 unavailable and nothing of its cause', () => {
    const failures = [
      Object.assign(new Error('deadlock detected'), { code: '40P01' }),
      Object.assign(new Error('could not serialize access'), { code: '40001' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
    ];
    for (const failure of failures) {
      const body = toApiErrorBody(failure);
      expect(body).toMatchObject({ statusCode: 503, code: 'unavailable' });
      expect(JSON.stringify(body)).not.toContain('10.0.0.7');
    }
    // A broken rule in the data is the request's fault or a bug, never "try again".
    expect(toApiErrorBody(Object.assign(new Error('duplicate key'), { code: '23505' })).statusCode).toBe(500);
  });

  it('keeps the code of an HttpException and fills one in from the status when it has none', () => {
    const own = new HttpException({ message: 'x', code: 'thread_locked' }, HttpStatus.CONFLICT);
    expect(toApiErrorBody(own).code).toBe('thread_locked');
    expect(toApiErrorBody(new NotFoundException('Cannot GET /api/x')).code).toBe('route_not_found');
    expect(toApiErrorBody(new HttpException('slow down', 429)).code).toBe('rate_limited');
  });

  it('replaces a code that is not on the list', () => {
    const stray = new HttpException({ message: 'x', code: 'made_up_code' }, HttpStatus.FORBIDDEN);
    expect(toApiErrorBody(stray).code).toBe('forbidden');
  });
});

describe('ApiExceptionFilter (every bad request answers the one error body)', () => {
  let sut: TestApp;
  let member: SignedInClient;

  beforeAll(async () => {
    sut = await createTestApp();
    member = await createSignedIn(sut);
  });

  afterAll(async () => {
    await sut.close();
  });

  const post = (url: string, payload: string, headers: Record<string, string> = {}) =>
    sut.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json', ...headers } });

  async function expectError(
    response: { statusCode: number; body: string },
    status: number,
    code: string,
  ): Promise<ApiErrorBody> {
    expect(response.statusCode, response.body).toBe(status);
    const body = expectApiError(response.body);
    expect(body.code).toBe(code);
    expect(body.statusCode).toBe(status);
    return body;
  }

  it('bad JSON → 400 bad_json', async () => {
    await expectError(await post('/api/auth/login', '{"alias": "ola", '), 400, 'bad_json');
  });

  it('an empty JSON body → 400 bad_json', async () => {
    await expectError(await post('/api/auth/login', ''), 400, 'bad_json');
  });

  it('a body that is not JSON → 415 unsupported_media_type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const response = await post('/api/auth/login', 'alias=ola', { 'content-type': type });
      await expectError(response, 415, 'unsupported_media_type');
    }
  });

  it('a body over the limit → 413 payload_too_large', async () => {
    const response = await post('/api/auth/login', JSON.stringify({ alias: 'x'.repeat(LIMITS.bodyBytes + 1) }));
    await expectError(response, 413, 'payload_too_large');
  });

  it('an unknown API route → 404 route_not_found', async () => {
    await expectError(await sut.app.inject({ method: 'GET', url: '/api/no-such-thing' }), 404, 'route_not_found');
    await expectError(await post('/api/auth/nothing-here', '{}'), 404, 'route_not_found');
  });

  it('an unknown field → 400 validation naming the field as unknown_field', async () => {
    const response = await post('/api/auth/login', JSON.stringify({ alias: 'ola', password: 'x', admin: true }));
    const body = await expectError(response, 400, 'validation');
    expect(body.fields).toEqual([{ field: 'admin', code: 'unknown_field' }]);
  });

  it('missing fields → 400 validation, each field once as required', async () => {
    const body = await expectError(await post('/api/auth/login', '{}'), 400, 'validation');
    expect(body.fields).toEqual([
      { field: 'alias', code: 'required' },
      { field: 'password', code: 'required' },
    ]);
  });

  it('says what is wrong with each field: too short, too long, wrong format', async () => {
    const response = await post(
      '/api/auth/register',
      JSON.stringify({ alias: 'ab', password: 'short', email: 'not an address' }),
    );
    const body = await expectError(response, 400, 'validation');
    const byField = Object.fromEntries((body.fields ?? []).map((field) => [field.field, field.code]));
    expect(byField).toMatchObject({ alias: 'too_short', password: 'too_short', email: 'invalid_email' });
    const long = await post(
      '/api/auth/login',
      JSON.stringify({ alias: 'x'.repeat(LIMITS.aliasMax + 1), password: 'p' }),
    );
    expect((await expectError(long, 400, 'validation')).fields).toEqual([{ field: 'alias', code: 'too_long' }]);
  });

  it('no session → 401 unauthenticated', async () => {
    await expectError(await sut.app.inject({ method: 'GET', url: '/api/auth/me' }), 401, 'unauthenticated');
  });

  it('a session without the CSRF header → 403 csrf', async () => {
    const response = await post(
      '/api/auth/password',
      JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'another long password' }),
      { cookie: member.headers.cookie },
    );
    await expectError(response, 403, 'csrf');
  });

  it('a role the account lacks → 403 forbidden', async () => {
    await expectError(
      await sut.app.inject({ method: 'GET', url: '/api/admin/flags', headers: member.headers }),
      403,
      'forbidden',
    );
  });

  it('a download route that throws answers JSON, not a broken CSV (404 survey_not_found)', async () => {
    const admin = await createSignedIn(sut, { roles: ['admin'] });
    const response = await sut.app.inject({
      method: 'GET',
      url: `/api/admin/surveys/${randomUUID()}/results.csv`,
      headers: admin.headers,
    });
    await expectError(response, 404, 'survey_not_found');
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toBeUndefined();
  });

  it('a thrown service error keeps its own code (404 not_found)', async () => {
    const response = await sut.app.inject({ method: 'GET', url: `/api/threads/${randomUUID()}` });
    await expectError(response, 404, 'not_found');
  });

  it('a locked login → 429 locked with the unlock time in retryAt', async () => {
    const limiter = sut.app.get(AuthRateLimiter);
    await limiter.configure({ loginSlowAfter: 10, loginSlowDelayMs: 1, loginLockAfter: 2 });
    try {
      const { alias } = await createAccount(sut);
      for (let i = 0; i < 2; i++) await post('/api/auth/login', JSON.stringify({ alias, password: 'wrong password' }));
      const before = Date.now();
      const body = await expectError(
        await post('/api/auth/login', JSON.stringify({ alias, password: TEST_PASSWORD })),
        429,
        'locked',
      );
      expect(Date.parse(body.retryAt ?? '')).toBeGreaterThan(before);
    } finally {
      await limiter.reset();
    }
  });

  it('a mutation refused by validation names its fields under payload', async () => {
    const response = await sut.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: member.headers,
      payload: {
        mutations: [
          { id: randomUUID(), kind: 'thread.create', createdAt: new Date().toISOString(), payload: { body: 'x' } },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const result = response.json<{ results: { status: string; error?: { code: string; fields?: unknown } }[] }>()
      .results[0];
    expect(result.status).toBe('rejected');
    expect(result.error?.code).toBe('validation');
    expect(result.error?.fields).toContainEqual({ field: 'payload.title', code: 'required' });
    const extra = await sut.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: member.headers,
      payload: {
        mutations: [
          { id: randomUUID(), kind: 'visit.record', createdAt: new Date().toISOString(), payload: {}, via: 'x' },
        ],
      },
    });
    const refused = extra.json<{ results: { error?: { code: string; fields?: unknown } }[] }>().results[0];
    expect(refused.error).toMatchObject({ code: 'validation', fields: [{ field: 'via', code: 'unknown_field' }] });
  });
});
