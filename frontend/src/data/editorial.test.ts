import { expect } from '@open-wc/testing';
import { START_PAGE_ID } from '@sexhandel/shared';
import Dexie from 'dexie';
import { makeArticle, pullPage, upsert } from '../test/fixtures.js';
import { AppDB } from './app-db.js';
import { getStartPageContent, listPressMentions, slugFromTitle } from './editorial.js';
import './pull-kinds.js';
import { applyPullPage } from './sync-client.js';

describe('editorial data', () => {
  let db: AppDB;

  beforeEach(() => {
    db = new AppDB(`test-editorial-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('stores pulled start page and press mentions and reads them back', async () => {
    const article = makeArticle(3);
    await applyPullPage(
      db,
      pullPage(
        [
          upsert(1, 'article', article),
          upsert(2, 'newsLink', {
            id: 'n1',
            title: 'Nyhet',
            url: 'https://e.org',
            source: 'NRK',
            date: '2026-11-29',
            comment: '',
          } as never),
          upsert(3, 'startPage', {
            id: START_PAGE_ID,
            featuredArticleId: article.id,
            introductionHtml: '<p>Velkommen</p>',
            todayNewsLinkId: 'n1',
            updatedAt: '2026-11-29T10:00:00.000Z',
          } as never),
          upsert(4, 'pressMention', {
            id: 'm1',
            outlet: 'NRK',
            date: '2026-01-02',
            title: 'Eldre',
            url: 'https://e.org/1',
          } as never),
          upsert(5, 'pressMention', {
            id: 'm2',
            outlet: 'VG',
            date: '2026-03-04',
            title: 'Nyere',
            url: 'https://e.org/2',
          } as never),
        ],
        'c5',
      ),
    );
    const content = await getStartPageContent(db);
    expect(content?.introductionHtml).to.equal('<p>Velkommen</p>');
    expect(content?.featuredArticle?.slug).to.equal(article.slug);
    expect(content?.todayNews?.id).to.equal('n1');
    expect((await listPressMentions(db)).map((m) => m.id)).to.deep.equal(['m2', 'm1']);
  });

  it('answers null before any start page was pulled', async () => {
    expect(await getStartPageContent(db)).to.equal(null);
  });

  it('suggests slugs the server accepts', () => {
    expect(slugFromTitle('  Kjøp av sex – Hva sier LOVEN? ')).to.equal('kjop-av-sex-hva-sier-loven');
    expect(slugFromTitle('Ærlig på Åndalsnes')).to.equal('aerlig-pa-andalsnes');
  });
});
