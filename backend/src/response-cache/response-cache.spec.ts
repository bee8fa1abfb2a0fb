import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ModulesContainer } from '@nestjs/core';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import type { ArticleDto, NewsLinkDto, PullResponse, ThreadDto } from '@sexhandel/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleInput, newsLinkInput } from '../../test/factories/content.factory';
import { createForumMember, pushPost } from '../../test/factories/forum.factory';
import { createTestApp, testEngine, type TestApp } from '../../test/test-app';
import { ContentService } from '../content/content.service';
import { ForumService } from '../forum/forum.service';
import { SyncPullService } from '../sync/sync-pull.service';
import { SyncRepository } from '../sync/sync.repository';
import { ResponseCache } from './response-cache';

/** Small, so that a flood reaches it; an article list still fits many times. */
const BOUND = 48 * 1024;
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

function decoded(answer: LightMyRequestResponse): unknown {
  const encoding = answer.headers['content-encoding'];
  const raw = answer.rawPayload;
  return JSON.parse(
    (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8'),
  );
}

describe(ResponseCache.name, () => {
  let sut: TestApp;
  let content: ContentService;
  const get = (url: string, headers: Record<string, string> = {}) => sut.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    sut = await createTestApp({ RESPONSE_CACHE_BYTES: String(BOUND) });
    content = sut.app.get(ContentService);
    for (let i = 0; i < 12; i += 1) await content.create('article', articleInput());
  });
  afterAll(async () => sut.close());

  describe('a public read', () => {
    it('is answered from the cache the second time: the same compressed bytes, without running the handler', async () => {
      const handler = vi.spyOn(content, 'listArticles');
      try {
        const first = await get('/api/articles?limit=10', BROWSER);
        const second = await get('/api/articles?limit=10', BROWSER);
        expect(first.statusCode).toBe(200);
        expect(first.headers['content-encoding']).toBe('br');
        expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
        expect(handler).toHaveBeenCalledTimes(1);
        for (const name of ['content-type', 'content-encoding', 'etag', 'vary', 'content-security-policy']) {
          expect(second.headers[name], name).toBe(first.headers[name]);
        }
        expect(second.headers['cache-control']).toBe('no-cache');
        expect(second.headers.vary).toBe('accept-encoding');
        // Another encoding is another stored answer; the same parameters in another order are not.
        const gzip = await get('/api/articles?limit=10', { 'accept-encoding': 'gzip' });
        expect(gzip.headers['content-encoding']).toBe('gzip');
        expect(decoded(gzip)).toEqual(decoded(first));
        await get('/api/articles?limit=10&tag=', BROWSER);
        const identity = await get('/api/articles?limit=10');
        expect(identity.headers['content-encoding']).toBeUndefined();
        expect(identity.json()).toEqual(decoded(first));
        expect(handler).toHaveBeenCalledTimes(4);
        await get('/api/articles?tag=&limit=10', BROWSER);
        await get('/api/articles?limit=10');
        expect(handler).toHaveBeenCalledTimes(4);
      } finally {
        handler.mockRestore();
      }
    });

    it('answers 304 to its ETag without a body, and 200 with the body to anything else', async () => {
      const first = await get('/api/news', BROWSER);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\/"c\d+-[0-9a-f]{12}"$/);
      const again = await get('/api/news', { ...BROWSER, 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['cache-control']).toBe('no-cache');
      for (const garbage of [
        'garbage',
        'W/"c1-000000000000"',
        `${etag.slice(0, -2)}"`,
        '"<script>"',
        'W/'.repeat(500),
      ]) {
        const answer = await get('/api/news', { ...BROWSER, 'if-none-match': garbage });
        expect(answer.statusCode, garbage).toBe(200);
        expect(answer.rawPayload.equals(first.rawPayload)).toBe(true);
      }
    });

    it('gets a new ETag once something is published, and the next request has it', async () => {
      const before = await get('/api/news');
      const etag = String(before.headers.etag);
      await content.create('newsLink', newsLinkInput({ title: 'Publisert mens svaret lå i hurtigbufferen' }));
      const after = await get('/api/news', { 'if-none-match': etag });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(etag);
      expect(after.json<NewsLinkDto[]>().map((link) => link.title)).toContain(
        'Publisert mens svaret lå i hurtigbufferen',
      );
    });

    it('keeps one pull answer at the head for every device, and the next pull after a publish brings it', async () => {
      const pull = sut.app.get(SyncPullService);
      const handler = vi.spyOn(pull, 'pullChanges');
      try {
        const head = (await get('/api/sync/pull?cursor=0&limit=1000')).json<PullResponse>().cursor;
        handler.mockClear();
        const first = await get(`/api/sync/pull?cursor=${head}`, BROWSER);
        const second = await get(`/api/sync/pull?cursor=${head}`, BROWSER);
        expect(decoded(first)).toEqual({ changes: [], cursor: head, hasMore: false });
        expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
        expect(second.headers.etag).toBe(first.headers.etag);
        expect(handler).toHaveBeenCalledTimes(1);
        const link = await content.create('newsLink', newsLinkInput({ title: 'Kom med neste synkronisering' }));
        const next = decoded(await get(`/api/sync/pull?cursor=${head}`, BROWSER)) as PullResponse;
        expect(next.changes.map((change) => change.id)).toEqual([link.id]);
        expect(Number(next.cursor)).toBeGreaterThan(Number(head));
        // A malformed cursor is never looked up or stored: it is refused by the handler's validation.
        expect((await get('/api/sync/pull?cursor=abc')).statusCode).toBe(400);
        expect((await get('/api/sync/pull?cursor=abc')).statusCode).toBe(400);
      } finally {
        handler.mockRestore();
      }
    });

    it('leaves the forum out of a cached article: a new post shows in the thread at once, the article never goes stale', async () => {
      const article = await content.create('article', articleInput());
      const handler = vi.spyOn(content, 'getArticle');
      try {
        const first = (await get(`/api/articles/${article.slug}`)).json<ArticleDto>();
        expect(first).not.toHaveProperty('discussionPostCount');
        const threadId = String(first.discussionThreadId);
        const member = await createForumMember(sut);
        expect((await pushPost(sut, member, { threadId, body: 'Et svar i diskusjonen.' })).status).toBe('applied');
        const thread = await get(`/api/threads/${threadId}`);
        expect(thread.json<ThreadDto>().postCount).toBe(2);
        expect(thread.headers.etag).toBeUndefined();
        expect((await get(`/api/articles/${article.slug}`)).json()).toEqual(first);
        expect(handler).toHaveBeenCalledTimes(1);
      } finally {
        handler.mockRestore();
      }
    });
  });

  describe('what is never cached', () => {
    it('marks the public content reads alone (no forum route, nothing personal)', () => {
      const cached: string[] = [];
      for (const module of sut.app.get(ModulesContainer).values()) {
        for (const wrapper of module.controllers.values()) {
          const prototype = wrapper.metatype?.prototype as Record<string, unknown> | undefined;
          for (const name of Object.getOwnPropertyNames(prototype ?? {})) {
            const handler = prototype?.[name];
            if (typeof handler !== 'function') continue;
            if (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler)?.responseCache)
              cached.push(`${wrapper.name}.${name}`);
          }
        }
      }
      expect(cached.sort()).toEqual(
        [
          'ContentController.getArticle',
          'ContentController.getPage',
          'ContentController.getStartPage',
          'ContentController.listArticles',
          'ContentController.listForumRules',
          'ContentController.listNewsLinks',
          'ContentController.listPages',
          'ContentController.listPressMentions',
          'ContentController.listResources',
          'FeedsController.getArticlesFeed',
          'FeedsController.getNewsFeed',
          'QaController.listPublishedQas',
          'SyncController.pullChanges',
        ].sort(),
      );
    });

    it('answers personal and forum reads from their handlers every time, with no-store and no ETag', async () => {
      const member = await createForumMember(sut);
      const threads = vi.spyOn(sut.app.get(ForumService), 'listThreads');
      try {
        for (const url of ['/api/auth/me', '/api/threads', '/api/forum/membership', '/api/phone']) {
          for (let i = 0; i < 2; i += 1) {
            const answer = await get(url, { ...member.headers, ...BROWSER });
            expect(answer.statusCode, url).toBe(200);
            expect(answer.headers['cache-control'], url).toBe('no-store');
            expect(answer.headers.etag, url).toBeUndefined();
          }
        }
        expect(threads).toHaveBeenCalledTimes(2);
      } finally {
        threads.mockRestore();
      }
    });

    it('still refuses undeclared parameters with 400 (never looked up), and keeps no error answer', async () => {
      await get('/api/articles');
      const unknown = await get('/api/articles?utm_source=x');
      expect(unknown.statusCode).toBe(400);
      expect(unknown.headers.etag).toBeUndefined();
      expect(unknown.headers['cache-control']).toBe('no-store');
      const handler = vi.spyOn(content, 'listArticles');
      try {
        // A cursor only the service can refuse: the handler runs each time, nothing is kept.
        const foreign = `/api/articles?cursor=${Buffer.from('x|y').toString('base64url')}`;
        for (let i = 0; i < 2; i += 1) expect((await get(foreign)).statusCode).toBe(400);
        expect(handler).toHaveBeenCalledTimes(2);
      } finally {
        handler.mockRestore();
      }
    });
  });

  describe('the sequence read', () => {
    it('is shared by requests that arrive together, but never joins a read sent before a request began', async () => {
      const cache = sut.app.get(ResponseCache);
      const sync = sut.app.get(SyncRepository);
      const real = sync.currentSeq.bind(sync);
      // A change since the last read, so that the first request below reads on every engine.
      await content.create('newsLink', newsLinkInput({ title: 'Publisert før lesingene' }));
      const before = await real();
      // The first read is slow and was answered from a snapshot taken before the publish below.
      let release = () => undefined as void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const reads = vi
        .spyOn(sync, 'currentSeq')
        .mockImplementationOnce(async () => {
          await gate;
          return before;
        })
        .mockImplementation(real);
      try {
        const early = cache.current();
        const published = await content.create('newsLink', newsLinkInput({ title: 'Publisert under en lesing' }));
        const late = Array.from({ length: 20 }, () => cache.current());
        release();
        expect((await early).seq).toBe(Number(before));
        const seen = new Set((await Promise.all(late)).map((current) => current.seq));
        // Every request that began after the publish sees it, and all 20 shared one more read.
        expect([...seen]).toEqual([Number(await real())]);
        expect([...seen][0]).toBeGreaterThan(Number(before));
        expect(reads).toHaveBeenCalledTimes(2);
        expect(published.id).toBeTruthy();
        // A lone request afterwards sends its own read at once on PostgreSQL (another node may have
        // published); on the embedded database nothing was recorded since the last read: no read.
        await cache.current();
        expect(reads).toHaveBeenCalledTimes(testEngine() === 'pglite' ? 2 : 3);
      } finally {
        reads.mockRestore();
      }
    });
  });

  describe('the sequence read on each engine', () => {
    it('is sent by every request on PostgreSQL, and on the embedded database only after this process wrote a change', async () => {
      const cache = sut.app.get(ResponseCache);
      const sync = sut.app.get(SyncRepository);
      await content.create('newsLink', newsLinkInput({ title: 'Før målingen' }));
      const reads = vi.spyOn(sync, 'currentSeq');
      try {
        const first = await cache.current();
        await cache.current();
        await cache.current();
        expect(reads).toHaveBeenCalledTimes(testEngine() === 'pglite' ? 1 : 3);
        await content.create('newsLink', newsLinkInput({ title: 'Etter målingen' }));
        const next = await cache.current();
        expect(next.seq).toBeGreaterThan(first.seq);
        expect(next.etag).not.toBe(first.etag);
        expect(reads).toHaveBeenCalledTimes(testEngine() === 'pglite' ? 2 : 4);
      } finally {
        reads.mockRestore();
      }
    });
  });

  describe('bounds', () => {
    it('never grows past its byte bound under a flood of 2,000 distinct declared query values', async () => {
      const store = sut.app.get(ResponseCache).store;
      const search = vi.spyOn(content, 'listArticles');
      // Fastify's own inject: the answers' shape is checked above, not 2,000 times over.
      const fastify = sut.app.getHttpAdapter().getInstance();
      let most = 0;
      try {
        for (let batch = 0; batch < 40; batch += 1) {
          const answers = await Promise.all(
            Array.from({ length: 50 }, (_, i) => fastify.inject(`/api/articles?tag=ord-${batch * 50 + i}`)),
          );
          expect(answers.every((answer) => answer.statusCode === 200)).toBe(true);
          most = Math.max(most, store.usedBytes);
        }
        expect(search).toHaveBeenCalledTimes(2_000);
        expect(most).toBeLessThanOrEqual(BOUND);
        expect(most).toBeGreaterThan(BOUND / 2);
        expect(store.size).toBeLessThan(2_000);
        // The newest answers are still there.
        await get('/api/articles?tag=ord-1999');
        expect(search).toHaveBeenCalledTimes(2_000);
      } finally {
        search.mockRestore();
      }
    });
  });

  describe.skipIf(testEngine() !== 'postgresql')('two nodes on one database', () => {
    let other: TestApp;
    beforeAll(async () => {
      other = await createTestApp({ RESPONSE_CACHE_BYTES: String(BOUND) }, { databaseOf: sut });
    });
    afterAll(async () => other.close());

    it('a publish through one node is in the next answer of the other, also during a read storm', async () => {
      const read = (headers: Record<string, string>) => other.app.inject({ method: 'GET', url: '/api/news', headers });
      const titles = async (headers: Record<string, string>) =>
        (decoded(await read(headers)) as NewsLinkDto[]).map((link) => link.title);
      const handler = vi.spyOn(other.app.get(ContentService), 'listNewsLinks');
      let storming = true;
      try {
        for (const headers of [BROWSER, {}, BROWSER, {}]) await read(headers);
        expect(handler).toHaveBeenCalledTimes(2);
        const storm = Array.from({ length: 4 }, async (_, i) => {
          while (storming) {
            await read(i % 2 ? BROWSER : {});
            await new Promise(setImmediate);
          }
        });
        await content.create('newsLink', newsLinkInput({ title: 'Publisert på den andre noden' }));
        expect(await titles(BROWSER)).toContain('Publisert på den andre noden');
        expect(await titles({})).toContain('Publisert på den andre noden');
        storming = false;
        await Promise.all(storm);
      } finally {
        storming = false;
        handler.mockRestore();
      }
    });
  });
});
