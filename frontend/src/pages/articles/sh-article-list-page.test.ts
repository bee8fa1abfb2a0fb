import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { appDb } from '../../data/app-db.js';
import { makeArticle } from '../../test/fixtures.js';
import type { ShArticleListPage } from './sh-article-list-page.js';
import './sh-article-list-page.js';

describe('sh-article-list-page', () => {
  beforeEach(async () => {
    await appDb.articles.clear();
    // 45 articles, one a minute apart: newest last.
    await appDb.articles.bulkPut(
      Array.from({ length: 45 }, (_, i) =>
        makeArticle(i + 1, { publishedAt: new Date(Date.UTC(2026, 0, 1, 10, i)).toISOString() }),
      ),
    );
  });
  const start = location.href;
  afterEach(async () => {
    history.replaceState(history.state, '', start);
    await appDb.articles.clear();
    await appDb.meta.bulkDelete(['articleTopics', 'articleCount']);
  });

  it("says the server page's count while the device lacks articles, for the topic it was on", async () => {
    await appDb.meta.put({ key: 'articleCount', value: JSON.stringify({ topic: null, total: 120 }) });
    const sut = await fixture<ShArticleListPage>(html`<sh-article-list-page></sh-article-list-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
    await waitUntil(() => status().includes('120 artikler'), 'not the server page count');
    expect(cards(root).length).to.equal(20);
    // Another topic: the device's own count (the server's was for all articles).
    [...root.querySelectorAll<HTMLButtonElement>('button.tag')]
      .find((button) => button.textContent?.trim() === 'lov')
      ?.click();
    await waitUntil(() => status().includes('22 artikler'), 'the count of the chosen topic');
    // The first complete pull removes it: the device's own count then.
    [...root.querySelectorAll<HTMLButtonElement>('button.tag')]
      .find((button) => button.textContent?.trim() === 'Alle')
      ?.click();
    await waitUntil(() => status().includes('120 artikler'), 'back to the server count');
    await appDb.meta.delete('articleCount');
    await waitUntil(() => status().includes('45 artikler'), 'the count stayed the server page one');
  });

  it("offers a server page's topics too while the device lacks articles, so the filter it takes over stays as it was", async () => {
    await appDb.meta.put({ key: 'articleTopics', value: JSON.stringify(['lov', 'skam']) });
    const sut = await fixture<ShArticleListPage>(html`<sh-article-list-page></sh-article-list-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => cards(root).length > 0, 'no articles drawn');
    const topics = () => [...root.querySelectorAll('button.tag')].map((button) => button.textContent?.trim());
    expect(topics()).to.include('skam');
    // The first complete pull removes them: the articles' own topics are the whole list then.
    await appDb.meta.delete('articleTopics');
    await waitUntil(() => !topics().includes('skam'), 'the server page topics stayed');
  });

  const cards = (root: ShadowRoot) => root.querySelectorAll('ul.plain > li');

  it('draws 20 articles at first and the next 20 on "Vis flere artikler", focusing the first new one', async () => {
    const sut = await fixture<ShArticleListPage>(html`<sh-article-list-page></sh-article-list-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => cards(root).length > 0, 'no articles drawn');
    expect(cards(root).length).to.equal(20);
    expect(root.querySelector('[role="status"]')?.textContent).to.contain('45 artikler');
    expect(cards(root)[0]?.textContent).to.contain('Artikkel nummer 45');
    const more = [...root.querySelectorAll('button')].find((button) => button.textContent?.includes('Vis flere'));
    more?.click();
    await waitUntil(() => cards(root).length === 40, 'the next 20 were not drawn');
    expect(root.activeElement?.textContent).to.equal('Artikkel nummer 25');
    [...root.querySelectorAll('button')].find((button) => button.textContent?.includes('Vis flere'))?.click();
    await waitUntil(() => cards(root).length === 45, 'the last 5 were not drawn');
    expect([...root.querySelectorAll('button')].some((button) => button.textContent?.includes('Vis flere'))).to.equal(
      false,
    );
    await expect(sut).to.be.accessible();
  });

  it('starts from the top again when a theme is chosen', async () => {
    const sut = await fixture<ShArticleListPage>(html`<sh-article-list-page></sh-article-list-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => cards(root).length === 20, 'no articles drawn');
    [...root.querySelectorAll<HTMLButtonElement>('button.tag')]
      .find((button) => button.textContent?.trim() === 'lov')
      ?.click();
    await waitUntil(
      () => root.querySelector('[role="status"]')?.textContent?.includes('22 artikler') ?? false,
      'no filter',
    );
    expect(cards(root).length).to.equal(20);
  });
  it('takes its topic from the address (as the server page on that topic) and keeps the choice there without a new history entry', async () => {
    const url = new URL(start);
    url.searchParams.set('tema', 'lov');
    history.replaceState(history.state, '', url);
    const entries = history.length;
    const sut = await fixture<ShArticleListPage>(html`<sh-article-list-page></sh-article-list-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(
      () => root.querySelector('[role="status"]')?.textContent?.includes('22 artikler') ?? false,
      'not on the topic',
    );
    const pressed = () =>
      [...root.querySelectorAll<HTMLButtonElement>('button.tag[aria-pressed="true"]')].map((b) =>
        b.textContent?.trim(),
      );
    expect(pressed()).to.deep.equal(['lov']);
    [...root.querySelectorAll<HTMLButtonElement>('button.tag')].find((b) => b.textContent?.trim() === 'Alle')?.click();
    await waitUntil(
      () => root.querySelector('[role="status"]')?.textContent?.includes('45 artikler') ?? false,
      'not all',
    );
    expect(new URL(location.href).searchParams.has('tema')).to.equal(false);
    [...root.querySelectorAll<HTMLButtonElement>('button.tag')].find((b) => b.textContent?.trim() === 'lov')?.click();
    await sut.updateComplete;
    expect(new URL(location.href).searchParams.get('tema')).to.equal('lov');
    expect(history.length, 'no new history entry').to.equal(entries);
  });
});
