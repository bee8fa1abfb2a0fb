import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto, ArticlePageDto, ForumRuleDto, NewsLinkDto, PageDto, ResourceDto } from '@sexhandel/shared';
import {
  articleInput,
  forumRuleInput,
  newsLinkInput,
  pageInput,
  resourceInput,
} from '../../test/factories/content.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { encodeArticleCursor } from './article-cursor';
import { ContentController } from './content.controller';
import { ContentService } from './content.service';

describe(ContentController.name, () => {
  let sut: TestApp;
  let content: ContentService;
  beforeAll(async () => {
    sut = await createTestApp();
    content = sut.app.get(ContentService);
  });
  afterAll(async () => sut.close());

  const get = (url: string) => sut.app.inject({ method: 'GET', url });

  describe('listArticles', () => {
    const tag = 'keyset';
    const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 8));

    beforeAll(async () => {
      // 23 published articles, several sharing a timestamp so the id tie-break matters, plus hidden ones.
      for (let i = 0; i < 23; i += 1) {
        await content.create('article', articleInput({ tags: [tag], publishedAt: day(Math.floor(i / 3)) }));
      }
      await content.create('article', articleInput({ tags: [tag], published: false }));
      const unpublished = await content.create('article', articleInput({ tags: [tag] }));
      await content.setPublished('article', unpublished.id, false);
    });

    async function walk(limit: number, onPage?: (page: number) => Promise<void>): Promise<string[]> {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 100; page += 1) {
        const query = `tag=${tag}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await get(`/api/articles?${query}`);
        expect(response.statusCode).toBe(200);
        const body = response.json<ArticlePageDto>();
        seen.push(...body.items.map((item) => item.id));
        cursor = body.nextCursor;
        if (!cursor) break;
        await onPage?.(page);
      }
      return seen;
    }

    it('walks every published article once, newest first, in keyset order', async () => {
      const ids = await walk(5);
      expect(ids).toHaveLength(23);
      expect(new Set(ids).size).toBe(23);
      const rows = await sut.sql<{ id: string }>(
        'select id from article where published and ? = any(tags) order by published_at desc, id desc',
        [tag],
      );
      expect(ids).toEqual(rows.map((row) => row.id));
    });

    it('keeps no duplicates or gaps when an article is published between pages', async () => {
      const before = await walk(100);
      const added: string[] = [];
      const ids = await walk(4, async (page) => {
        if (page === 1) added.push((await content.create('article', articleInput({ tags: [tag] }))).id);
      });
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(before);
      expect(added).toHaveLength(1);
    });

    it('answers summaries without body and a null cursor on the last page', async () => {
      const response = await get('/api/articles?limit=100');
      const body = response.json<ArticlePageDto>();
      expect(body.nextCursor).toBeNull();
      const first = body.items[0];
      expect(first).toBeDefined();
      expect(first).not.toHaveProperty('html');
      expect(Object.keys(first ?? {}).sort()).toEqual(
        [
          'authorName',
          'authorRole',
          'discussionThreadId',
          'id',
          'lead',
          'publishedAt',
          'readingMinutes',
          'slug',
          'tags',
          'title',
        ].sort(),
      );
    });

    it('filters by tag', async () => {
      await content.create('article', articleInput({ tags: ['sjelden-tagg'] }));
      const body = (await get('/api/articles?tag=sjelden-tagg')).json<ArticlePageDto>();
      expect(body.items).toHaveLength(1);
      expect(body.items[0]?.tags).toContain('sjelden-tagg');
    });

    it.each(['0', '101', '-1', '2.5', 'abc'])('answers 400 with a message for limit=%s', async (limit) => {
      const response = await get(`/api/articles?limit=${limit}`);
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toContain('limit must be a whole number from 1 to 100');
    });

    it.each([
      ['not base64', 'ikke%20en%20cursor'],
      ['garbage', Buffer.from('hello|world').toString('base64url')],
      ['bad date', Buffer.from(`yesterday|${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`).toString('base64url')],
      ['too long', 'a'.repeat(300)],
    ])('answers 400 with a message for a malformed cursor (%s)', async (_name, cursor) => {
      const response = await get(`/api/articles?cursor=${cursor}`);
      expect(response.statusCode).toBe(400);
      expect(response.json<{ message: unknown }>().message).toBeTruthy();
    });

    it('answers 400 with code bad_cursor for a decodable but foreign cursor', async () => {
      const response = await get(`/api/articles?cursor=${Buffer.from('x|y').toString('base64url')}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'bad_cursor' });
    });

    it('accepts a well-formed cursor past the end with an empty page', async () => {
      const cursor = encodeArticleCursor(new Date('2000-01-01T00:00:00Z'), '00000000-0000-4000-8000-000000000000');
      const body = (await get(`/api/articles?cursor=${cursor}`)).json<ArticlePageDto>();
      expect(body).toEqual({ items: [], nextCursor: null });
    });

    it('rejects unknown query parameters', async () => {
      expect((await get('/api/articles?order=asc')).statusCode).toBe(400);
    });
  });

  describe('getArticle', () => {
    it('answers the published article with sanitised HTML', async () => {
      const article = await content.create('article', articleInput({ markdown: 'Tekst <img src=x onerror=alert(1)>' }));
      const response = await get(`/api/articles/${article.slug}`);
      expect(response.statusCode).toBe(200);
      const body = response.json<ArticleDto>();
      expect(body).toMatchObject({ id: article.id, slug: article.slug, authorRole: 'researcher' });
      expect(body.html).toBe('<p>Tekst </p>');
    });

    it('answers 404 with a message for an unknown or unpublished article', async () => {
      const draft = await content.create('article', articleInput({ published: false }));
      const gone = await content.create('article', articleInput());
      await content.setPublished('article', gone.id, false);
      for (const slug of ['finnes-ikke', draft.slug, gone.slug]) {
        const response = await get(`/api/articles/${slug}`);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ statusCode: 404, code: 'not_found', message: expect.any(String) });
      }
    });
  });

  describe('listPages', () => {
    it('lists published pages by position', async () => {
      const second = await content.create('page', pageInput({ position: 2 }));
      const first = await content.create('page', pageInput({ position: 1 }));
      const hidden = await content.create('page', pageInput({ position: 0, published: false }));
      const pages = (await get('/api/pages')).json<PageDto[]>();
      const ids = pages.map((page) => page.id);
      expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
      expect(ids).not.toContain(hidden.id);
    });
  });

  describe('getPage', () => {
    it('answers the published page', async () => {
      const page = await content.create('page', pageInput());
      const response = await get(`/api/pages/${page.slug}`);
      expect(response.statusCode).toBe(200);
      expect(response.json<PageDto>()).toMatchObject({ id: page.id, title: page.title, html: page.html });
    });

    it('answers 404 for an unknown or unpublished page', async () => {
      const page = await content.create('page', pageInput());
      await content.setPublished('page', page.id, false);
      expect((await get(`/api/pages/${page.slug}`)).statusCode).toBe(404);
      expect((await get('/api/pages/finnes-ikke')).statusCode).toBe(404);
    });
  });

  describe('listResources', () => {
    it('lists published resources grouped by kind', async () => {
      await content.create('resource', resourceInput({ kind: 'helpService' }));
      await content.create('resource', resourceInput({ kind: 'literature', url: null }));
      await content.create('resource', resourceInput({ kind: 'organisation', phone: null }));
      const hidden = await content.create('resource', resourceInput({ published: false }));
      const resources = (await get('/api/resources')).json<ResourceDto[]>();
      expect(resources.map((resource) => resource.id)).not.toContain(hidden.id);
      const kinds = resources.map((resource) => resource.kind);
      expect(kinds).toEqual([...kinds].sort((a, b) => order(a) - order(b)));
      function order(kind: string): number {
        return ['literature', 'organisation', 'helpService'].indexOf(kind);
      }
    });
  });

  describe('listNewsLinks', () => {
    it('lists published news links, newest first', async () => {
      const older = await content.create('newsLink', newsLinkInput({ date: '2026-10-01' }));
      const newer = await content.create('newsLink', newsLinkInput({ date: '2026-11-01' }));
      const hidden = await content.create('newsLink', newsLinkInput({ date: '2026-11-02' }));
      await content.remove('newsLink', hidden.id);
      const links = (await get('/api/news')).json<NewsLinkDto[]>();
      const ids = links.map((link) => link.id);
      expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
      expect(ids).not.toContain(hidden.id);
      expect(links.find((link) => link.id === older.id)?.date).toBe('2026-10-01');
    });
  });

  describe('listForumRules', () => {
    it('lists the published rules by number', async () => {
      for (const number of [2, 1, 3] as const)
        await content.create('forumRule', forumRuleInput({ number, title: `Regel ${number}` }));
      const hidden = await content.create('forumRule', forumRuleInput({ number: 4, published: false }));
      const rules = (await get('/api/rules')).json<ForumRuleDto[]>();
      expect(rules.map((rule) => rule.number)).toEqual([1, 2, 3]);
      expect(rules.map((rule) => rule.id)).not.toContain(hidden.id);
    });
  });

  describe('openapi', () => {
    it('documents every content route with its response shape', async () => {
      const doc = (await get('/api/docs/openapi.json')).json<{
        paths: Record<string, unknown>;
        components: { schemas: Record<string, unknown> };
      }>();
      for (const path of [
        '/api/articles',
        '/api/articles/{slug}',
        '/api/pages',
        '/api/pages/{slug}',
        '/api/resources',
        '/api/news',
        '/api/rules',
      ]) {
        expect(doc.paths).toHaveProperty([path]);
      }
      expect(doc.components.schemas).toHaveProperty('ArticlePageResponse');
      expect(doc.components.schemas).toHaveProperty('ResourceResponse');
    });
  });
});
