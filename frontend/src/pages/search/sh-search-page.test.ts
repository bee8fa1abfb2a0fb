import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SEARCH_MARK_END as E, SEARCH_MARK_START as S, type SearchPageDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { makeArticle, stubFetch } from '../../test/fixtures.js';
import type { ShSearchPage } from './sh-search-page.js';
import './sh-search-page.js';

async function typeQuery(root: ShadowRoot, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('#q');
  if (!input) throw new Error('no search field');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('sh-search-page', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-search-page-${crypto.randomUUID()}`);
    await db.articles.put(makeArticle(1, { title: 'Menneskehandelen i Norden', html: '<p>Om tvang.</p>' }));
    await db.articles.put(makeArticle(2, { title: 'Helse', html: '<p>Om helse.</p>' }));
  });

  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('offline: searches the device as the person types and says forum posts are not included', async () => {
    const { fetchFn, requests } = stubFetch(() => {
      throw new TypeError('offline');
    });
    const sut = await fixture<ShSearchPage>(
      html`<sh-search-page .db=${db} .fetchFn=${fetchFn} .online=${false}></sh-search-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    expect(root.querySelector('.offline-note')?.textContent).to.contain('forumet er ikke med');
    await typeQuery(root, 'menneskehandel');
    await waitUntil(() => root.querySelector('.results a'), 'no device results');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.results a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/artikler/artikkel-1']);
    expect(requests).to.have.length(0);
    await expect(sut).to.be.accessible();
  });

  it('online: shows server results with marked snippets and loads more with "Vis flere"', async () => {
    const page1: SearchPageDto = {
      items: [
        {
          type: 'post',
          id: 'p1',
          title: 'Tråd om tvang',
          snippet: `Noen skrev om ${S}tvang${E} <img src=x>`,
          rank: 1,
          slug: null,
          url: null,
          threadId: 't1',
        },
      ],
      nextCursor: 'c2',
    };
    const page2: SearchPageDto = {
      items: [
        {
          type: 'newsLink',
          id: 'n1',
          title: 'Nyhet',
          snippet: `${S}Tvang${E} i nyhetene`,
          rank: 0.5,
          slug: null,
          url: 'https://example.org/n',
          threadId: null,
        },
      ],
      nextCursor: null,
    };
    const { fetchFn, requests } = stubFetch((request) => (request.url.includes('cursor=c2') ? page2 : page1));
    const sut = await fixture<ShSearchPage>(
      html`<sh-search-page .db=${db} .fetchFn=${fetchFn} .online=${true} query="tvang"></sh-search-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('.results sh-snippet'), 'no server results');
    expect(requests[0]?.url).to.equal('/api/search?q=tvang');
    expect(root.querySelector('.offline-note')).to.equal(null);
    const link = root.querySelector<HTMLAnchorElement>('.results a');
    expect(link?.getAttribute('href')).to.equal('/forum/traad/t1');
    const snippet = root.querySelector('sh-snippet')?.shadowRoot;
    await root.querySelector('sh-snippet')?.updateComplete;
    expect(snippet?.querySelector('mark')?.textContent).to.equal('tvang');
    expect(snippet?.querySelector('img')).to.equal(null);
    await expect(sut).to.be.accessible();

    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Vis flere')?.click();
    await waitUntil(() => root.querySelectorAll('.results li').length === 2, 'second page not appended');
    const news = root.querySelectorAll<HTMLAnchorElement>('.results a')[1];
    expect(news?.getAttribute('rel')).to.equal('noopener noreferrer');
    await sut.updateComplete;
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Vis flere')).to.equal(false);
  });

  it('falls back to the device when the network fails', async () => {
    const { fetchFn } = stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const sut = await fixture<ShSearchPage>(
      html`<sh-search-page .db=${db} .fetchFn=${fetchFn} .online=${true} query="helse"></sh-search-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('.results a'), 'no fallback results');
    expect(root.querySelector('.offline-note')).to.not.equal(null);
  });

  it('searches a query given after it is on the page, and writes what is typed to the address', async () => {
    const { fetchFn, requests } = stubFetch(() => ({ items: [], nextCursor: null }));
    const sut = await fixture<ShSearchPage>(
      html`<sh-search-page .db=${db} .fetchFn=${fetchFn} .online=${true}></sh-search-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    sut.query = 'menneskehandel';
    await waitUntil(() => requests.some((r) => r.url === '/api/search?q=menneskehandel'), 'query not searched');
    expect(root.querySelector<HTMLInputElement>('#q')?.value).to.equal('menneskehandel');

    const start = location.href;
    try {
      const input = root.querySelector<HTMLInputElement>('#q') as HTMLInputElement;
      input.value = 'tvang';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      expect(new URL(location.href).searchParams.get('q')).to.equal('tvang');
    } finally {
      history.replaceState(history.state, '', start);
    }
  });
});
