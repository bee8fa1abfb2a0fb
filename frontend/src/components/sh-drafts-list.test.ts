import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import { AppDB } from '../data/app-db.js';
import { signInOnDevice, TEST_MEMBER } from '../test/fixtures.js';
import type { ShDraftsList } from './sh-drafts-list.js';
import type { ShOutboxList } from './sh-outbox-list.js';
import './sh-drafts-list.js';
import './sh-outbox-list.js';

describe('sh-drafts-list', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-drafts-${crypto.randomUUID()}`);
    await signInOnDevice(db);
    await db.drafts.bulkPut([
      {
        id: 'd-thread',
        kind: 'thread',
        title: 'Min tråd',
        body: 'Start',
        updatedAt: '2026-11-28T10:00:00.000Z',
        accountId: TEST_MEMBER.id,
      },
      {
        id: 'd-other',
        kind: 'thread',
        title: 'Noen andres tråd',
        body: 'Ikke din',
        updatedAt: '2026-11-30T10:00:00.000Z',
        accountId: 'member-2',
      },
      {
        id: 'd-hidden',
        kind: 'thread',
        title: 'Skjult',
        body: 'Økten endte',
        updatedAt: '2026-11-30T10:00:00.000Z',
        accountId: TEST_MEMBER.id,
        hiddenAt: '2026-11-30T11:00:00.000Z',
      },
      {
        id: 'd-reply',
        accountId: TEST_MEMBER.id,
        kind: 'reply',
        threadId: 't 1',
        threadTitle: 'Om skam',
        body: 'Et svar',
        updatedAt: '2026-11-29T10:00:00.000Z',
        serverError: { code: 'thread_locked', message: 'Locked' },
      },
    ]);
  });

  afterEach(async () => {
    // Elements first, so no live query reopens the database while it is deleted.
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  it('lists drafts newest first with resume links and the server message of a rejected one', async () => {
    const sut = await fixture<ShDraftsList>(html`<sh-drafts-list .db=${db}></sh-drafts-list>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('li').length === 2, 'drafts not listed');
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('h3')?.textContent)).to.deep.equal(['Svar i «Om skam»', 'Min tråd']);
    const hrefs = items.map((li) => li.querySelector('[data-action="resume"]')?.getAttribute('href'));
    expect(hrefs).to.deep.equal(['/forum/traad/t%201?utkast=d-reply', '/forum/ny?utkast=d-thread']);
    expect(items[0]?.querySelector('.error-box')?.textContent).to.contain('låst');
    await expect(sut).to.be.accessible();
  });

  it('deletes a draft only after the confirm', async () => {
    const sut = await fixture<ShDraftsList>(html`<sh-drafts-list .db=${db}></sh-drafts-list>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('li').length === 2);
    root.querySelector<HTMLButtonElement>('[data-draft="d-thread"] [data-action="delete"]')?.click();
    await sut.updateComplete;
    expect(await db.drafts.count(), 'not deleted before the confirm').to.equal(4);
    root.querySelector<HTMLButtonElement>('[data-draft="d-thread"] [data-action="confirm-delete"]')?.click();
    await waitUntil(() => root.querySelectorAll('li').length === 1, 'list did not update');
    expect((await db.drafts.toArray()).map((d) => d.id).sort()).to.deep.equal(['d-hidden', 'd-other', 'd-reply']);
  });

  it("never lists another account's drafts, nor any when nobody is signed in on this device", async () => {
    const { forgetSignIn, rememberSignIn } = await import('../data/device-session.js');
    await rememberSignIn(
      { id: 'member-2', alias: 'Andre', roles: ['member'], joinedAt: '2026-01-01T00:00:00.000Z' },
      db,
    );
    const sut = await fixture<ShDraftsList>(html`<sh-drafts-list .db=${db}></sh-drafts-list>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('li').length === 1, 'the other account sees not exactly its own draft');
    expect(root.querySelector('li h3')?.textContent).to.equal('Noen andres tråd');
    await forgetSignIn(db);
    await waitUntil(() => root.querySelectorAll('li').length === 0, 'drafts still listed after sign-out');
  });
});

describe('sh-outbox-list', () => {
  let db: AppDB;

  beforeEach(() => {
    db = new AppDB(`test-outbox-list-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    // Elements first, so no live query reopens the database while it is deleted.
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  it('shows each item with its state and follows state changes', async () => {
    await db.outbox.bulkPut([
      {
        id: 'a',
        kind: 'thread.create',
        payload: { title: 'Ny tråd her', body: 'x' },
        createdAt: '2026-11-29T10:00:00.000Z',
        state: 'queued',
        attempts: 0,
      },
      {
        id: 'b',
        kind: 'flag.create',
        payload: { postId: 'p', rule: 3 },
        createdAt: '2026-11-29T10:01:00.000Z',
        state: 'needs-attention',
        attempts: 1,
        lastError: { code: 'already_flagged', message: 'x' },
      },
      {
        id: 'v',
        kind: 'visit.record',
        payload: { day: '2026-11-29' },
        createdAt: '2026-11-29T10:02:00.000Z',
        state: 'queued',
        attempts: 0,
      },
    ]);
    const sut = await fixture<ShOutboxList>(html`<sh-outbox-list .db=${db}></sh-outbox-list>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('li').length === 2, 'visit.record must not be listed');
    const state = (id: string): string => root.querySelector(`[data-outbox="${id}"] .state`)?.textContent ?? '';
    expect(state('a')).to.contain('I kø');
    expect(state('b')).to.equal('Trenger oppmerksomhet');
    expect(root.querySelector('[data-outbox="b"] .error-box')?.textContent).to.contain('allerede rapportert');
    await db.outbox.update('a', { state: 'sending' });
    await waitUntil(() => state('a') === 'Sendes nå');
    await db.outbox.update('a', { state: 'sent', result: { threadId: 't9', postId: 'p9' } });
    await waitUntil(() => state('a') === 'Sendt');
    expect(root.querySelector('[data-outbox="a"] a')?.getAttribute('href')).to.equal('/forum/traad/t9');
    await expect(sut).to.be.accessible();
  });
});
