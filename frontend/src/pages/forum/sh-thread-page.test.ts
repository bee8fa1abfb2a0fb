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
  starterStaffVoice: false,
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
      // An older server still sent an activity level: it is not shown in public.
      Object.assign(post(1, { body: '<script>alert(1)</script>' }), { authorActivity: 'passive' }),
      post(2, { authorAlias: null }),
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
    expect(articles[0]?.querySelector('.badge'), 'no public activity badge').to.equal(null);
    expect(root.textContent).to.not.contain('Passiv');
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

  it("shows one's own unsent reply in place, marked as sending, and the published one after the sync that follows reconnecting", async () => {
    let online = false;
    const published = [post(1), post(2), post(3), post(4, { authorAlias: 'Kari', body: 'Mitt svar' })];
    const { fetchFn: serverFetch } = server(published);
    const fetchFn: typeof serverFetch = (input, init) =>
      online ? serverFetch(input, init) : offlineFetch(input, init);
    await db.threads.put({
      id: 't1',
      thread,
      posts: [post(1), post(2), post(3)],
      nextCursor: 'c',
      lastReadAt: null,
      lastSeenPostId: 'p3',
      lastSeenActivityAt: null,
      openedAt: new Date().toISOString(),
    });
    await db.outbox.add({
      id: 'm1',
      kind: 'post.create',
      payload: { threadId: 't1', body: 'Mitt svar' },
      createdAt: new Date().toISOString(),
      state: 'queued',
      attempts: 1,
    });
    const session = { status: 'signed-in', me: { id: 'k', alias: 'Kari', roles: ['member'], joinedAt: '2026-01-01' } };
    const sut = await fixture<ShThreadPage>(
      html`<sh-thread-page thread-id="t1" .db=${db} .fetchFn=${fetchFn} .session=${session}></sh-thread-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.textContent?.includes('Du er uten nett'), 'no offline notice');
    await waitUntil(() => root.querySelector('.post.pending'), 'the queued reply is not shown in place');
    await waitUntil(() =>
      root.querySelector('.post.pending sh-post-body')?.shadowRoot?.textContent?.includes('Mitt svar'),
    );
    expect(root.querySelector('.post.pending .badge')?.textContent).to.contain('Venter på nett');

    // The connection is back: the app's sync pushes (the row is applied) and ends online.
    online = true;
    await db.outbox.update('m1', { state: 'sent', result: { postId: 'p4', threadId: 't1' } });
    sut.sync = { online: true, syncing: true, lastSyncedAt: null, error: null };
    await sut.updateComplete;
    sut.sync = { online: true, syncing: false, lastSyncedAt: new Date().toISOString(), error: null };
    await waitUntil(() => !root.textContent?.includes('Du er uten nett'), 'the offline notice stays');
    await waitUntil(() => root.querySelectorAll('article').length === 4, 'the reply is not in the thread');
    expect(root.querySelector('.post.pending'), 'no longer marked as sending').to.equal(null);
    expect([...root.querySelectorAll('article sh-post-body')].at(-1)?.shadowRoot?.textContent).to.contain('Mitt svar');
  });
});
