import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { makeArticle } from '../test/fixtures.js';
import { AppDB } from './app-db.js';
import { foldText, htmlToText, makeSnippet, queryTerms, searchDocuments, searchOffline, stemWord } from './offline-search.js';

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
      { type: 'article' as const, id: 'a', title: 'Om menneskehandelen i Norge', body: 'Tekst om utnyttelse.', href: '/artikler/a' },
      { type: 'page' as const, id: 'p', title: 'Loven', body: 'Sexkjøpsloven gjelder i hele landet.', href: '/info/p' },
      { type: 'resource' as const, id: 'r', title: 'Hjelpetelefon', body: 'Ring om menneskehandel.', href: 'https://example.org' },
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

    it('answers nothing for an empty query', async () => {
      expect(await searchOffline('  ', db)).to.deep.equal([]);
    });
  });
});
