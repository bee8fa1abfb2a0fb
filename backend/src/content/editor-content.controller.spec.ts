import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ArticleDto,
  EditorArticleDto,
  EditorNewsLinkDto,
  EditorPressMentionDto,
  EditorStartPageDto,
  PressMentionDto,
  PullResponse,
  SyncChange,
} from '@sexhandel/shared';
import { createSignedIn, type SignedInHeaders } from '../../test/factories/account.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { EditorContentController } from './editor-content.controller';

const BASE = '/api/admin/content';

let counter = 0;
function uniqueSlug(prefix = 'artikkel'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

function articleBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug: uniqueSlug(),
    title: 'Hvem kjøper sex?',
    lead: 'Hva forskningen sier om kjøperne.',
    markdown: 'Kjøperne er en **sammensatt** gruppe.\n\nLes mer [her](https://forskning.example.no).',
    authorName: 'Kari Forsker',
    authorRole: 'researcher',
    tags: ['forskning'],
    ...overrides,
  };
}

describe(EditorContentController.name, () => {
  let sut: TestApp;
  let editor: SignedInHeaders;

  beforeAll(async () => {
    sut = await createTestApp();
    editor = (await createSignedIn(sut, { roles: ['editor'] })).headers;
  });
  afterAll(async () => sut.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, headers = editor) =>
    sut.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  async function createArticle(overrides: Record<string, unknown> = {}): Promise<EditorArticleDto> {
    const response = await call('POST', `${BASE}/articles`, articleBody(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json<EditorArticleDto>();
  }

  async function pull(cursor: string): Promise<PullResponse> {
    const response = await sut.app.inject({ method: 'GET', url: `/api/sync/pull?cursor=${cursor}&limit=1000` });
    expect(response.statusCode).toBe(200);
    return response.json<PullResponse>();
  }

  async function pullToEnd(): Promise<string> {
    let cursor = '0';
    for (;;) {
      const page = await pull(cursor);
      cursor = page.cursor;
      if (!page.hasMore) return cursor;
    }
  }

  async function rowCount(table: string): Promise<number> {
    const rows = await sut.sql<{ n: number }>(`select count(*)::int as n from ${table}`);
    return rows[0]?.n ?? -1;
  }

  describe('authorisation', () => {
    it('answers 401 anonymous, 403 member and moderator, 200 editor and admin on editor routes', async () => {
      const member = (await createSignedIn(sut)).headers;
      const moderator = (await createSignedIn(sut, { roles: ['moderator'] })).headers;
      const admin = (await createSignedIn(sut, { roles: ['admin'] })).headers;
      for (const path of ['articles', 'pages', 'news-links', 'resources', 'press-mentions', 'start-page']) {
        expect((await sut.app.inject({ method: 'GET', url: `${BASE}/${path}` })).statusCode).toBe(401);
        expect((await call('GET', `${BASE}/${path}`, undefined, member)).statusCode).toBe(403);
        expect((await call('GET', `${BASE}/${path}`, undefined, moderator)).statusCode).toBe(403);
        expect((await call('GET', `${BASE}/${path}`)).statusCode).toBe(200);
        expect((await call('GET', `${BASE}/${path}`, undefined, admin)).statusCode).toBe(200);
      }
      const before = await rowCount('article');
      expect((await call('POST', `${BASE}/articles`, articleBody(), member)).statusCode).toBe(403);
      expect((await call('POST', `${BASE}/articles`, articleBody(), moderator)).statusCode).toBe(403);
      expect((await call('POST', `${BASE}/preview`, { markdown: 'x' }, member)).statusCode).toBe(403);
      expect(await rowCount('article')).toBe(before);
    });
  });

  describe('createArticle', () => {
    it('saves a draft that reaches no device and shows in the editor list with published: false', async () => {
      const cursor = await pullToEnd();
      const draft = await createArticle();
      expect(draft).toMatchObject({ published: false, publishedAt: null, discussionThreadId: null });
      expect((await pull(cursor)).changes).toHaveLength(0);
      const list = (await call('GET', `${BASE}/articles`)).json<EditorArticleDto[]>();
      expect(list.find((item) => item.id === draft.id)).toMatchObject({
        published: false,
        markdown: expect.any(String),
      });
    });

    it('answers 409 for a taken slug and saves nothing', async () => {
      const first = await createArticle();
      const before = await rowCount('article');
      const response = await call('POST', `${BASE}/articles`, articleBody({ slug: first.slug }));
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ statusCode: 409, message: expect.stringContaining(first.slug) });
      expect(await rowCount('article')).toBe(before);
    });

    it.each([
      ['missing title', { title: undefined }, 'title'],
      ['blank title', { title: '   ' }, 'title'],
      ['title over 200', { title: 'x'.repeat(201) }, 'title'],
      ['bad slug', { slug: 'Store Bokstaver' }, 'slug'],
      ['unknown author role', { authorRole: 'journalist' }, 'authorRole'],
      ['11 tags', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'tags'],
      ['long tag', { tags: ['x'.repeat(41)] }, 'tag'],
      ['bad date', { publishedAt: '2026-13-01' }, 'publishedAt'],
      ['unknown field', { views: 5 }, 'views'],
      ['markdown over 100,000', { markdown: 'x'.repeat(100_001) }, 'markdown'],
    ])('answers 400 for %s and saves nothing', async (_case, overrides, word) => {
      const before = await rowCount('article');
      const response = await call('POST', `${BASE}/articles`, articleBody(overrides));
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toContain(word);
      expect(await rowCount('article')).toBe(before);
    });

    it('links a member account as author and refuses an unknown one with 400', async () => {
      const member = await createSignedIn(sut);
      const article = await createArticle({ authorAccountId: member.account.id });
      expect(article.authorAccountId).toBe(member.account.id);
      const unknown = await call(
        'POST',
        `${BASE}/articles`,
        articleBody({ authorAccountId: '8a1f3c2e-6b7d-4e8f-9a0b-1c2d3e4f5a6b' }),
      );
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json()).toMatchObject({ code: 'unknown_author_account' });
    });
  });

  describe('publishArticle', () => {
    it('opens the discussion thread in the staff voice, linked both ways, and records it in the article change', async () => {
      const draft = await createArticle();
      const response = await call('POST', `${BASE}/articles/${draft.id}/publish`);
      expect(response.statusCode).toBe(200);
      const published = response.json<EditorArticleDto>();
      expect(published.published).toBe(true);
      expect(published.discussionThreadId).toEqual(expect.any(String));
      expect(published.discussionPostCount).toBe(1);

      const [thread] = await sut.sql<{ id: string; article_id: string; author_id: string | null; post_count: number }>(
        'select id, article_id, author_id, post_count from thread where article_id = ?',
        [draft.id],
      );
      expect(thread).toMatchObject({ id: published.discussionThreadId, article_id: draft.id, author_id: null });
      const posts = await sut.sql<{ body: string; staff_voice: boolean; author_id: string | null; status: string }>(
        'select body, staff_voice, author_id, status from post where thread_id = ?',
        [thread?.id],
      );
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatchObject({ staff_voice: true, author_id: null, status: 'published' });
      expect(posts[0]?.body).toContain(`${sut.config.publicUrl}/artikler/${draft.slug}`);

      const threadRead = await sut.app.inject({ method: 'GET', url: `/api/threads/${thread?.id}` });
      expect(threadRead.json()).toMatchObject({ articleId: draft.id, postCount: 1 });
      const publicArticle = (
        await sut.app.inject({ method: 'GET', url: `/api/articles/${draft.slug}` })
      ).json<ArticleDto>();
      expect(publicArticle).toMatchObject({ discussionThreadId: thread?.id });
      // The count changes with every post: the cached article leaves it to the thread's route.
      expect(publicArticle).not.toHaveProperty('discussionPostCount');
      const [change] = await sut.sql<{ data: ArticleDto }>('select data from sync_change where entity_id = ?', [
        draft.id,
      ]);
      expect(change?.data.discussionThreadId).toBe(thread?.id);
    });

    it('reuses the thread when an article is published again', async () => {
      const article = await createArticle({ published: true });
      expect(article.discussionThreadId).toEqual(expect.any(String));
      await call('POST', `${BASE}/articles/${article.id}/unpublish`);
      const again = (await call('POST', `${BASE}/articles/${article.id}/publish`)).json<EditorArticleDto>();
      expect(again.discussionThreadId).toBe(article.discussionThreadId);
      expect(await sut.sql('select id from thread where article_id = ?', [article.id])).toHaveLength(1);
    });

    it("badges the linked author's posts in the discussion thread, and nobody else's", async () => {
      const author = await createSignedIn(sut);
      const other = await createSignedIn(sut);
      const article = await createArticle({ authorAccountId: author.account.id, published: true });
      for (const [account, body] of [
        [author.account.id, 'Takk for kommentarene!'],
        [other.account.id, 'Interessant artikkel.'],
      ] as const) {
        await sut.sql(
          `insert into post (id, thread_id, author_id, body, fingerprint, created_at, status, staff_voice)
           values (gen_random_uuid(), ?, ?, ?, md5(?), now(), 'published', false)`,
          [article.discussionThreadId, account, body, body],
        );
      }
      const posts = (
        await sut.app.inject({ method: 'GET', url: `/api/threads/${article.discussionThreadId}/posts` })
      ).json<{ items: { authorAlias: string | null; staffVoice: boolean; articleAuthor?: boolean }[] }>().items;
      const badge = new Map(
        posts.map((post) => [post.staffVoice ? 'Redaksjonen' : post.authorAlias, post.articleAuthor]),
      );
      expect(badge.get(author.me.alias)).toBe(true);
      expect(badge.get(other.me.alias)).toBe(false);
      expect(badge.get('Redaksjonen')).toBe(false);
    });
  });

  describe('updateArticle', () => {
    it('puts a new change into pull for the previous cursor', async () => {
      const article = await createArticle({ published: true });
      const cursor = await pullToEnd();
      const response = await call('PATCH', `${BASE}/articles/${article.id}`, { title: 'Ny tittel' });
      expect(response.statusCode).toBe(200);
      const { changes } = await pull(cursor);
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({
        entity: 'article',
        op: 'upsert',
        id: article.id,
        data: { title: 'Ny tittel' },
      });
    });

    it('answers 404 for an unknown id, 400 for a malformed id and for a taken slug change, changing nothing', async () => {
      expect(
        (await call('PATCH', `${BASE}/articles/8a1f3c2e-6b7d-4e8f-9a0b-1c2d3e4f5a6b`, { title: 'x' })).statusCode,
      ).toBe(404);
      expect((await call('PATCH', `${BASE}/articles/not-an-id`, { title: 'x' })).statusCode).toBe(400);
      const first = await createArticle();
      const second = await createArticle();
      const response = await call('PATCH', `${BASE}/articles/${second.id}`, { slug: first.slug, title: 'Endret' });
      expect(response.statusCode).toBe(409);
      const [row] = await sut.sql<{ title: string; slug: string }>('select title, slug from article where id = ?', [
        second.id,
      ]);
      expect(row).toEqual({ title: second.title, slug: second.slug });
    });
  });

  describe('unpublishArticle', () => {
    it('turns into a delete change in pull', async () => {
      const article = await createArticle({ published: true });
      const cursor = await pullToEnd();
      expect((await call('POST', `${BASE}/articles/${article.id}/unpublish`)).statusCode).toBe(200);
      const { changes } = await pull(cursor);
      expect(changes.map((change: SyncChange) => [change.op, change.id])).toEqual([['delete', article.id]]);
      expect((await sut.app.inject({ method: 'GET', url: `/api/articles/${article.slug}` })).statusCode).toBe(404);
    });
  });

  describe('deleteArticle', () => {
    it('deletes, sends a delete change and leaves the discussion as an ordinary thread', async () => {
      const article = await createArticle({ published: true });
      const cursor = await pullToEnd();
      expect((await call('DELETE', `${BASE}/articles/${article.id}`)).statusCode).toBe(204);
      expect((await pull(cursor)).changes).toMatchObject([{ op: 'delete', id: article.id }]);
      expect(await sut.sql('select id from article where id = ?', [article.id])).toHaveLength(0);
      const [thread] = await sut.sql<{ article_id: string | null }>('select article_id from thread where id = ?', [
        article.discussionThreadId,
      ]);
      expect(thread?.article_id).toBeNull();
      expect((await call('DELETE', `${BASE}/articles/${article.id}`)).statusCode).toBe(404);
    });
  });

  describe('previewMarkdown', () => {
    const hostile = [
      '# Tittel',
      '<script>alert(1)</script>',
      '<iframe src="https://evil.example"></iframe>',
      '[klikk](javascript:alert(2))',
      '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>',
      '![bilde](data:image/png;base64,iVBORw0KGgo=)',
      '<img src="https://tracker.example/p.gif">',
      '<p style="color:red" onclick="alert(3)">tekst</p>',
      '[trygg](https://example.no)',
    ].join('\n\n');

    function expectClean(html: string): void {
      expect(html).not.toMatch(/<script|<iframe|<img|<style|javascript:|data:|onclick|style=/i);
      expect(html).toContain('<a href="https://example.no" rel="noopener noreferrer">trygg</a>');
    }

    it('renders sanitised HTML for the live preview', async () => {
      const response = await call('POST', `${BASE}/preview`, { markdown: hostile });
      expect(response.statusCode).toBe(200);
      expectClean(response.json<{ html: string }>().html);
    });

    it('strips the same through the editor API and the public read', async () => {
      const article = await createArticle({ markdown: hostile, published: true });
      expectClean(article.html);
      const read = (await sut.app.inject({ method: 'GET', url: `/api/articles/${article.slug}` })).json<ArticleDto>();
      expectClean(read.html);
    });
  });

  describe('createNewsLink', () => {
    it.each(['javascript:alert(1)', 'ftp://files.example.no/x', 'ikke en adresse', 'https://'])(
      'answers 400 for url %s and saves nothing',
      async (url) => {
        const before = await rowCount('news_link');
        const response = await call('POST', `${BASE}/news-links`, {
          title: 'Sak',
          url,
          source: 'Avisa',
          date: '2026-11-20',
          comment: '',
        });
        expect(response.statusCode).toBe(400);
        expect(JSON.stringify(response.json())).toContain('url');
        expect(await rowCount('news_link')).toBe(before);
      },
    );

    it('creates and publishes a news link', async () => {
      const response = await call('POST', `${BASE}/news-links`, {
        title: 'Ny rapport',
        url: 'https://nyheter.example.no/rapport',
        source: 'Avisa',
        date: '2026-11-20',
        comment: 'Verdt å lese.',
        published: true,
      });
      expect(response.statusCode).toBe(201);
      expect(response.json<EditorNewsLinkDto>()).toMatchObject({ published: true, date: '2026-11-20' });
    });
  });

  describe('createResource', () => {
    it('answers 400 for a non-http url and accepts a null one', async () => {
      const body = { kind: 'helpService', name: 'Hjelp', phone: null, description: 'Anonym hjelp.' };
      expect((await call('POST', `${BASE}/resources`, { ...body, url: 'javascript:alert(1)' })).statusCode).toBe(400);
      expect((await call('POST', `${BASE}/resources`, { ...body, url: null })).statusCode).toBe(201);
    });

    it('takes a structured phone number and answers 400 to display text in it', async () => {
      const body = {
        kind: 'helpService',
        name: 'Politiet',
        url: null,
        phone: '02800 (nødnummer 112)',
        description: 'Tips.',
      };
      const bad = await call('POST', `${BASE}/resources`, { ...body, phoneNumber: '02800 (nødnummer 112)' });
      expect(bad.statusCode).toBe(400);
      const good = await call('POST', `${BASE}/resources`, { ...body, phoneNumber: '02800' });
      expect(good.statusCode).toBe(201);
      expect(good.json()).toMatchObject({ phone: '02800 (nødnummer 112)', phoneNumber: '02800' });
    });
  });

  describe('createPage', () => {
    it('answers 409 for a taken slug', async () => {
      const body = { slug: uniqueSlug('side'), title: 'Loven', lead: 'Kort.', markdown: 'Tekst.', position: 1 };
      expect((await call('POST', `${BASE}/pages`, body)).statusCode).toBe(201);
      expect((await call('POST', `${BASE}/pages`, body)).statusCode).toBe(409);
    });
  });

  describe('createPressMention', () => {
    it('publishes a press mention to GET /api/press and the pull stream, and unpublishes it as delete', async () => {
      const cursor = await pullToEnd();
      const created = await call('POST', `${BASE}/press-mentions`, {
        outlet: 'NRK',
        date: '2026-10-01',
        title: 'Tjenesten som hjelper sexkjøpere å slutte',
        url: 'https://nrk.example.no/sak',
        published: true,
      });
      expect(created.statusCode).toBe(201);
      const mention = created.json<EditorPressMentionDto>();
      const press = (await sut.app.inject({ method: 'GET', url: '/api/press' })).json<PressMentionDto[]>();
      expect(press).toContainEqual({
        id: mention.id,
        outlet: 'NRK',
        date: '2026-10-01',
        title: mention.title,
        url: 'https://nrk.example.no/sak',
      });
      expect((await pull(cursor)).changes).toMatchObject([{ entity: 'pressMention', op: 'upsert', id: mention.id }]);
      const next = await pullToEnd();
      await call('POST', `${BASE}/press-mentions/${mention.id}/unpublish`);
      expect((await pull(next)).changes).toMatchObject([{ entity: 'pressMention', op: 'delete', id: mention.id }]);
      expect(
        (await call('POST', `${BASE}/press-mentions`, { ...mention, id: undefined, url: 'nope' })).statusCode,
      ).toBe(400);
    });
  });

  describe('updateStartPage', () => {
    it("sets the featured article and the introduction, reaching devices as 'startPage'", async () => {
      const article = await createArticle({ published: true });
      const cursor = await pullToEnd();
      const response = await call('PUT', `${BASE}/start-page`, {
        featuredArticleId: article.id,
        introductionMarkdown: 'Velkommen. <script>alert(1)</script>',
        todayNewsLinkId: null,
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<EditorStartPageDto>();
      expect(page).toMatchObject({ featuredArticleId: article.id, todayNewsLinkId: null });
      expect(page.introductionHtml).not.toContain('script');
      expect((await pull(cursor)).changes).toMatchObject([
        { entity: 'startPage', op: 'upsert', data: { featuredArticleId: article.id } },
      ]);
      expect((await sut.app.inject({ method: 'GET', url: '/api/start-page' })).json()).toMatchObject({
        featuredArticleId: article.id,
      });
    });

    it('refuses an unpublished featured article with 400', async () => {
      const draft = await createArticle();
      const response = await call('PUT', `${BASE}/start-page`, {
        featuredArticleId: draft.id,
        introductionMarkdown: 'Hei',
        todayNewsLinkId: null,
      });
      expect(response.statusCode).toBe(400);
    });
  });
});
