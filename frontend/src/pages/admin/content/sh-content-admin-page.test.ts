import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { EditorArticleDto } from '@sexhandel/shared';
import type { SessionState } from '../../../state/session.service.js';
import { stubFetch } from '../../../test/fixtures.js';
import type { ShContentAdminPage } from './sh-content-admin-page.js';
import './sh-content-admin-page.js';

const editor: SessionState = {
  status: 'signed-in',
  me: { id: 'e', alias: 'Redaktør', roles: ['member', 'editor'], joinedAt: '2026-01-01' },
};

function article(published: boolean): EditorArticleDto {
  return {
    id: '00000000-0000-4000-8000-000000000a01',
    slug: 'om-loven',
    title: 'Om loven',
    lead: 'Kort',
    authorName: 'Kari',
    authorRole: 'researcher',
    tags: ['lov'],
    readingMinutes: 1,
    html: '<p>Tekst</p>',
    markdown: 'Tekst',
    published,
    publishedAt: published ? '2026-11-29T10:00:00.000Z' : null,
    authorAccountId: null,
    discussionThreadId: null,
    discussionPostCount: 0,
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:00:00.000Z',
  };
}

describe('sh-content-admin-page', () => {
  afterEach(() => fixtureCleanup());

  it('after Publiser the open form says published and offers Avpubliser, also when the list reloads', async () => {
    let published = false;
    const { fetchFn } = stubFetch((request) => {
      if (request.url.endsWith('/publish')) {
        published = true;
        return article(true);
      }
      if (request.url.includes('/preview')) return { html: '<p>Tekst</p>' };
      if (request.url.endsWith('/articles')) return [article(published)];
      return article(published);
    });
    const sut = await fixture<ShContentAdminPage>(
      html`<sh-content-admin-page .session=${editor} .fetchFn=${fetchFn}></sh-content-admin-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('.item button'), 'list not shown');
    root.querySelector<HTMLButtonElement>('.item button')?.click();
    const form = () => root.querySelector('sh-content-editor')?.shadowRoot;
    const button = (text: string) =>
      [...(form()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent?.trim() === text);
    await waitUntil(() => button('Publiser'), 'editor not open');
    expect(form()?.querySelector('.state')?.textContent).to.contain('utkast');
    button('Publiser')?.click();
    await waitUntil(() => button('Avpubliser'), 'still offers Publiser');
    expect(form()?.querySelector('.state')?.textContent).to.contain('publisert');
    // Anything that re-renders the page (a session or list refresh) keeps the published state.
    sut.session = { ...editor };
    await sut.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button('Publiser'), 'Publiser is back').to.equal(undefined);
    expect(form()?.querySelector('.state')?.textContent).to.contain('publisert');
    await expect(sut).to.be.accessible();
  });
});
