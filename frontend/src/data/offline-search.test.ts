import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { makeArticle } from '../test/fixtures.js';
import { AppDB } from './app-db.js';
import {
  buildSearchIndex,
  foldText,
  htmlToText,
  makeSnippet,
  queryTerms,
  searchDocuments,
  searchIndex,
  searchOffline,
  stemWord,
  type OfflineDocument,
} from './offline-search.js';

describe('offline-search', () => {
  describe('foldText and stemWord', () => {
    it('lower-cases and folds accents', () => {
      expect(foldText('Håp og Café')).to.equal('hap og cafe');
    });

    it('strips a definite ending only when a stem of four letters is left', () => {
      expect(stemWord('menneskehandelen')).to.equal('menneskehandel');
      expect(stemWord('loven')).to.equal('loven');
      expect(stemWord('sex')).to.equal('sex');
    });

    it('turns a query into unique terms', () => {
      expect(queryTerms('  Menneskehandelen, menneskehandel! ')).to.deep.equal(['menneskehandel']);
      expect(queryTerms(' ,. ')).to.deep.equal([]);
    });
  });

  describe('htmlToText', () => {
    it('removes tags and decodes entities', () => {
      expect(htmlToText('<p>Kjøp &amp; salg</p><p>av <em>sex</em></p>')).to.equal('Kjøp & salg av sex');
    });
  });

  describe('searchDocuments', () => {
    const docs = [
      {
        type: 'article' as const,
        id: 'a',
        title: 'Om menneskehandelen i Norge',
        body: 'Tekst om utnyttelse.',
        href: '/artikler/a',
      },
      { type: 'page' as const, id: 'p', title: 'Loven', body: 'Sexkjøpsloven gjelder i hele landet.', href: '/info/p' },
      {
        type: 'resource' as const,
        id: 'r',
        title: 'Hjelpetelefon',
        body: 'Ring om menneskehandel.',
        href: 'https://example.org',
      },
    ];

    it('matches word prefixes both ways: "menneskehandel" finds "menneskehandelen" and back', () => {
      expect(searchDocuments('menneskehandel', docs).map((r) => r.id)).to.have.members(['a', 'r']);
      expect(searchDocuments('menneskehandelen', docs).map((r) => r.id)).to.have.members(['a', 'r']);
    });

    it('ranks title hits first and needs every term', () => {
      expect(searchDocuments('menneskehandel', docs)[0]?.id).to.equal('a');
      expect(searchDocuments('menneskehandel landet', docs)).to.have.length(0);
      expect(searchDocuments('sexkjøp hele', docs).map((r) => r.id)).to.deep.equal(['p']);
    });

    it('marks the matched words in the snippet', () => {
      const [result] = searchDocuments('ring', docs);
      expect(result?.snippet).to.deep.equal([
        { text: 'Ring', mark: true },
        { text: ' om menneskehandel.', mark: false },
      ]);
    });
  });

  describe('buildSearchIndex and searchIndex', () => {
    const words = [
      'menneskehandel',
      'menneskehandelen',
      'Menneske',
      'tvang',
      'Tvangen',
      'hjelp',
      'Håp',
      'café',
      'og',
      'i',
      'Oslo',
      'øya',
      'ærlig',
    ];
    // Deterministic variety: repeated words, equal titles, equal scores, accents and capitals.
    const docs: OfflineDocument[] = Array.from({ length: 60 }, (_, n) => ({
      type: n % 3 === 0 ? ('page' as const) : ('article' as const),
      id: `d${n}`,
      title:
        n % 7 === 0
          ? 'Samme tittel'
          : `${words[n % words.length] ?? ''} ${words[(n * 5) % words.length] ?? ''} nr ${n}`,
      body: Array.from({ length: 5 + (n % 30) }, (_, i) => words[(n * 3 + i * i) % words.length]).join(' '),
      href: `/d/${n}`,
    }));
    const queries = [
      'menneskehandel',
      'menneskehandelen',
      'menneske',
      'menneske menneskehandel',
      'tvang hjelp',
      'hap',
      'Cafe',
      'øy',
      'o',
      'samme',
      'finnesikke',
      'tvang finnesikke',
    ];

    it('gives exactly the results of searchDocuments (matches, scores, order, snippets)', () => {
      const index = buildSearchIndex(docs);
      for (const q of queries) {
        expect(searchIndex(index, q), q).to.deep.equal(searchDocuments(q, docs));
        expect(searchIndex(index, q, 5), q).to.deep.equal(searchDocuments(q, docs, 5));
      }
    });

    it('falls back to reading every text for a query with very many terms', () => {
      const q = Array.from({ length: 40 }, (_, i) => `ord${i}x`).join(' ');
      const index = buildSearchIndex([...docs, { type: 'page', id: 'all', title: 'Alle', body: q, href: '/alle' }]);
      expect(searchIndex(index, q).map((r) => r.id)).to.deep.equal(['all']);
    });
  });

  describe('makeSnippet', () => {
    it('cuts long text around the first hit', () => {
      const text = `${'ord '.repeat(100)}treff ${'mer '.repeat(100)}`;
      const start = text.indexOf('treff');
      const parts = makeSnippet(text, [{ start, end: start + 5 }]);
      expect(parts[0]?.text).to.equal('… ');
      expect(parts.find((p) => p.mark)?.text).to.equal('treff');
      expect(parts.map((p) => p.text).join('').length).to.be.below(210);
    });
  });

  describe('searchOffline', () => {
    let db: AppDB;

    beforeEach(async () => {
      db = new AppDB(`test-offline-search-${crypto.randomUUID()}`);
      await db.articles.put(
        makeArticle(1, { title: 'Menneskehandelen i Norden', html: '<p>Om utnyttelse og <strong>tvang</strong>.</p>' }),
      );
      await db.pages.put({
        id: 'p1',
        slug: 'loven',
        title: 'Sexkjøpsloven',
        lead: 'Hva loven sier',
        html: '<p>Det er forbudt å kjøpe sex i Norge.</p>',
        position: 1,
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
      await db.newsLinks.put({
        id: 'n1',
        title: 'Ny rapport',
        url: 'https://example.org/rapport',
        source: 'NRK',
        date: '2026-11-01',
        comment: 'Rapporten handler om tvang.',
      });
      await db.qas.put({
        id: 'q1',
        topic: 'other' as never,
        question: 'Kan jeg snakke anonymt?',
        answer: 'Ja, helt anonymt.',
        publishedAt: '2026-01-01T00:00:00.000Z',
      });
      // A cached forum thread: never part of the offline search.
      await db.threads.put({
        id: 't1',
        thread: { id: 't1', title: 'Tvang i forumet' } as never,
        posts: [{ id: 'post1', body: 'Et innlegg om tvang' } as never],
        nextCursor: null,
        lastReadAt: null,
        lastSeenPostId: null,
        lastSeenActivityAt: null,
        openedAt: '2026-01-01T00:00:00.000Z',
      });
    });

    afterEach(async () => {
      db.close();
      await Dexie.delete(db.name);
    });

    it('finds articles, pages, news and Q&As by stem, never forum posts', async () => {
      const found = await searchOffline('tvang', db);
      expect(found.map((r) => r.type)).to.have.members(['article', 'newsLink']);
      expect(found.some((r) => r.id === 't1' || r.id === 'post1')).to.equal(false);
      expect((await searchOffline('menneskehandel', db)).map((r) => r.href)).to.deep.equal(['/artikler/artikkel-1']);
      expect((await searchOffline('anonym', db)).map((r) => r.type)).to.deep.equal(['qa']);
      expect((await searchOffline('kjøpe', db)).map((r) => r.id)).to.deep.equal(['p1']);
    });

    it('rebuilds its index after new rows arrive and after a row is deleted', async () => {
      expect(await searchOffline('sjeldenord', db)).to.deep.equal([]);
      await db.articles.put(makeArticle(2, { title: 'Et sjeldenord i tittelen' }));
      expect((await searchOffline('sjeldenord', db)).map((r) => r.id)).to.deep.equal([makeArticle(2).id]);
      await db.resources.put({
        id: 'r9',
        kind: 'organisation' as never,
        name: 'Sjeldenordet',
        url: null,
        phone: null,
        phoneNumber: null,
        description: '',
      });
      expect((await searchOffline('sjeldenord', db)).map((r) => r.id)).to.have.members([makeArticle(2).id, 'r9']);
      await db.articles.delete(makeArticle(2).id);
      expect((await searchOffline('sjeldenord', db)).map((r) => r.id)).to.deep.equal(['r9']);
    });

    it('answers nothing for an empty query', async () => {
      expect(await searchOffline('  ', db)).to.deep.equal([]);
    });
  });
});
