import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { appDb } from '../../data/app-db.js';
import { makeArticle } from '../../test/fixtures.js';
import type { ShArticlePage } from './sh-article-page.js';
import './sh-article-page.js';

async function clearContent(): Promise<void> {
  await Promise.all([appDb.articles.clear(), appDb.pages.clear()]);
}

describe('sh-article-page', () => {
  beforeEach(async () => {
    await clearContent();
    await appDb.articles.bulkPut([
      makeArticle(1),
      makeArticle(2, {
        authorName: 'Kari Nordmann',
        authorRole: 'practitioner',
        readingMinutes: 6,
        tags: ['lov', 'helse'],
      }),
      makeArticle(3),
    ]);
  });

  afterEach(clearContent);

  it('renders the article from the device database with author, role, date, reading time and neighbours', async () => {
    const sut = await fixture<ShArticlePage>(html`<sh-article-page slug="artikkel-2"></sh-article-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('h1')?.textContent === 'Artikkel nummer 2', 'article did not render');
    const text = root.textContent ?? '';
    expect(text).to.contain('Kari Nordmann');
    expect(text).to.contain('fagperson');
    expect(text).to.contain('6 min lesing');
    expect(text).to.contain('1. februar 2026');
    expect(root.querySelector('article p:not(.lead):not(.byline)')?.textContent).to.equal('Brødtekst for artikkel 2.');
    expect(root.querySelector('a[rel="prev"]')?.getAttribute('href')).to.equal('/artikler/artikkel-1');
    expect(root.querySelector('a[rel="next"]')?.getAttribute('href')).to.equal('/artikler/artikkel-3');
    await expect(sut).to.be.accessible();
  });

  it('updates when a sync changes the article', async () => {
    const sut = await fixture<ShArticlePage>(html`<sh-article-page slug="artikkel-1"></sh-article-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('h1')?.textContent === 'Artikkel nummer 1');
    await appDb.articles.put(makeArticle(1, { title: 'Rettet tittel' }));
    await waitUntil(() => root.querySelector('h1')?.textContent === 'Rettet tittel', 'live query did not update');
  });

  it('says so kindly when the article is not on this device', async () => {
    const sut = await fixture<ShArticlePage>(html`<sh-article-page slug="finnes-ikke"></sh-article-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('h1')?.textContent === 'Vi fant ikke denne siden');
  });
});
