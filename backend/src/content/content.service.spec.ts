import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleInput,
  forumRuleInput,
  newsLinkInput,
  pageInput,
  resourceInput,
  syncChangeOf,
} from '../../test/factories/content.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { toArticleDto, toForumRuleDto, toNewsLinkDto, toPageDto, toResourceDto } from './content.mappers';
import { ContentService } from './content.service';

/** The discussion thread publishing opened for an article. */
async function discussionOf(app: TestApp, articleId: string): Promise<{ threadId: string; postCount: number }> {
  const [row] = await app.sql<{ id: string; post_count: number }>(
    'select id, post_count from thread where article_id = ?',
    [articleId],
  );
  if (!row) throw new Error('the article has no discussion thread');
  return { threadId: row.id, postCount: Number(row.post_count) };
}

describe(ContentService.name, () => {
  let app: TestApp;
  let sut: ContentService;
  beforeAll(async () => {
    app = await createTestApp();
    sut = app.app.get(ContentService);
  });
  afterAll(async () => app.close());

  describe("create('page')", () => {
    it('stores sanitised HTML and records an upsert with exactly the published DTO', async () => {
      const page = await sut.create(
        'page',
        pageInput({ markdown: 'Hei <script>alert(1)</script>[lenke](https://a.example)' }),
      );
      expect(page.html).not.toContain('script');
      expect(page.html).toContain('rel="noopener noreferrer"');
      const change = await syncChangeOf(app, page.id);
      expect(change).toMatchObject({ entity: 'page', op: 'upsert' });
      expect(change?.data).toEqual(toPageDto(page));
    });

    it('records nothing for a draft', async () => {
      const page = await sut.create('page', pageInput({ published: false }));
      expect(await syncChangeOf(app, page.id)).toBeUndefined();
    });

    it('refuses a taken slug with 409 and writes nothing', async () => {
      const first = await sut.create('page', pageInput());
      await expect(sut.create('page', pageInput({ slug: first.slug, title: 'Annen' }))).rejects.toMatchObject({
        status: 409,
      });
      const rows = await app.sql<{ n: number }>('select count(*)::int as n from page where slug = ?', [first.slug]);
      expect(rows[0]?.n).toBe(1);
    });

    it('refuses a malformed slug with 400', async () => {
      await expect(sut.create('page', pageInput({ slug: 'Med Mellomrom' }))).rejects.toMatchObject({ status: 400 });
    });
  });

  describe("update('page')", () => {
    it('re-renders, and the change gets a higher seq and the new data', async () => {
      const page = await sut.create('page', pageInput());
      const before = await syncChangeOf(app, page.id);
      const updated = await sut.update('page', page.id, { title: 'Ny tittel', markdown: '## Ny del' });
      const after = await syncChangeOf(app, page.id);
      expect(updated.html).toBe('<h2>Ny del</h2>');
      expect(BigInt(after?.seq ?? 0)).toBeGreaterThan(BigInt(before?.seq ?? 0));
      expect(after?.data).toMatchObject({ title: 'Ny tittel', html: '<h2>Ny del</h2>' });
      expect(after?.data).toEqual(toPageDto(updated));
    });

    it('answers 404 for an unknown or malformed id', async () => {
      await expect(sut.update('page', randomUUID(), { title: 'x' })).rejects.toMatchObject({ status: 404 });
      await expect(sut.update('page', 'not-a-uuid', { title: 'x' })).rejects.toMatchObject({ status: 404 });
    });
  });

  describe("setPublished('page', false)", () => {
    it('records a delete with no data', async () => {
      const page = await sut.create('page', pageInput());
      const before = await syncChangeOf(app, page.id);
      await sut.setPublished('page', page.id, false);
      const after = await syncChangeOf(app, page.id);
      expect(after).toMatchObject({ op: 'delete', data: null });
      expect(BigInt(after?.seq ?? 0)).toBeGreaterThan(BigInt(before?.seq ?? 0));
    });
  });

  describe("setPublished('page', true)", () => {
    it('turns a draft into an upsert', async () => {
      const page = await sut.create('page', pageInput({ published: false }));
      await sut.setPublished('page', page.id, true);
      expect(await syncChangeOf(app, page.id)).toMatchObject({ op: 'upsert' });
    });
  });

  describe("remove('page')", () => {
    it('removes the row and records a delete', async () => {
      const page = await sut.create('page', pageInput());
      await sut.remove('page', page.id);
      expect(await app.sql('select id from page where id = ?', [page.id])).toHaveLength(0);
      expect(await syncChangeOf(app, page.id)).toMatchObject({ op: 'delete', data: null });
    });
  });

  describe("create('article')", () => {
    it('computes reading time, normalises tags, stamps publishedAt and records the ArticleDto', async () => {
      const article = await sut.create(
        'article',
        articleInput({ markdown: 'ord '.repeat(1000), tags: ['Forskning', ' forskning ', 'Lov'] }),
      );
      expect(article.readingMinutes).toBe(5);
      expect(article.tags).toEqual(['forskning', 'lov']);
      expect(article.publishedAt).toBeInstanceOf(Date);
      const change = await syncChangeOf(app, article.id);
      expect(change).toMatchObject({ entity: 'article', op: 'upsert' });
      expect(change?.data).toEqual(toArticleDto(article, await discussionOf(app, article.id)));
    });

    it('leaves a draft without date and without change', async () => {
      const article = await sut.create('article', articleInput({ published: false }));
      expect(article.publishedAt).toBeNull();
      expect(await syncChangeOf(app, article.id)).toBeUndefined();
    });

    it('refuses a taken slug with 409', async () => {
      const first = await sut.create('article', articleInput());
      await expect(sut.create('article', articleInput({ slug: first.slug }))).rejects.toMatchObject({ status: 409 });
    });
  });

  describe("update('article')", () => {
    it('records the new data under a higher seq', async () => {
      const article = await sut.create('article', articleInput());
      const before = await syncChangeOf(app, article.id);
      const updated = await sut.update('article', article.id, { title: 'Endret tittel', markdown: 'ord '.repeat(600) });
      const after = await syncChangeOf(app, article.id);
      expect(BigInt(after?.seq ?? 0)).toBeGreaterThan(BigInt(before?.seq ?? 0));
      expect(after?.data).toMatchObject({ title: 'Endret tittel', readingMinutes: 3 });
      expect(after?.data).toEqual(toArticleDto(updated, await discussionOf(app, article.id)));
    });

    it('refuses to take the slug of another article', async () => {
      const a = await sut.create('article', articleInput());
      const b = await sut.create('article', articleInput());
      await expect(sut.update('article', b.id, { slug: a.slug })).rejects.toMatchObject({ status: 409 });
    });
  });

  describe("setPublished('article', false)", () => {
    it('records a delete and keeps the date for a later re-publish', async () => {
      const article = await sut.create('article', articleInput({ publishedAt: new Date('2026-01-15T08:00:00Z') }));
      await sut.setPublished('article', article.id, false);
      expect(await syncChangeOf(app, article.id)).toMatchObject({ op: 'delete', data: null });
      const again = await sut.setPublished('article', article.id, true);
      expect(again.publishedAt?.toISOString()).toBe('2026-01-15T08:00:00.000Z');
      expect(await syncChangeOf(app, article.id)).toMatchObject({ op: 'upsert' });
    });
  });

  describe("remove('article')", () => {
    it('removes the row and records a delete', async () => {
      const article = await sut.create('article', articleInput());
      await sut.remove('article', article.id);
      expect(await syncChangeOf(app, article.id)).toMatchObject({ op: 'delete', data: null });
      await expect(sut.remove('article', article.id)).rejects.toMatchObject({ status: 404 });
    });
  });

  describe("create('newsLink')", () => {
    it('records the NewsLinkDto', async () => {
      const link = await sut.create('newsLink', newsLinkInput());
      const change = await syncChangeOf(app, link.id);
      expect(change).toMatchObject({ entity: 'newsLink', op: 'upsert' });
      expect(change?.data).toEqual(toNewsLinkDto(link));
      expect(change?.data).toMatchObject({ date: '2026-11-20' });
    });

    it('refuses a URL that is not http(s) and a malformed date', async () => {
      await expect(sut.create('newsLink', newsLinkInput({ url: 'javascript:alert(1)' }))).rejects.toMatchObject({
        status: 400,
      });
      await expect(sut.create('newsLink', newsLinkInput({ url: 'ikke en lenke' }))).rejects.toMatchObject({
        status: 400,
      });
      await expect(sut.create('newsLink', newsLinkInput({ date: '20.11.2026' }))).rejects.toMatchObject({
        status: 400,
      });
    });
  });

  describe("update('newsLink')", () => {
    it('records the new data under a higher seq', async () => {
      const link = await sut.create('newsLink', newsLinkInput());
      const before = await syncChangeOf(app, link.id);
      await sut.update('newsLink', link.id, { comment: 'Ny kommentar' });
      const after = await syncChangeOf(app, link.id);
      expect(BigInt(after?.seq ?? 0)).toBeGreaterThan(BigInt(before?.seq ?? 0));
      expect(after?.data).toMatchObject({ comment: 'Ny kommentar' });
    });
  });

  describe("setPublished('newsLink', false)", () => {
    it('records a delete', async () => {
      const link = await sut.create('newsLink', newsLinkInput());
      await sut.setPublished('newsLink', link.id, false);
      expect(await syncChangeOf(app, link.id)).toMatchObject({ op: 'delete', data: null });
    });
  });

  describe("remove('newsLink')", () => {
    it('records a delete', async () => {
      const link = await sut.create('newsLink', newsLinkInput());
      await sut.remove('newsLink', link.id);
      expect(await syncChangeOf(app, link.id)).toMatchObject({ op: 'delete', data: null });
    });
  });

  describe("create('resource')", () => {
    it('records the ResourceDto and accepts a resource without URL or phone', async () => {
      const resource = await sut.create('resource', resourceInput({ kind: 'literature', url: null, phone: null }));
      const change = await syncChangeOf(app, resource.id);
      expect(change).toMatchObject({ entity: 'resource', op: 'upsert' });
      expect(change?.data).toEqual(toResourceDto(resource));
    });

    it('keeps the dialled number apart from the shown phone text, and refuses a number that is not one', async () => {
      const resource = await sut.create(
        'resource',
        resourceInput({ phone: '02800 (nødnummer 112)', phoneNumber: '02800' }),
      );
      expect(resource).toMatchObject({ phone: '02800 (nødnummer 112)', phoneNumber: '02800' });
      expect((await syncChangeOf(app, resource.id))?.data).toMatchObject({ phoneNumber: '02800' });
      for (const phoneNumber of ['02800 (nødnummer 112)', '12', '+47 800', 'tel:112', '1'.repeat(16)]) {
        await expect(sut.create('resource', resourceInput({ phoneNumber }))).rejects.toMatchObject({ status: 400 });
      }
      await sut.update('resource', resource.id, { phoneNumber: '+4722000000' });
      expect((await syncChangeOf(app, resource.id))?.data).toMatchObject({ phoneNumber: '+4722000000' });
      await expect(sut.update('resource', resource.id, { phoneNumber: '02800112 ' })).rejects.toMatchObject({
        status: 400,
      });
    });

    it('refuses an unknown kind and a non-http URL', async () => {
      await expect(sut.create('resource', resourceInput({ kind: 'blog' as 'literature' }))).rejects.toMatchObject({
        status: 400,
      });
      await expect(sut.create('resource', resourceInput({ url: 'data:text/html,x' }))).rejects.toMatchObject({
        status: 400,
      });
    });
  });

  describe("update('resource')", () => {
    it('records the new data under a higher seq', async () => {
      const resource = await sut.create('resource', resourceInput());
      const before = await syncChangeOf(app, resource.id);
      await sut.update('resource', resource.id, { phone: null });
      const after = await syncChangeOf(app, resource.id);
      expect(BigInt(after?.seq ?? 0)).toBeGreaterThan(BigInt(before?.seq ?? 0));
      expect(after?.data).toMatchObject({ phone: null });
    });
  });

  describe("setPublished('resource', false)", () => {
    it('records a delete', async () => {
      const resource = await sut.create('resource', resourceInput());
      await sut.setPublished('resource', resource.id, false);
      expect(await syncChangeOf(app, resource.id)).toMatchObject({ op: 'delete', data: null });
    });
  });

  describe("remove('resource')", () => {
    it('records a delete', async () => {
      const resource = await sut.create('resource', resourceInput());
      await sut.remove('resource', resource.id);
      expect(await syncChangeOf(app, resource.id)).toMatchObject({ op: 'delete', data: null });
    });
  });

  describe("create('forumRule')", () => {
    it('records the ForumRuleDto; a second rule with the same number is refused', async () => {
      const rule = await sut.create('forumRule', forumRuleInput({ number: 3 }));
      expect((await syncChangeOf(app, rule.id))?.data).toEqual(toForumRuleDto(rule));
      await expect(sut.create('forumRule', forumRuleInput({ number: 3 }))).rejects.toMatchObject({ status: 409 });
    });

    it('refuses a number outside 1..6', async () => {
      await expect(sut.create('forumRule', forumRuleInput({ number: 7 as 1 }))).rejects.toMatchObject({ status: 400 });
    });
  });

  describe("update('forumRule')", () => {
    it('records the new text under a higher seq', async () => {
      const rule = await sut.create('forumRule', forumRuleInput({ number: 4 }));
      const before = await syncChangeOf(app, rule.id);
      await sut.update('forumRule', rule.id, { text: 'Ny tekst' });
      const after = await syncChangeOf(app, rule.id);
      expect(BigInt(after?.seq ?? 0)).toBeGreaterThan(BigInt(before?.seq ?? 0));
      expect(after?.data).toMatchObject({ number: 4, text: 'Ny tekst' });
    });
  });

  describe("setPublished('forumRule', false)", () => {
    it('records a delete', async () => {
      const rule = await sut.create('forumRule', forumRuleInput({ number: 5 }));
      await sut.setPublished('forumRule', rule.id, false);
      expect(await syncChangeOf(app, rule.id)).toMatchObject({ op: 'delete', data: null });
    });
  });

  describe("remove('forumRule')", () => {
    it('records a delete and frees the number', async () => {
      const rule = await sut.create('forumRule', forumRuleInput({ number: 6 }));
      await sut.remove('forumRule', rule.id);
      expect(await syncChangeOf(app, rule.id)).toMatchObject({ op: 'delete', data: null });
      await expect(sut.create('forumRule', forumRuleInput({ number: 6 }))).resolves.toMatchObject({ number: 6 });
    });
  });
});
