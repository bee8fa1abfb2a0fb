import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_MARK_END, SEARCH_MARK_START, splitSnippet, type SearchPageDto } from '@sexhandel/shared';
import { insertThread } from '../../test/factories/forum.factory';
import { articleInput, newsLinkInput, pageInput, resourceInput } from '../../test/factories/content.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ContentService } from '../content/content.service';
import { SearchController } from './search.controller';

describe(SearchController.name, () => {
  let sut: TestApp;
  let articleId: string;
  let threadId: string;

  beforeAll(async () => {
    sut = await createTestApp();
    const content = sut.app.get(ContentService);
    articleId = (
      await content.create(
        'article',
        articleInput({
          title: 'Hva vet vi om menneskehandel i Norge?',
          lead: 'En oversikt over kunnskapen.',
          markdown: 'Politiet avdekker hvert år saker om menneskehandel og utnytting i prostitusjon.',
        }),
      )
    ).id;
    await content.create(
      'article',
      articleInput({ title: 'Et utkast om menneskehandel', markdown: 'Ikke publisert ennå.', published: false }),
    );
    await content.create(
      'page',
      pageInput({ title: 'Sexkjøpsloven', markdown: 'Loven gjelder også kjøp i utlandet.' }),
    );
    await content.create(
      'resource',
      resourceInput({ name: 'Støttesenter mot menneskehandel', description: 'Råd og hjelp.' }),
    );
    await content.create(
      'newsLink',
      newsLinkInput({ title: 'Dom i sak om sexkjøp', comment: 'Retten la vekt på loven.' }),
    );
    for (let i = 0; i < 30; i += 1) {
      await content.create(
        'article',
        articleInput({ title: `Sjøfart ${i}`, markdown: `Om skipsfart og havner, del ${i}.` }),
      );
    }
    threadId = await insertThread(sut, null, { posts: 0, title: 'Tråd om veiledning' });
    for (const [status, body] of [
      ['published', 'Jeg lurer på veiledningstjenesten, er den anonym?'],
      ['hidden', 'Skjult innlegg om veiledningstjenesten og hemmeligord'],
      ['removed', 'Fjernet innlegg om veiledningstjenesten og hemmeligord'],
    ]) {
      await sut.sql(
        `insert into post (id, thread_id, author_id, body, fingerprint, created_at, status, staff_voice)
         values (gen_random_uuid(), ?, null, ?, md5(?), now(), ?, false)`,
        [threadId, body, body, status],
      );
    }
  });
  afterAll(async () => sut.close());

  async function search(query: string): Promise<SearchPageDto> {
    const response = await sut.app.inject({ method: 'GET', url: `/api/search?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchPageDto>();
  }

  describe('searchContent', () => {
    it('finds "menneskehandel" when asked for "menneskehandelen" (Norwegian stemming), best match first', async () => {
      const { items } = await search(`q=${encodeURIComponent('menneskehandelen')}`);
      expect(items[0]).toMatchObject({ type: 'article', id: articleId, slug: expect.any(String) });
      expect(items.map((item) => item.type)).toContain('resource');
      expect(items.some((item) => item.title === 'Et utkast om menneskehandel')).toBe(false);
    });

    it('marks the matches in a plain-text snippet', async () => {
      const [first] = (await search('q=menneskehandelen&type=article')).items;
      expect(first?.snippet).toContain(`${SEARCH_MARK_START}menneskehandel${SEARCH_MARK_END}`);
      expect(first?.snippet).not.toMatch(/<[a-z]/i);
      expect(
        splitSnippet(first?.snippet ?? '')
          .filter((part) => part.mark)
          .map((part) => part.text.toLowerCase()),
      ).toContain('menneskehandel');
    });

    it('finds published forum posts with their thread, never hidden or removed ones', async () => {
      const { items } = await search('q=veiledningstjenesten');
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ type: 'post', threadId, title: 'Tråd om veiledning' });
      expect((await search('q=hemmeligord')).items).toHaveLength(0);
    });

    it('filters by type', async () => {
      const pages = await search('q=loven&type=page');
      expect(pages.items.length).toBeGreaterThan(0);
      expect(pages.items.every((item) => item.type === 'page')).toBe(true);
      const news = await search('q=loven&type=newsLink');
      expect(news.items.map((item) => item.type)).toEqual(['newsLink']);
      expect(news.items[0]?.url).toMatch(/^https:\/\//);
    });

    it('pages through every match once with the cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: SearchPageDto = await search(`q=skipsfart&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(30);
      expect(new Set(seen).size).toBe(30);
    });

    it.each(['q=', 'q=%20%20%20', ''])('answers 400 with a message for an empty query (%s)', async (query) => {
      const response = await sut.app.inject({ method: 'GET', url: `/api/search?${query}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'empty_query', message: expect.any(String) });
    });

    it('cuts a 1,000-character query to 200 instead of failing', async () => {
      const long = `menneskehandel ${'ord '.repeat(300)}`.slice(0, 1000);
      expect(long).toHaveLength(1000);
      const response = await sut.app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(long)}` });
      expect(response.statusCode).toBe(200);
    });

    it.each([
      'q=%00menneskehandel',
      `q=${encodeURIComponent('"ubalansert & | ! ( : * <-> \'')}`,
      `q=${encodeURIComponent('-')}`,
      `q=${encodeURIComponent('og')}`,
    ])('never fails on odd input (%s)', async (query) => {
      expect((await sut.app.inject({ method: 'GET', url: `/api/search?${query}` })).statusCode).toBe(200);
    });

    it.each(['type=thread', 'limit=51', 'limit=0', 'cursor=abc', 'cursor=5000'])(
      'answers 400 for %s',
      async (query) => {
        const response = await sut.app.inject({ method: 'GET', url: `/api/search?q=lov&${query}` });
        expect(response.statusCode).toBe(400);
      },
    );
  });
});
