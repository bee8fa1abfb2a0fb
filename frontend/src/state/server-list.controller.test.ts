import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ApiError } from '../data/api.js';
import { ServerListController, type ListPage } from './server-list.controller.js';

type Fetcher = (cursor: string | null) => Promise<ListPage<string>>;

/** A bare host: the controller under test and how many times it rendered. */
class ListHost extends LitElement {
  fetchPage: Fetcher = () => Promise.resolve({ items: [] });
  renders = 0;
  readonly list = new ServerListController<string>(this, (cursor) => this.fetchPage(cursor));

  override render() {
    this.renders += 1;
    return html`${this.list.items?.join(',') ?? ''}`;
  }
}
customElements.define('test-list-host', ListHost);

async function hostWith(fetchPage: Fetcher): Promise<ListHost> {
  const host = document.createElement('test-list-host') as ListHost;
  host.fetchPage = fetchPage;
  return fixture<ListHost>(html`${host}`);
}

describe('ServerListController', () => {
  afterEach(() => fixtureCleanup());

  it('loads the first page when connected, appends the next one, and stops at the end', async () => {
    const asked: (string | null)[] = [];
    const host = await hostWith((cursor) => {
      asked.push(cursor);
      return Promise.resolve(
        cursor === null ? { items: ['a', 'b'], nextCursor: 'c2' } : { items: ['c'], nextCursor: null },
      );
    });
    await waitUntil(() => host.list.items !== null, 'first page not loaded');
    expect(host.list.items).to.deep.equal(['a', 'b']);
    expect(host.list.nextCursor).to.equal('c2');
    await host.list.loadMore();
    await host.updateComplete;
    expect(host.list.items).to.deep.equal(['a', 'b', 'c']);
    expect(host.shadowRoot?.textContent).to.contain('a,b,c');
    expect(host.list.nextCursor).to.equal(null);
    await host.list.loadMore();
    expect(asked).to.deep.equal([null, 'c2']);
    await host.list.reload();
    expect(host.list.items).to.deep.equal(['a', 'b']);
  });

  it("shows the text for the server's code (never its message), a network hint otherwise, and clears the problem on the next load", async () => {
    let answer: () => Promise<ListPage<string>> = () =>
      Promise.reject(new ApiError(403, 'Your account does not have access to this.', 'forbidden'));
    const host = await hostWith(() => answer());
    await waitUntil(() => host.list.problem !== null, 'no problem shown');
    expect(host.list.problem).to.equal('Kontoen din har ikke tilgang til dette.');
    expect(host.list.items).to.equal(null);
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    await host.list.reload();
    expect(host.list.problem).to.contain('Fikk ikke kontakt med serveren');
    answer = () => Promise.resolve({ items: ['x'] });
    await host.list.reload();
    expect(host.list.problem).to.equal(null);
    expect(host.list.items).to.deep.equal(['x']);
    expect(host.list.nextCursor).to.equal(null);
  });

  it('shows a problem in the panel’s words and re-renders the host', async () => {
    const host = await hostWith(() => Promise.resolve({ items: [] }));
    await waitUntil(() => host.list.items !== null);
    const before = host.renders;
    host.list.showProblem('Skriv kallenavnet.');
    await host.updateComplete;
    expect(host.list.problem).to.equal('Skriv kallenavnet.');
    expect(host.renders).to.be.greaterThan(before);
  });
});
