import { RequestContext } from '@mikro-orm/core';
import { Body, Controller, Get, HttpCode, Query, UseGuards, type CanActivate } from '@nestjs/common';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSignedIn, type SignedInHeaders } from '../../test/factories/account.factory';
import { insertThread } from '../../test/factories/forum.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { CurrentActor, Public } from '../accounts/auth.decorators';
import { AuthGuard } from '../accounts/auth.guard';
import { apiValidationPipe } from '../common/api-validation-pipe';
import { PostListQuery } from '../forum/dto/forum.queries';
import { ForumController } from '../forum/forum.controller';
import type { LeanRoute } from './lean-read';
import { registerLeanReads } from './lean-read.http';

const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
/** Headers both paths must answer alike (Date and the session's own cookies aside). */
const COMPARED = [
  'content-type',
  'content-encoding',
  'content-length',
  'cache-control',
  'vary',
  'content-security-policy',
];

describe('lean reads (the forum’s public reads)', () => {
  let sut: TestApp;
  let thread: string;
  let member: SignedInHeaders;
  let alias: string;
  const get = (url: string, headers: Record<string, string> = {}) =>
    sut.app.inject({ method: 'GET', url, headers: { ...BROWSER, ...headers } });

  beforeAll(async () => {
    sut = await createTestApp();
    thread = await insertThread(sut, null, { posts: 30 });
    const signedIn = await createSignedIn(sut);
    member = signedIn.headers;
    alias = signedIn.alias;
  });
  afterAll(async () => sut.close());

  it('answers a request without a session before Nest’s guards and the ORM’s request context', async () => {
    const guard = vi.spyOn(AuthGuard.prototype, 'canActivate');
    const context = vi.spyOn(RequestContext, 'create');
    const method = vi.spyOn(sut.app.get(ForumController), 'listPosts');
    try {
      const anonymous = await get(`/api/threads/${thread}/posts?limit=5`);
      expect(anonymous.statusCode).toBe(200);
      expect(method).toHaveBeenCalledTimes(1);
      expect(guard).not.toHaveBeenCalled();
      expect(context).not.toHaveBeenCalled();
      // With a session cookie Nest's path answers: the guard renews or clears the session.
      const signedIn = await get(`/api/threads/${thread}/posts?limit=5`, member);
      expect(signedIn.statusCode).toBe(200);
      expect(guard).toHaveBeenCalledTimes(1);
      expect(context).toHaveBeenCalledTimes(1);
    } finally {
      guard.mockRestore();
      context.mockRestore();
      method.mockRestore();
    }
  });

  it('gives the answer Nest’s path gives, byte for byte, for good and bad requests alike', async () => {
    const urls = [
      `/api/threads/${thread}/posts`,
      `/api/threads/${thread}/posts?limit=7`,
      `/api/threads/${thread}/posts?limit=0`,
      `/api/threads/${thread}/posts?limit=abc&colour=red`,
      `/api/threads/${thread}/posts?after=not-a-cursor`,
      `/api/threads/00000000-0000-4000-8000-000000000000/posts`,
      '/api/threads/not-an-id/posts',
      '/api/threads',
      '/api/threads?limit=2',
      '/api/threads?cursor=nonsense',
      `/api/threads/${thread}`,
      `/api/threads/${thread}?limit=2`,
      '/api/threads/not-an-id',
      `/api/members/${encodeURIComponent(alias)}`,
      '/api/members/nobody-has-this-alias',
    ];
    const first = await get(`/api/threads/${thread}/posts?limit=7`, { 'accept-encoding': 'identity' });
    const next = (JSON.parse(first.body) as { nextCursor: string }).nextCursor;
    urls.push(`/api/threads/${thread}/posts?after=${encodeURIComponent(next)}&limit=7`);
    const statuses: number[] = [];
    const guard = vi.spyOn(AuthGuard.prototype, 'canActivate');
    try {
      for (const url of urls) {
        for (const encoding of ['br', 'identity']) {
          const headers = { 'accept-encoding': encoding };
          const guarded = guard.mock.calls.length;
          const lean = await get(url, headers);
          expect(guard.mock.calls.length, `${url} was not answered before Nest`).toBe(guarded);
          const nest = await get(url, { ...member, ...headers });
          expect(guard.mock.calls.length, `${url} with a session took Nest's path`).toBe(guarded + 1);
          expect(nest.rawPayload.equals(lean.rawPayload), `${url} (${encoding}): ${lean.body.slice(0, 80)}`).toBe(true);
          for (const name of COMPARED) expect(lean.headers[name], `${url} ${name}`).toBe(nest.headers[name]);
          expect(lean.statusCode, url).toBe(nest.statusCode);
          statuses.push(lean.statusCode);
        }
      }
    } finally {
      guard.mockRestore();
    }
    // The list above holds each outcome: pages, refusals of the query and of the id, a missing thread.
    expect(new Set(statuses)).toEqual(new Set([200, 400, 404]));
  });
});

class DenyAll implements CanActivate {
  canActivate(): boolean {
    return false;
  }
}

@Controller()
class ProbeController {
  @Get('probe')
  @Public()
  open(@Query() query: PostListQuery): PostListQuery {
    return query;
  }

  @Get('probe')
  closed(@Query() query: PostListQuery): PostListQuery {
    return query;
  }

  @Get('probe')
  @Public()
  withActor(@CurrentActor() actor: unknown): unknown {
    return actor;
  }

  @Get('probe')
  @Public()
  withBody(@Body() body: unknown): unknown {
    return body;
  }

  @Get('probe')
  @Public()
  @HttpCode(204)
  empty(): void {}

  @Get('probe')
  @Public()
  @UseGuards(DenyAll)
  guarded(): string {
    return 'never';
  }
}

describe('registerLeanReads', () => {
  /** Adds `method` of the probe as a lean route to a bare Fastify instance: throws as the server's start would. */
  function register(method: keyof ProbeController, url = '/api/probe'): void {
    const fastify = Fastify();
    registerLeanReads(fastify, {
      resolve: () => {
        throw new Error('not resolved at start');
      },
      validationPipe: apiValidationPipe(),
      hasSession: () => false,
    });
    const leanRead: LeanRoute = { controller: ProbeController, method };
    fastify.get(url, { config: { leanRead } }, () => null);
  }

  it('takes a public GET route whose parameters are its path and query', () => {
    expect(() => register('open')).not.toThrow();
  });

  it('refuses at start what would answer differently before Nest', () => {
    expect(() => register('closed')).toThrow(/ProbeController\.closed: the route must be @Public\(\)/);
    expect(() => register('withActor')).toThrow(/may only be @Param\(\) and @Query\(\)/);
    expect(() => register('withBody')).toThrow(/may only be @Param\(\) and @Query\(\)/);
    expect(() => register('empty')).toThrow(/answers 200/);
    expect(() => register('guarded')).toThrow(/would be skipped/);
    expect(() => register('open', '/feeds/probe')).toThrow(/only API routes/);
  });
});
