import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { appDb } from '../data/app-db.js';
import { SyncService } from '../state/sync.service.js';
import { makeArticle, pullPage, stubFetch, upsert } from '../test/fixtures.js';
import type { ShApp } from './sh-app.js';
import './sh-app.js';

const startUrl = location.pathname + location.search;

async function clearDb(): Promise<void> {
  await Promise.all(appDb.tables.map((table) => table.clear()));
}

function serverWith(articles: ReturnType<typeof makeArticle>[]) {
  return stubFetch((request) => {
    if (request.url.startsWith('/api/sync/pull'))
      return pullPage(
        articles.map((a, i) => upsert(i + 1, 'article', a)),
        'c1',
      );
    return { results: [] };
  });
}

describe('sh-app', () => {
  let sut: ShApp;

  beforeEach(async () => {
    await clearDb();
  });

  afterEach(async () => {
    sut.remove();
    history.replaceState(null, '', startUrl);
    await clearDb();
  });

  it('renders the navigation, sync status and the leave-quickly button, and is accessible', async () => {
    const { fetchFn } = serverWith([makeArticle(1)]);
    sut = await fixture<ShApp>(html`<sh-app .syncService=${new SyncService(appDb, fetchFn)}></sh-app>`);
    const root = sut.shadowRoot as ShadowRoot;
    const links = [...root.querySelectorAll('nav a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    expect(links).to.deep.equal([
      ['/', 'Start'],
      ['/info', 'Informasjon'],
      ['/artikler', 'Artikler'],
      ['/nyheter', 'Nyheter'],
      ['/ressurser', 'Ressurser'],
      ['/forum', 'Forum'],
      ['/kontakt', 'Kontakt'],
      ['/regler', 'Forumregler'],
      ['/innstillinger', 'Innstillinger'],
    ]);
    expect(root.querySelector('sh-quick-exit')).not.to.equal(null);
    expect(root.querySelector('a.account')?.textContent?.trim()).to.equal('Logg inn');
    const status = root.querySelector('sh-sync-status');
    await waitUntil(
      () => /Sist oppdatert kl\. \d\d[:.]\d\d/.test(status?.shadowRoot?.textContent ?? ''),
      'no sync time shown',
    );
    await expect(sut).to.be.accessible();
  });

  it('routes a link click client-side, updates the title and focuses the new heading', async () => {
    const { fetchFn } = serverWith([makeArticle(1)]);
    sut = await fixture<ShApp>(html`<sh-app .syncService=${new SyncService(appDb, fetchFn)}></sh-app>`);
    const root = sut.shadowRoot as ShadowRoot;
    (root.querySelector('nav a[href="/artikler"]') as HTMLAnchorElement).click();
    await waitUntil(() => root.querySelector('sh-article-list-page'), 'article list not shown');
    expect(location.pathname).to.equal('/artikler');
    expect(document.title).to.equal('Artikler – Sexhandel');
    expect(root.querySelector('nav a[href="/artikler"]')?.getAttribute('aria-current')).to.equal('page');
    const page = root.querySelector('sh-article-list-page');
    await waitUntil(() => page?.shadowRoot?.activeElement?.tagName === 'H1', 'heading not focused');
    await waitUntil(
      () => page?.shadowRoot?.querySelector('a[href="/artikler/artikkel-1"]'),
      'synced article not listed',
    );
  });

  it('shows the offline badge when the network is gone', async () => {
    const service = new SyncService(appDb, () => Promise.reject(new TypeError('Failed to fetch')));
    sut = await fixture<ShApp>(html`<sh-app .syncService=${service}></sh-app>`);
    const status = (sut.shadowRoot as ShadowRoot).querySelector('sh-sync-status');
    await waitUntil(() =>
      (status?.shadowRoot?.textContent ?? '').includes('Frakoblet – du leser det som er lagret på enheten'),
    );
  });

  it('shows a friendly page for an unknown path and the empty state before the first sync', async () => {
    const service = new SyncService(appDb, () => Promise.reject(new TypeError('Failed to fetch')));
    sut = await fixture<ShApp>(html`<sh-app .syncService=${service}></sh-app>`);
    sut.navigate('/finnes/ikke');
    await sut.updateComplete;
    const root = sut.shadowRoot as ShadowRoot;
    const missing = root.querySelector('sh-not-found-page');
    expect(missing).not.to.equal(null);
    sut.navigate('/');
    await sut.updateComplete;
    const start = root.querySelector('sh-start-page');
    await waitUntil(() =>
      (start?.shadowRoot?.textContent ?? '').includes('Innholdet lastes ned første gang du er på nett'),
    );
  });
});
