import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticlePageDto, ForumRuleDto, PageDto } from '@sexhandel/shared';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedDemoContentIfEmpty } from '../../database/seed-on-start';
import { ContentSeeder } from './content.seeder';
import { DEMO_CONTENT } from './demo-content';

async function count(sut: TestApp, query: string): Promise<number> {
  const rows = await sut.sql<{ n: number }>(`select count(*)::int as n from ${query}`);
  return rows[0]?.n ?? -1;
}

describe(ContentSeeder.name, () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => sut.close());

  describe('seedIfEmpty', () => {
    it('seeds the whole demo content into an empty database, each row with its sync change', async () => {
      const report = await sut.app.get(ContentSeeder).seedIfEmpty();
      expect(report.seeded).toBe(true);
      expect(await count(sut, 'page where published')).toBeGreaterThanOrEqual(6);
      expect(await count(sut, 'article where published')).toBeGreaterThanOrEqual(12);
      expect(await count(sut, 'resource where published')).toBeGreaterThanOrEqual(15);
      expect(await count(sut, 'news_link where published')).toBeGreaterThanOrEqual(12);
      expect(await count(sut, 'forum_rule where published')).toBe(6);
      const rows =
        (await count(sut, 'page')) +
        (await count(sut, 'article')) +
        (await count(sut, 'resource')) +
        (await count(sut, 'news_link')) +
        (await count(sut, 'forum_rule'));
      expect(await count(sut, "sync_change where op = 'upsert'")).toBe(rows);
    });

    it('seeds nothing on a second call', async () => {
      await seedDemoContentIfEmpty(sut.app); // the first run of the seeders after ContentSeeder (phone line, start page)
      const before = await count(sut, 'sync_change');
      const report = await sut.app.get(ContentSeeder).seedIfEmpty();
      expect(report.seeded).toBe(false);
      await seedDemoContentIfEmpty(sut.app);
      expect(await count(sut, 'article')).toBe(DEMO_CONTENT.articles.length);
      expect(await count(sut, 'sync_change')).toBe(before);
    });

    it('makes the demo content readable through the public endpoints', async () => {
      const pages = (await sut.app.inject({ method: 'GET', url: '/api/pages' })).json<PageDto[]>();
      expect(pages.map((page) => page.position)).toEqual([...pages.map((page) => page.position)].sort((a, b) => a - b));
      const rules = (await sut.app.inject({ method: 'GET', url: '/api/rules' })).json<ForumRuleDto[]>();
      expect(rules.map((rule) => rule.number)).toEqual([1, 2, 3, 4, 5, 6]);
      const first = (await sut.app.inject({ method: 'GET', url: '/api/articles?limit=100' })).json<ArticlePageDto>();
      expect(first.items).toHaveLength(DEMO_CONTENT.articles.length);
      const slug = first.items[0]?.slug ?? '';
      const article = await sut.app.inject({ method: 'GET', url: `/api/articles/${slug}` });
      expect(article.statusCode).toBe(200);
      expect(article.json<{ html: string }>().html).not.toMatch(/<script|<img|<iframe/i);
    });

    it('uses valid slugs, URLs and dates in every demo text', () => {
      const slug = /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u;
      for (const item of [...DEMO_CONTENT.pages, ...DEMO_CONTENT.articles]) expect(item.slug).toMatch(slug);
      expect(new Set(DEMO_CONTENT.pages.map((page) => page.slug)).size).toBe(DEMO_CONTENT.pages.length);
      expect(new Set(DEMO_CONTENT.articles.map((article) => article.slug)).size).toBe(DEMO_CONTENT.articles.length);
    });
  });

  describe('seedIfEmpty with a fixture', () => {
    let fresh: TestApp;
    beforeAll(async () => {
      fresh = await createTestApp();
    });
    afterAll(async () => fresh.close());

    it('seeds the content it is given', async () => {
      const report = await fresh.app.get(ContentSeeder).seedIfEmpty({
        pages: [{ slug: 'om', title: 'Om', lead: 'Kort', markdown: 'Tekst', position: 1 }],
        articles: [],
        resources: [],
        newsLinks: [],
        forumRules: [{ number: 1, title: 'Regel', text: 'Tekst' }],
      });
      expect(report).toMatchObject({ seeded: true, pages: 1, forumRules: 1 });
      expect(await count(fresh, 'page')).toBe(1);
    });
  });
});
