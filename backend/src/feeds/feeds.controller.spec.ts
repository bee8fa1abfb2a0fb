import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleInput, newsLinkInput } from '../../test/factories/content.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ContentService } from '../content/content.service';
import { escapeXml } from './atom';
import { FeedsController } from './feeds.controller';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const PUBLIC_URL = 'https://sexhandel.example.no';

type XmlElement = ReturnType<DOMParser['parseFromString']>['documentElement'];

/** Parses strictly (any error or warning fails) and checks the Atom elements RFC 4287 requires. */
function parseAtom(xml: string): XmlElement {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: (message: string) => problems.push(`warning: ${message}`),
      error: (message: string) => problems.push(`error: ${message}`),
      fatalError: (message: string) => problems.push(`fatal: ${message}`),
    },
  }).parseFromString(xml, 'application/xml');
  expect(problems).toEqual([]);
  const feed = doc.documentElement;
  expect(feed.localName).toBe('feed');
  expect(feed.namespaceURI).toBe(ATOM_NS);
  return feed;
}

const children = (parent: XmlElement, name: string): XmlElement[] =>
  Array.from(parent.childNodes as unknown as ArrayLike<XmlElement>).filter(
    (node) => node.nodeType === 1 && node.localName === name,
  );
const text = (parent: XmlElement, name: string): string => children(parent, name)[0]?.textContent ?? '';

function expectValidFeed(feed: XmlElement, selfPath: string): XmlElement[] {
  for (const name of ['id', 'title', 'updated', 'author']) expect(children(feed, name), name).toHaveLength(1);
  expect(Number.isNaN(Date.parse(text(feed, 'updated')))).toBe(false);
  const self = children(feed, 'link').find((link) => link.getAttribute('rel') === 'self');
  expect(self?.getAttribute('href')).toBe(`${PUBLIC_URL}${selfPath}`);
  const entries = children(feed, 'entry');
  for (const entry of entries) {
    for (const name of ['id', 'title', 'updated', 'summary']) expect(children(entry, name), name).toHaveLength(1);
    expect(Number.isNaN(Date.parse(text(entry, 'updated')))).toBe(false);
    const href = children(entry, 'link')[0]?.getAttribute('href') ?? '';
    expect(new URL(href).protocol).toMatch(/^https?:$/);
  }
  return entries;
}

describe(FeedsController.name, () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp({ PUBLIC_URL });
    const content = sut.app.get(ContentService);
    await content.create(
      'article',
      articleInput({
        slug: 'kjop-og-lov',
        title: 'Kjøp & lov <i dag> "sitat"',
        lead: 'Ingress med \u0001 kontrolltegn & mer.',
      }),
    );
    await content.create('article', articleInput({ slug: 'utkast-i-feed', published: false }));
    await content.create('newsLink', newsLinkInput({ title: 'Sak om <menneskehandel>', comment: 'Les & lær' }));
  });
  afterAll(async () => sut.close());

  describe('getArticlesFeed', () => {
    it('serves valid Atom with absolute article addresses, escaped text and no drafts', async () => {
      const response = await sut.app.inject({ method: 'GET', url: '/feeds/articles.xml' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/atom+xml');
      const entries = expectValidFeed(parseAtom(response.body), '/feeds/articles.xml');
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry && text(entry, 'title')).toBe('Kjøp & lov <i dag> "sitat"');
      expect(entry && text(entry, 'summary')).toBe('Ingress med  kontrolltegn & mer.');
      expect(entry && children(entry, 'link')[0]?.getAttribute('href')).toBe(`${PUBLIC_URL}/artikler/kjop-og-lov`);
    });
  });

  describe('getNewsFeed', () => {
    it('serves valid Atom linking to the news stories', async () => {
      const response = await sut.app.inject({ method: 'GET', url: '/feeds/news.xml' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/atom+xml');
      const entries = expectValidFeed(parseAtom(response.body), '/feeds/news.xml');
      expect(entries.map((entry) => text(entry, 'title'))).toEqual(['Sak om <menneskehandel>']);
    });

    it('is not under /api', async () => {
      expect((await sut.app.inject({ method: 'GET', url: '/api/feeds/news.xml' })).statusCode).toBe(404);
    });
  });

  describe('escapeXml', () => {
    it('escapes markup and drops characters XML forbids', () => {
      expect(escapeXml('a<b>&"\'\u0000\u0008\uFFFE c')).toBe('a&lt;b&gt;&amp;&quot;&apos; c');
    });
  });
});
