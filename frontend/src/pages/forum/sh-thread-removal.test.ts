import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { PostDto, ThreadDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { stubFetch } from '../../test/fixtures.js';
import type { ShThreadPage } from './sh-thread-page.js';
import './sh-thread-page.js';

const thread: ThreadDto = {
  id: 't1',
  title: 'Tråd med fjernet innlegg',
  starterAlias: 'Ola',
  starterStaffVoice: false,
  postCount: 1,
  createdAt: '2026-11-20T10:00:00.000Z',
  lastActivityAt: '2026-11-22T10:00:00.000Z',
  locked: false,
  articleId: null,
};

function post(id: string, overrides: Partial<PostDto>): PostDto {
  return {
    id,
    threadId: 't1',
    authorAlias: 'Ola',
    createdAt: '2026-11-21T10:00:00.000Z',
    body: null,
    status: 'removed',
    quotePostId: null,
    staffVoice: false,
    ...overrides,
  };
}

describe('sh-thread-page moderation notices', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-thread-removal-${crypto.randomUUID()}`);
    await db.forumRules.put({ id: 'r5', number: 5, title: 'Ikke del andres opplysninger', text: 'Tekst' });
  });

  afterEach(async () => {
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  it('shows the rule and the note for a removed post, and a waiting notice for a hidden one', async () => {
    const posts = [
      post('p1', {
        removal: { rule: 4, ruleTitle: 'Ingen reklame', note: 'Lenke til salg', removedAt: '2026-11-22T10:00:00.000Z' },
      }),
      post('p2', {
        removal: { rule: 5, ruleTitle: null, note: 'Navn på en annen', removedAt: '2026-11-22T10:00:00.000Z' },
      }),
      post('p3', { status: 'hidden' }),
    ];
    const { fetchFn } = stubFetch((request) =>
      request.url.includes('/posts') ? { items: posts, nextCursor: 'c', hasMore: false } : thread,
    );
    const sut = await fixture<ShThreadPage>(
      html`<sh-thread-page thread-id="t1" .db=${db} .fetchFn=${fetchFn}></sh-thread-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('article').length === 3, 'posts not rendered');
    const text = (i: number) => root.querySelectorAll('article .removed')[i]?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text(0)).to.contain('Fjernet av moderator etter regel 4: Ingen reklame').and.contain('Lenke til salg');
    await waitUntil(
      () => text(1).includes('regel 5: Ikke del andres opplysninger'),
      'rule title from the device missing',
    );
    expect(text(1)).to.contain('Navn på en annen');
    expect(text(2)).to.contain('Venter på vurdering av en moderator');
    expect(root.querySelector('sh-post-body')).to.equal(null);
    await expect(sut).to.be.accessible();
  });
});
