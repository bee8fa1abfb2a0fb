import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { ThreadSummaryDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { stubFetch } from '../../test/fixtures.js';
import type { ShForumPage } from './sh-forum-page.js';
import './sh-forum-page.js';

function thread(n: number, overrides: Partial<ThreadSummaryDto>): ThreadSummaryDto {
  return {
    id: `t${n}`,
    title: `Tråd ${n}`,
    starterAlias: null,
    starterStaffVoice: false,
    postCount: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
    lastActivityAt: '2026-11-20T10:00:00.000Z',
    locked: false,
    ...overrides,
  };
}

describe('sh-forum-page', () => {
  let db: AppDB;
  beforeEach(() => {
    db = new AppDB(`test-forum-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  it('names who started each thread as the thread does: Redaksjonen, the alias, or a deleted member', async () => {
    const { fetchFn } = stubFetch(() => ({
      items: [
        thread(1, { starterStaffVoice: true }),
        thread(2, { starterAlias: 'Ola' }),
        thread(3, { starterAlias: null }),
      ],
      nextCursor: null,
    }));
    const sut = await fixture<ShForumPage>(html`<sh-forum-page .db=${db} .fetchFn=${fetchFn}></sh-forum-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('li').length >= 3, 'threads not listed');
    const text = (title: string) =>
      [...root.querySelectorAll('li')].find((li) => li.textContent?.includes(title))?.textContent ?? '';
    expect(text('Tråd 1')).to.contain('Redaksjonen');
    expect(text('Tråd 1')).to.not.contain('Slettet medlem');
    expect(text('Tråd 2')).to.contain('Ola');
    expect(text('Tråd 3')).to.contain('Slettet medlem');
    await expect(sut).to.be.accessible();
  });
});
