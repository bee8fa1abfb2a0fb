import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleInput, newsLinkInput, pageInput, resourceInput } from '../../test/factories/content.factory';
import {
  canonicalOf,
  createPagesApp,
  isNoindex,
  metaOf,
  pageDataOf,
  PUBLIC_URL,
  titleOf,
} from '../../test/public-pages.kit';
import type { TestApp } from '../../test/test-app';
import { ContentService } from '../content/content.service';
import { SyncChangeRecorder } from '../sync/sync-change.recorder';
import { PublicPagesService } from './public-pages.service';

describe(PublicPagesService.name, () => {
  let sut: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => sut.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    sut = await createPagesApp();
    const content = sut.app.get(ContentService);
    await content.create(
      'article',
      articleInput({
        slug: 'kjop-og-lov',
        title: 'Kjøp & lov <i dag>',
        lead: 'Hva loven sier om kjøp av sex.',
        authorName: 'Kari Forsker',
        authorRole: 'researcher',
      }),
    );
    await content.create('article', articleInput({ slug: 'et-utkast', title: 'Hemmelig utkast', published: false }));
    await content.create('page', pageInput({ slug: 'om-loven', title: 'Om sexkjøpsloven' }));
    await content.create('newsLink', newsLinkInput({ title: 'Sak om menneskehandel' }));
    await content.create('resource', resourceInput({ name: 'Hjelpetelefonen' }));
  });
  afterAll(async () => sut.close());

  describe('public routes', () => {
    it.each([
      ['/', 'Forside – Sexhandel', 'Et rolig sted å lese'],
      ['/info', 'Informasjon – Sexhandel', 'Om sexkjøpsloven'],
      ['/info/om-loven', 'Om sexkjøpsloven – Sexhandel', 'Om sexkjøpsloven'],
      ['/artikler', 'Artikler – Sexhandel', 'Kjøp &amp; lov &lt;i dag&gt;'],
      ['/artikler/kjop-og-lov', 'Kjøp &amp; lov &lt;i dag&gt; – Sexhandel', 'Kari Forsker'],
      ['/nyheter', 'Nyheter – Sexhandel', 'Sak om menneskehandel'],
      ['/ressurser', 'Ressurser – Sexhandel', 'Hjelpetelefonen'],
      ['/regler', 'Forumregler – Sexhandel', 'Forumregler'],
      ['/sporsmal-og-svar', 'Spørsmål og svar – Sexhandel', 'Spørsmål og svar'],
      ['/kontakt', 'Kontakt – Sexhandel', 'Snakk med en rådgiver'],
      ['/media', 'Tjenesten i mediene – Sexhandel', 'Tjenesten i mediene'],
      ['/forum', 'Forum – Sexhandel', 'Diskusjon: Kjøp &amp; lov'],
      ['/moderering-logg', 'Moderasjonslogg – Sexhandel', 'Moderasjonslogg'],
    ])('%s answers 200 with its content, its own title, description and canonical link', async (path, title, text) => {
      const response = await get(path);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['set-cookie']).toBeUndefined();
      const body = response.body;
      expect(titleOf(body)).toBe(title);
      expect(body).toContain(text);
      expect(body).toContain('<html lang="nb">');
      expect(body).toContain('id="sh-ssr"');
      expect(body).not.toContain('<sh-app');
      // The shell's "needs JavaScript" line goes; only the stylesheet that hides app-only controls stays.
      expect(body).not.toContain('trenger JavaScript.</noscript>');
      expect(body).toContain('<noscript><link rel="stylesheet" href="/noscript.css" /></noscript>');
      expect(metaOf(body, 'name', 'description')).not.toBe('App-beskrivelse');
      expect(canonicalOf(body)).toBe(`${PUBLIC_URL}${path === '/' ? '/' : path}`);
      expect(metaOf(body, 'property', 'og:url')).toBe(`${PUBLIC_URL}${path}`);
      expect(metaOf(body, 'property', 'og:title')).toBe(title.replace(' – Sexhandel', ''));
      expect(body).toContain(
        '<link rel="alternate" type="application/atom+xml" title="Sexhandel – artikler" href="/feeds/articles.xml"',
      );
      expect(body).toContain('href="/feeds/news.xml"');
    });

    it('marks the forum noindex (members wrote for the forum, not a search engine) and content pages not', async () => {
      expect(isNoindex((await get('/forum')).body)).toBe(true);
      expect(isNoindex((await get('/moderering-logg')).body)).toBe(true);
      expect(isNoindex((await get('/artikler')).body)).toBe(false);
    });

    it('gives an article JSON-LD with headline, author name and role, and dates', async () => {
      const body = (await get('/artikler/kjop-og-lov')).body;
      const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(body)?.[1] ?? '{}';
      const data = JSON.parse(json) as Record<string, unknown> & { author: Record<string, string> };
      expect(data['@type']).toBe('Article');
      expect(data.headline).toBe('Kjøp & lov <i dag>');
      expect(data.author).toMatchObject({ name: 'Kari Forsker', jobTitle: 'forsker' });
      expect(Number.isNaN(Date.parse(String(data.datePublished)))).toBe(false);
      expect(Number.isNaN(Date.parse(String(data.dateModified)))).toBe(false);
      expect(metaOf(body, 'property', 'og:type')).toBe('article');
    });

    it('gives the Q&A page FAQPage data with each published question and answer', async () => {
      const recorder = sut.app.get(SyncChangeRecorder);
      const qa = {
        id: '00000000-0000-4000-8000-00000000aa01',
        topic: 'law',
        question: 'Hva skjer hvis jeg blir tatt?',
        answer: 'Du kan få bot, og saken kan bli kjent.',
        publishedAt: '2026-11-01T10:00:00.000Z',
      };
      await sut.em().transactional((em) => recorder.record(em, 'qa', qa.id, 'upsert', qa));
      const body = (await get('/sporsmal-og-svar')).body;
      expect(body).toContain('Hva skjer hvis jeg blir tatt?');
      const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(body)?.[1] ?? '{}';
      expect(JSON.parse(json)).toMatchObject({
        '@type': 'FAQPage',
        mainEntity: [
          {
            '@type': 'Question',
            name: qa.question,
            acceptedAnswer: { '@type': 'Answer', text: qa.answer },
          },
        ],
      });
    });

    it('carries the rows it shows as the pull stream has them, for the app to render the same page', async () => {
      const body = (await get('/artikler/kjop-og-lov')).body;
      const json = /<script type="application\/json" id="sh-page-data">([^<]*)<\/script>/.exec(body)?.[1] ?? '{}';
      const data = JSON.parse(json) as {
        path: string;
        changes: { entity: string; op: string; data: { slug?: string } }[];
      };
      expect(data.path).toBe('/artikler/kjop-og-lov');
      const article = data.changes.find((change) => change.entity === 'article' && change.data.slug === 'kjop-og-lov');
      expect(article?.op).toBe('upsert');
      const pull = (await sut.app.inject({ method: 'GET', url: '/api/sync/pull' })).json<{
        changes: { entity: string; data: unknown }[];
      }>();
      expect(pull.changes.find((change) => change.entity === 'article')?.data).toEqual(article?.data);
    });

    it('ignores parameters it does not know (campaign tags) and pages the article list with plain links', async () => {
      expect((await get('/artikler?utm_source=kort&side=1')).statusCode).toBe(200);
      const content = sut.app.get(ContentService);
      for (let i = 0; i < 20; i++) await content.create('article', articleInput({ slug: `mange-${i}` }));
      const first = (await get('/artikler')).body;
      expect(first).toContain('href="/artikler?side=2"');
      // The links are for readers without JavaScript; the app shows more in place, as drawn here.
      expect(/<noscript><nav class="pagination"[\s\S]*?href="\/artikler\?side=2"[\s\S]*?<\/noscript>/.test(first)).toBe(
        true,
      );
      expect(first).toMatch(
        /<p class="ssr-js-only">\s*<button type="button" class="button secondary">Vis flere artikler<\/button>/,
      );
      // The count is the whole list's, and the page data says so for the app until it has them all.
      const total = Number(/(\d+) artikler<\/p>/.exec(first)?.[1]);
      expect(total).toBeGreaterThan(20);
      expect(pageDataOf(first)).toMatchObject({ articleCount: { topic: null, total } });
      const second = await get('/artikler?side=2');
      expect(second.statusCode).toBe(200);
      expect(canonicalOf(second.body)).toBe(`${PUBLIC_URL}/artikler?side=2`);
      expect(second.body).toContain('href="/artikler"');
      expect((await get('/artikler?side=3')).statusCode).toBe(404);
      expect((await get('/artikler?side=0')).statusCode).toBe(404);
    });

    it('lists the topics of the page as links, and the articles on one topic without JavaScript', async () => {
      const content = sut.app.get(ContentService);
      await content.create('article', articleInput({ slug: 'om-helse', title: 'Om helse og hjelp', tags: ['helse'] }));
      const all = (await get('/artikler')).body;
      expect(all).toContain('Vis tema');
      expect(all).toContain('<a class="topic" href="/artikler" aria-current="page">Alle</a>');
      expect(all).toContain('href="/artikler?tema=helse"');
      const health = await get('/artikler?tema=helse');
      expect(health.statusCode).toBe(200);
      expect(titleOf(health.body)).toBe('Artikler om «helse» – Sexhandel');
      expect(canonicalOf(health.body)).toBe(`${PUBLIC_URL}/artikler?tema=helse`);
      expect(health.body).toContain('Om helse og hjelp');
      expect(health.body).not.toContain('href="/artikler/mange-0"');
      // The chosen topic links back to all, like the app's filter toggles it off.
      expect(health.body).toContain('<a class="topic" href="/artikler" aria-current="page">helse</a>');
      // Each topic is its own cached answer, never the plain list's.
      expect((await get('/artikler?tema=helse')).body).toBe(health.body);
      expect((await get('/artikler')).body).toBe(all);
      // A topic no article has, or one no tag could be, is no page.
      for (const bad of ['ukjent-tema', '%3Cscript%3E', 'x'.repeat(61), '%00', '']) {
        const answer = await get(`/artikler?tema=${bad}`);
        expect(answer.statusCode, bad).toBe(404);
        expect(answer.body).not.toContain('<script>');
      }
    });

    it("shows every article's topics on each page of the list and carries them for the app's first render", async () => {
      const content = sut.app.get(ContentService);
      await content.create('article', articleInput({ slug: 'om-rus', title: 'Om rus', tags: ['rus'] }));
      await content.create('article', articleInput({ slug: 'om-skam', title: 'Om skam', tags: ['skam'] }));
      const body = (await get('/artikler?tema=skam')).body;
      expect(body).not.toContain('href="/artikler/om-rus"');
      // The page holds only the article on «skam», yet its filter offers «rus» and every other topic.
      expect(body).toContain('<a class="topic" href="/artikler?tema=rus">rus</a>');
      const json = /<script type="application\/json" id="sh-page-data">([^<]*)<\/script>/.exec(body)?.[1] ?? '{}';
      const data = JSON.parse(json) as { articleTopics?: string[] };
      expect(data.articleTopics).toContain('rus');
      expect(data.articleTopics).toContain('skam');
      expect(data.articleTopics).toEqual([...(data.articleTopics ?? [])].sort((a, b) => a.localeCompare(b, 'nb')));
      // Other pages carry no topics.
      expect((await get('/nyheter')).body).not.toContain('articleTopics');
    });
  });

  describe('revalidation', () => {
    it('answers 304 to the same content ETag, and a new ETag once something is published', async () => {
      const first = await get('/nyheter');
      const tag = String(first.headers.etag);
      expect(tag).toMatch(/^W\/"c\d+-[0-9a-f]+"$/);
      const again = await get('/nyheter', { 'if-none-match': tag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect((await get('/nyheter', { 'if-none-match': 'W/"garbage<>"' })).statusCode).toBe(200);
      await sut.app.get(ContentService).create('newsLink', newsLinkInput({ title: 'Ny sak etter publisering' }));
      const changed = await get('/nyheter', { 'if-none-match': tag });
      expect(changed.statusCode).toBe(200);
      expect(changed.body).toContain('Ny sak etter publisering');
      expect(changed.headers.etag).not.toBe(tag);
    });

    it('serves content pages from the response cache (other parameters ignored), forum pages fresh each time', async () => {
      const render = vi.spyOn(sut.app.get(PublicPagesService), 'render');
      try {
        const first = await get('/ressurser');
        const again = await get('/ressurser?utm_source=nyhetsbrev');
        expect(again.body).toBe(first.body);
        expect(render).toHaveBeenCalledTimes(1);
        await get('/artikler?side=1');
        expect(render).toHaveBeenCalledTimes(2);
        await get('/forum');
        await get('/forum');
        expect(render).toHaveBeenCalledTimes(4);
        // The pages with the phone status come from the cache too, kept per phone moment as well.
        for (const path of ['/', '/kontakt']) {
          const answer = await get(path);
          expect((await get(path)).body).toBe(answer.body);
          expect(String(answer.headers.etag), path).toMatch(/^W\/"c\d+-[0-9a-f]+-m[0-9a-f]{12}"$/);
        }
        expect(render).toHaveBeenCalledTimes(6);
      } finally {
        render.mockRestore();
      }
    });
  });

  describe('not found and bad input', () => {
    it.each([
      '/finnes-ikke',
      '/artikler/et-utkast',
      '/artikler/finnes-ikke',
      '/info/finnes-ikke',
      '/artikler/kjop-og-lov/mer',
      '/forum/traad/00000000-0000-4000-8000-000000000000',
      '/forum/traad/ikke-en-id',
      '/artikler/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/artikler/..%2F..%2Fetc%2Fpasswd',
      '/%00',
      `/artikler/${'a'.repeat(5000)}`,
    ])('%s answers 404 with a helpful page, noindex, and echoes nothing unescaped', async (path) => {
      const response = await get(path);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('text/html');
      expect(isNoindex(response.body)).toBe(true);
      expect(response.body).toContain('Vi fant ikke denne siden');
      expect(response.body).not.toContain('<script>alert');
      expect(response.body).not.toContain('Hemmelig utkast');
      expect(response.headers.etag).toBeUndefined();
    });

    it.each(['/artikler/%C3%28', '/artikler/%E0%A4%A', '/%'])(
      '%s (broken percent-encoding) answers 400 with a page in the same layout and the security headers',
      async (path) => {
        const response = await get(path);
        expect(response.statusCode).toBe(400);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.headers['content-security-policy']).toContain("default-src 'self'");
        expect(response.body).toContain('Adressen er ugyldig');
        expect(isNoindex(response.body)).toBe(true);
      },
    );

    it('answers a broken API address with the API error shape', async () => {
      const response = await get('/api/articles/%E0%A4%A');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ statusCode: 400, code: 'validation' });
    });

    it('answers 400 to a forum page cursor it never made', async () => {
      const response = await get('/forum?fra=%3Cb%3Eikke-en-peker');
      expect(response.statusCode).toBe(400);
      expect(response.body).not.toContain('<b>ikke-en-peker');
    });
  });

  describe('app routes', () => {
    it.each([
      '/logg-inn',
      '/registrer',
      '/konto',
      '/sok',
      '/innstillinger',
      '/forum/ny',
      '/forum/utkast',
      '/forum/medlem/Noen',
      '/kontakt/samtaler',
      '/admin/moderering',
    ])('%s answers 200 with the content-free shell and noindex', async (path) => {
      const response = await get(path);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<sh-app></sh-app>');
      expect(response.body).not.toContain('id="sh-ssr"');
      expect(isNoindex(response.body)).toBe(true);
    });
  });

  describe('robots.txt and sitemap.xml', () => {
    it('lets crawlers read public pages, keeps them out of accounts, staff screens, campaign links and the API', async () => {
      const response = await get('/robots.txt');
      expect(response.statusCode).toBe(200);
      const lines = response.body.split('\n');
      for (const path of ['/admin', '/konto', '/k/', '/api/']) expect(lines).toContain(`Disallow: ${path}`);
      expect(lines.some((line) => /^Disallow: \/forum/.test(line))).toBe(false);
      expect(lines).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    });

    it('lists the sections, information pages and published articles with lastmod, and no forum thread by default', async () => {
      const response = await get('/sitemap.xml');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/xml');
      const problems: string[] = [];
      const doc = new DOMParser({
        errorHandler: {
          warning: (m: string) => problems.push(m),
          error: (m: string) => problems.push(m),
          fatalError: (m: string) => problems.push(m),
        },
      }).parseFromString(response.body, 'application/xml');
      expect(problems).toEqual([]);
      const root = doc.documentElement;
      expect(root.localName).toBe('urlset');
      expect(root.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      const urls = Array.from(root.getElementsByTagName('url') as unknown as ArrayLike<typeof root>);
      const locs = urls.map((url) => url.getElementsByTagName('loc')[0]?.textContent ?? '');
      for (const loc of locs) expect(loc.startsWith(`${PUBLIC_URL}/`)).toBe(true);
      expect(locs).toContain(`${PUBLIC_URL}/artikler/kjop-og-lov`);
      expect(locs).toContain(`${PUBLIC_URL}/info/om-loven`);
      expect(locs).not.toContain(`${PUBLIC_URL}/artikler/et-utkast`);
      expect(locs.some((loc) => loc.includes('/forum/traad/'))).toBe(false);
      const article = urls.find((url) => url.getElementsByTagName('loc')[0]?.textContent?.endsWith('/kjop-og-lov'));
      const lastmod = article?.getElementsByTagName('lastmod')[0]?.textContent ?? '';
      expect(Number.isNaN(Date.parse(lastmod))).toBe(false);
    });
  });
});

describe('FORUM_INDEXING=on', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createPagesApp({ FORUM_INDEXING: 'on' });
    await sut.app.get(ContentService).create('article', articleInput({ slug: 'med-diskusjon' }));
  });
  afterAll(async () => sut.close());

  it('lets the forum be indexed and lists its threads in the sitemap', async () => {
    const forum = await sut.app.inject({ method: 'GET', url: '/forum' });
    expect(isNoindex(forum.body)).toBe(false);
    const sitemap = (await sut.app.inject({ method: 'GET', url: '/sitemap.xml' })).body;
    expect(sitemap).toMatch(/\/forum\/traad\/[0-9a-f-]{36}<\/loc><lastmod>/);
  });
});
