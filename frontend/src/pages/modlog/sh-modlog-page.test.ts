import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { ModlogPageDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { stubFetch } from '../../test/fixtures.js';
import type { ShModlogPage } from './sh-modlog-page.js';
import './sh-modlog-page.js';

const page: ModlogPageDto = {
  items: [
    {
      at: '2026-11-29T10:00:00.000Z',
      action: 'removal',
      rule: 4,
      ruleTitle: 'Ingen reklame',
      threadId: 't1',
      threadTitle: 'Kjøp billig her',
    },
    {
      at: '2026-11-29T11:00:00.000Z',
      action: 'restore',
      rule: 2,
      ruleTitle: null,
      threadId: 't2',
      threadTitle: 'Om loven',
    },
  ],
  nextCursor: null,
};

describe('sh-modlog-page', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-modlog-${crypto.randomUUID()}`);
    await db.forumRules.put({ id: 'r2', number: 2, title: 'Vis respekt', text: 'Tekst' });
  });

  afterEach(async () => {
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  it('lists date, action, rule and thread link, says the text is never shown, and is accessible', async () => {
    const { fetchFn, requests } = stubFetch(() => page);
    const sut = await fixture<ShModlogPage>(html`<sh-modlog-page .db=${db} .fetchFn=${fetchFn}></sh-modlog-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('.log li').length === 2, 'log not rendered');
    expect(requests[0].url).to.equal('/api/modlog');
    const [first, second] = [...root.querySelectorAll('.log li')].map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(first).to.contain('Fjernet').and.contain('regel 4: Ingen reklame').and.contain('Kjøp billig her');
    await waitUntil(() => root.textContent?.includes('Vis respekt'), 'rule title from the device not used');
    expect(second).to.contain('Gjenopprettet');
    expect(root.querySelector('.log a')?.getAttribute('href')).to.equal('/forum/traad/t1');
    expect(root.textContent).to.contain('vises aldri her');
    expect(root.querySelector('sh-post-body')).to.equal(null);
    await expect(sut).to.be.accessible();
  });

  it('names a thread erased with its author without a title or a link', async () => {
    const erased: ModlogPageDto = {
      items: [
        {
          at: '2026-11-29T10:00:00.000Z',
          action: 'removal',
          rule: 3,
          ruleTitle: null,
          threadId: 't9',
          threadTitle: null,
        },
      ],
      nextCursor: null,
    };
    const { fetchFn } = stubFetch(() => erased);
    const sut = await fixture<ShModlogPage>(html`<sh-modlog-page .db=${db} .fetchFn=${fetchFn}></sh-modlog-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('.log li').length === 1, 'log not rendered');
    expect(root.querySelector('.log li')?.textContent?.replace(/\s+/g, ' ')).to.contain(
      'Tråd: slettet sammen med forfatterens konto',
    );
    expect(root.querySelector('.log a')).to.equal(null);
    expect(root.textContent).to.not.contain('null');
  });
});
