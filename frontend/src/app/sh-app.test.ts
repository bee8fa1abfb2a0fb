import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MeDto } from '@sexhandel/shared';
import { appDb } from '../data/app-db.js';
import { DEVICE_MARKER_KEY } from '../data/device-session.js';
import { applyLocale, getLocale } from '../localization.js';
import { setDiscreet } from '../state/discreet-mode.js';
import { SessionService } from '../state/session.service.js';
import { SyncService } from '../state/sync.service.js';
import {
  makeArticle,
  offlineFetch,
  pullPage,
  signInOnDevice,
  stubFetch,
  TEST_MEMBER,
  upsert,
} from '../test/fixtures.js';
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
    localStorage.removeItem(DEVICE_MARKER_KEY);
    await clearDb();
  });

  it('renders the navigation, sync status and the leave-quickly button, and is accessible', async () => {
    const { fetchFn } = serverWith([makeArticle(1)]);
    sut = await fixture<ShApp>(html`<sh-app .syncService=${new SyncService(appDb, fetchFn)}></sh-app>`);
    const root = sut.shadowRoot as ShadowRoot;
    const links = [...root.querySelectorAll('nav a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    expect(links).to.deep.equal([
      ['/', 'Forside'],
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
      () => /Sist synkronisert med tjenesten kl\. \d\d[:.]\d\d/.test(status?.shadowRoot?.textContent ?? ''),
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

  it('the header Søk puts focus in the search field, and /sok?q= opens with the query in it', async () => {
    const { fetchFn } = serverWith([makeArticle(1)]);
    sut = await fixture<ShApp>(html`<sh-app .syncService=${new SyncService(appDb, fetchFn)}></sh-app>`);
    const root = sut.shadowRoot as ShadowRoot;
    (root.querySelector('a.search-link') as HTMLAnchorElement).click();
    await waitUntil(
      () => root.querySelector('sh-search-page')?.shadowRoot?.activeElement?.id === 'q',
      'field not focused',
    );

    sut.navigate('/forum');
    await sut.updateComplete;
    // A lazily loaded page gets its query property before it is upgraded.
    sut.navigate('/sok?q=menneskehandel');
    await waitUntil(
      () =>
        root.querySelector('sh-search-page')?.shadowRoot?.querySelector<HTMLInputElement>('#q')?.value ===
        'menneskehandel',
      'the query from the address is not in the field',
    );
  });

  it('gives staff a menu in the header by role, and members none', async () => {
    const { fetchFn } = serverWith([]);
    const counsellorMe = { id: 'c', alias: 'Rådgiver', roles: ['member', 'counsellor'], joinedAt: '2026-01-01' };
    // Signed in on this device: a session without the device's marker would be ended at start.
    await signInOnDevice(appDb, counsellorMe as MeDto);
    const counsellor = stubFetch(() => counsellorMe);
    sut = await fixture<ShApp>(
      html`<sh-app
        .syncService=${new SyncService(appDb, fetchFn)}
        .sessionService=${new SessionService(appDb, counsellor.fetchFn)}
      ></sh-app>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('header nav.staff'), 'no staff menu for a counsellor');
    const links = [...root.querySelectorAll('header nav.staff a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['/admin/kontakt', '/admin/sporsmal-og-svar']);
    expect(root.querySelector('footer a[href^="/admin"]'), 'staff links are not left in the footer').to.equal(null);
    await expect(sut).to.be.accessible();
    sut.remove();

    const memberMe = { id: 'm', alias: 'Ola', roles: ['member'], joinedAt: '2026-01-01' };
    await signInOnDevice(appDb, memberMe as MeDto);
    const member = stubFetch(() => memberMe);
    sut = await fixture<ShApp>(
      html`<sh-app
        .syncService=${new SyncService(appDb, fetchFn)}
        .sessionService=${new SessionService(appDb, member.fetchFn)}
      ></sh-app>`,
    );
    const memberRoot = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => memberRoot.querySelector('a.account')?.textContent?.includes('Ola'), 'member not signed in');
    expect(memberRoot.querySelector('header nav.staff')).to.equal(null);
  });

  it('offline, shows the alias of the member signed in on this device (not "Logg inn")', async () => {
    await signInOnDevice(appDb);
    sut = await fixture<ShApp>(
      html`<sh-app
        .syncService=${new SyncService(appDb, offlineFetch)}
        .sessionService=${new SessionService(appDb, offlineFetch)}
      ></sh-app>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(
      () => root.querySelector('a.account')?.textContent?.trim() === TEST_MEMBER.alias,
      'alias not shown',
    );
    localStorage.removeItem(DEVICE_MARKER_KEY);
  });

  it('in discreet mode keeps one history entry, and its own Back goes to the previous page', async () => {
    setDiscreet(true);
    try {
      history.replaceState(null, '', '/');
      const { fetchFn } = serverWith([]);
      sut = await fixture<ShApp>(html`<sh-app .syncService=${new SyncService(appDb, fetchFn)}></sh-app>`);
      const root = sut.shadowRoot as ShadowRoot;
      const entries = history.length;
      sut.navigate('/artikler');
      sut.navigate('/innstillinger');
      await sut.updateComplete;
      expect(history.length, 'no new history entries').to.equal(entries);
      expect(location.pathname).to.equal('/innstillinger');
      const back = root.querySelector<HTMLButtonElement>('.discreet-back button');
      expect(back?.textContent).to.contain('Tilbake');
      back?.click();
      await sut.updateComplete;
      expect(location.pathname).to.equal('/artikler');
      expect(history.length).to.equal(entries);
      root.querySelector<HTMLButtonElement>('.discreet-back button')?.click();
      await sut.updateComplete;
      expect(location.pathname).to.equal('/');
      expect(root.querySelector('.discreet-back'), 'nowhere further back in the app').to.equal(null);
    } finally {
      setDiscreet(false);
    }
  });

  // Moved from the settings page's test: it drives the whole shell, which pages do not import.
  it('switches the language from /innstillinger: visible texts, <html lang> and the stored choice', async () => {
    history.replaceState(null, '', '/innstillinger');
    sut = await fixture<ShApp>(html`<sh-app .syncService=${new SyncService(appDb, offlineFetch)}></sh-app>`);
    const root = sut.shadowRoot as ShadowRoot;
    try {
      const page = root.querySelector('sh-settings-page') as HTMLElement;
      // The page loads lazily through the route table.
      await waitUntil(() => page.shadowRoot?.querySelector('input[value="en"]'), 'settings page not loaded');
      page.shadowRoot?.querySelector<HTMLInputElement>('input[value="en"]')?.click();
      await waitUntil(
        () => root.querySelector('nav a[href="/artikler"]')?.textContent?.trim() === 'Articles',
        'nav not translated',
      );
      expect(getLocale()).to.equal('en');
      expect(document.documentElement.lang).to.equal('en');
      expect(localStorage.getItem('sh-locale')).to.equal('en');
      expect(page.shadowRoot?.querySelector('h1')?.textContent).to.equal('Settings');
      const exit = root.querySelector('sh-quick-exit')?.shadowRoot?.querySelector('button');
      expect(exit?.textContent?.trim()).to.equal('Leave this page quickly');

      page.shadowRoot?.querySelector<HTMLInputElement>('input[value="nb"]')?.click();
      await waitUntil(
        () => root.querySelector('nav a[href="/artikler"]')?.textContent?.trim() === 'Artikler',
        'nav not back in Norwegian',
      );
      expect(document.documentElement.lang).to.equal('nb');
    } finally {
      await applyLocale('nb');
      localStorage.removeItem('sh-locale');
    }
  });

  it('without discreet mode, navigation adds history entries as usual', async () => {
    const { fetchFn } = serverWith([]);
    sut = await fixture<ShApp>(html`<sh-app .syncService=${new SyncService(appDb, fetchFn)}></sh-app>`);
    const entries = history.length;
    sut.navigate('/artikler');
    await sut.updateComplete;
    expect(history.length).to.equal(entries + 1);
    expect((sut.shadowRoot as ShadowRoot).querySelector('.discreet-back')).to.equal(null);
  });
});
