import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { PostDto, ThreadDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { offlineFetch, stubFetch } from '../../test/fixtures.js';
import type { ShThreadPage } from './sh-thread-page.js';
import './sh-thread-page.js';

const thread: ThreadDto = {
  id: 't1',
  title: 'Hvordan slutter man?',
  starterAlias: 'Ola',
  postCount: 3,
  createdAt: '2026-11-20T10:00:00.000Z',
  lastActivityAt: '2026-11-22T10:00:00.000Z',
  locked: false,
  articleId: null,
};

function post(n: number, overrides: Partial<PostDto> = {}): PostDto {
  return {
    id: `p${n}`,
    threadId: 't1',
    authorAlias: 'Ola',
    authorActivity: 'passive',
    createdAt: `2026-11-2${n}T10:00:00.000Z`,
    body: `Innlegg ${n}`,
    status: 'published',
    quotePostId: null,
    staffVoice: false,
    ...overrides,
  };
}

function server(posts: PostDto[]) {
  return stubFetch((request) => {
    if (request.url.includes('/posts')) return { items: posts, nextCursor: 'c', hasMore: false };
    return { ...thread, postCount: posts.length };
  });
}

describe('sh-thread-page', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-thread-${crypto.randomUUID()}`);
    await db.meta.put({ key: 'forumRulesAcceptedAt', value: '2026-11-01T10:00:00.000Z' });
  });

  afterEach(async () => {
    // Elements first, so no live query reopens the database while it is deleted.
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  it('renders posts oldest first with deleted members, removed notices and script as text, and is accessible', async () => {
    const posts = [
      post(1, { body: '<script>alert(1)</script>' }),
      post(2, { authorAlias: null, authorActivity: null }),
      post(3, { status: 'removed', body: null }),
    ];
    const { fetchFn } = server(posts);
    const sut = await fixture<ShThreadPage>(
      html`<sh-thread-page thread-id="t1" .db=${db} .fetchFn=${fetchFn}></sh-thread-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('article').length === 3, 'posts not rendered');
    expect(root.querySelector('h1')?.textContent).to.equal('Hvordan slutter man?');
    const articles = [...root.querySelectorAll('article')];
    expect(articles[0]?.querySelector('.author a')?.getAttribute('href')).to.equal('/forum/medlem/Ola');
    expect(articles[0]?.querySelector('.badge')?.textContent).to.equal('Passiv');
    const body = articles[0]?.querySelector('sh-post-body')?.shadowRoot;
    expect(body?.querySelector('script')).to.equal(null);
    expect(body?.textContent).to.contain('<script>alert(1)</script>');
    expect(articles[1]?.querySelector('.author')?.textContent?.trim()).to.equal('Slettet medlem');
    expect(articles[2]?.querySelector('.removed')?.textContent).to.contain('fjernet av en moderator');
    expect(articles[2]?.querySelector('sh-post-body')).to.equal(null);
    expect(root.querySelector('sh-post-composer')).not.to.equal(null);
    await expect(sut).to.be.accessible();
  });

  it('badges the article author in an article discussion, and nobody else', async () => {
    const { fetchFn } = server([
      post(1, { articleAuthor: true }),
      post(2, { authorAlias: 'Kari', articleAuthor: false }),
    ]);
    const sut = await fixture<ShThreadPage>(
      html`<sh-thread-page thread-id="t1" .db=${db} .fetchFn=${fetchFn}></sh-thread-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('article').length === 2, 'posts not rendered');
    const badges = [...root.querySelectorAll('article')].map((article) =>
      [...article.querySelectorAll('.badge')].map((badge) => badge.textContent?.trim()),
    );
    expect(badges[0]).to.include('Artikkelforfatter');
    expect(badges[1]).not.to.include('Artikkelforfatter');
  });

  it('keeps the thread for offline reading and marks posts that came since the last visit', async () => {
    const first = server([post(1), post(2)]);
    const sut = await fixture<ShThreadPage>(
      html`<sh-thread-page thread-id="t1" .db=${db} .fetchFn=${first.fetchFn}></sh-thread-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('article').length === 2);
    await waitUntil(async () => (await db.threads.get('t1'))?.lastSeenPostId === 'p2', 'visit not recorded');
    expect(root.querySelector('.badge.new')).to.equal(null);
    sut.remove();

    const offline = await fixture<ShThreadPage>(
      html`<sh-thread-page thread-id="t1" .db=${db} .fetchFn=${offlineFetch}></sh-thread-page>`,
    );
    const offlineRoot = offline.shadowRoot as ShadowRoot;
    await waitUntil(() => offlineRoot.textContent?.includes('uten nett'), 'offline notice missing');
    expect(offlineRoot.querySelectorAll('article')).to.have.length(2);
    offline.remove();

    const later = server([post(1), post(2), post(3)]);
    const again = await fixture<ShThreadPage>(
      html`<sh-thread-page thread-id="t1" .db=${db} .fetchFn=${later.fetchFn}></sh-thread-page>`,
    );
    const againRoot = again.shadowRoot as ShadowRoot;
    await waitUntil(() => againRoot.querySelectorAll('article').length === 3);
    const marked = [...againRoot.querySelectorAll('article')].map((a) => a.querySelector('.badge.new') !== null);
    expect(marked).to.deep.equal([false, false, true]);
  });
});
