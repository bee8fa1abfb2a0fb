import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FlagQueueDto, RemovalDetailDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../../../data/app-db.js';
import type { SessionState } from '../../../state/session.service.js';
import { errorSummaryOf, stubFetch } from '../../../test/fixtures.js';
import type { ShFlagQueue } from './sh-flag-queue.js';
import type { ShModerationPage } from './sh-moderation-page.js';
import type { ShRemovalArchive } from './sh-removal-archive.js';
import type { ShRemovalDialog } from './sh-removal-dialog.js';
import './sh-moderation-page.js';

const moderator: SessionState = {
  status: 'signed-in',
  me: { id: 'u1', alias: 'Moderator1', roles: ['member', 'moderator'], joinedAt: '2026-01-01' },
};

const queue: FlagQueueDto = {
  items: [
    {
      postId: 'p1',
      threadId: 't1',
      threadTitle: 'Kjøp billig her',
      authorAlias: 'Spammer',
      body: 'Besøk <b>min side</b> nå',
      status: 'hidden',
      createdAt: '2026-11-28T10:00:00.000Z',
      flagCount: 3,
      firstFlaggedAt: '2026-11-28T11:00:00.000Z',
      rules: [
        { rule: 4, count: 2 },
        { rule: 6, count: 1 },
      ],
      notes: [{ rule: 4, note: 'Reklame', createdAt: '2026-11-28T11:00:00.000Z' }],
    },
  ],
};

const archived: RemovalDetailDto = {
  id: 'r1',
  postId: 'p1',
  threadId: 't1',
  threadTitle: 'Kjøp billig her',
  authorAlias: 'Spammer',
  postCreatedAt: '2026-11-28T10:00:00.000Z',
  quotePostId: null,
  rule: 4,
  note: 'Reklame for en nettside',
  moderatorAlias: 'Moderator1',
  removedAt: '2026-11-29T10:00:00.000Z',
  restoredAt: null,
  textErased: false,
  body: 'Den arkiverte teksten',
};

describe('moderation screens', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-moderation-${crypto.randomUUID()}`);
    await db.forumRules.bulkPut(
      [1, 2, 3, 4, 5, 6].map((n) => ({ id: `r${n}`, number: n, title: `Regeltittel ${n}`, text: `Tekst ${n}` })),
    );
  });

  afterEach(async () => {
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  async function openQueue(handler: Parameters<typeof stubFetch>[0]) {
    const { fetchFn, requests } = stubFetch(handler);
    const page = await fixture<ShModerationPage>(
      html`<sh-moderation-page .db=${db} .fetchFn=${fetchFn} .session=${moderator}></sh-moderation-page>`,
    );
    const queueEl = page.shadowRoot?.querySelector('sh-flag-queue') as ShFlagQueue;
    const root = queueEl.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('.flagged'), 'queue not rendered');
    await waitUntil(() => root.textContent?.includes('Regeltittel 4'), 'rule titles not shown');
    const dialog = root.querySelector('sh-removal-dialog') as ShRemovalDialog;
    return { page, queueEl, root, dialog, requests };
  }

  it('shows the queue with thread link, safe text, rules with counts and notes; accessible', async () => {
    const { page, root, requests } = await openQueue(() => queue);
    expect(requests[0].url).to.equal('/api/admin/flags');
    expect(root.querySelector('h2 a')?.getAttribute('href')).to.equal('/forum/traad/t1');
    const chips = [...root.querySelectorAll('.chips li')].map((li) => li.textContent?.trim());
    expect(chips).to.deep.equal(['Regel 4: Regeltittel 4 × 2', 'Regel 6: Regeltittel 6 × 1', 'Skjult til vurdering']);
    const body = root.querySelector('sh-post-body')?.shadowRoot;
    expect(body?.querySelector('b')).to.equal(null);
    expect(body?.textContent).to.contain('<b>min side</b>');
    expect(root.querySelector('.notes')?.textContent).to.contain('Reklame');
    const tabs = [...(page.shadowRoot?.querySelectorAll('.tabs button') ?? [])].map((b) => b.textContent?.trim());
    expect(tabs).to.not.include('Ansatte');
    await expect(page).to.be.accessible();
  });

  it('filters by rule', async () => {
    const { root, requests } = await openQueue(() => queue);
    const select = root.querySelector<HTMLSelectElement>('#rule-filter');
    if (!select) throw new Error('no filter');
    select.value = '4';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => requests.length === 2, 'filter not fetched');
    expect(requests[1].url).to.equal('/api/admin/flags?rule=4');
  });

  it('removal dialog refuses an empty note, then sends {rule, note}; accessible', async () => {
    let removed = false;
    const { root, dialog, requests } = await openQueue((request) => {
      if (request.method === 'POST') {
        removed = true;
        return archived;
      }
      return removed ? { items: [] } : queue;
    });
    root.querySelector<HTMLButtonElement>('[data-remove="p1"]')?.click();
    const droot = dialog.shadowRoot as ShadowRoot;
    await waitUntil(() => dialog.open, 'dialog not open');
    // The most cited rule is preselected.
    expect(droot.querySelector<HTMLSelectElement>('#rule')?.value).to.equal('4');
    await expect(dialog).to.be.accessible();
    droot.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(droot), 'empty note accepted');
    expect(requests.filter((r) => r.method === 'POST')).to.have.length(0);
    expect(errorSummaryOf(droot)?.querySelector('a')?.getAttribute('href')).to.equal('#note');
    expect(droot.activeElement).to.equal(droot.querySelector('sh-error-summary'));
    expect(droot.getElementById('note')?.getAttribute('aria-invalid')).to.equal('true');
    expect(droot.getElementById('note')?.getAttribute('aria-describedby')).to.equal('note-error note-hint');
    expect(droot.getElementById('note-error')?.textContent).to.contain('Skriv en kort begrunnelse.');
    expect(droot.querySelector('.error-box')).to.equal(null);
    await expect(dialog).to.be.accessible();
    const picker = droot.querySelector<HTMLSelectElement>('#rule');
    const note = droot.querySelector<HTMLTextAreaElement>('#note');
    if (!picker || !note) throw new Error('form missing');
    picker.value = '6';
    picker.dispatchEvent(new Event('change'));
    note.value = '  Lenke til reklame  ';
    note.dispatchEvent(new Event('input'));
    droot.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => requests.some((r) => r.method === 'POST'), 'removal not sent');
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.url).to.equal('/api/admin/posts/p1/removal');
    expect(post?.body).to.deep.equal({ rule: 6, note: 'Lenke til reklame' });
    await waitUntil(() => root.querySelector('.empty'), 'queue not reloaded');
    expect(dialog.open).to.equal(false);
    expect(root.querySelector('[role="status"]')?.textContent).to.contain('fjernet');
  });

  it('removal dialog shows a server refusal of the note at the field in Norwegian, and a conflict in the summary', async () => {
    let answer = new Response(
      JSON.stringify({
        statusCode: 400,
        error: 'Bad Request',
        message: 'note can be at most 500 characters',
        code: 'validation',
        fields: [{ field: 'note', code: 'too_long' }],
      }),
      { status: 400, headers: { 'content-type': 'application/json' } },
    );
    const { root, dialog, requests } = await openQueue((request) => (request.method === 'POST' ? answer : queue));
    root.querySelector<HTMLButtonElement>('[data-remove="p1"]')?.click();
    const droot = dialog.shadowRoot as ShadowRoot;
    await waitUntil(() => dialog.open, 'dialog not open');
    const note = droot.querySelector<HTMLTextAreaElement>('#note') as HTMLTextAreaElement;
    note.value = 'Reklame';
    note.dispatchEvent(new Event('input'));
    await dialog.updateComplete;
    droot.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(droot), 'refusal not shown');
    expect(requests.filter((r) => r.method === 'POST')).to.have.length(1);
    expect(errorSummaryOf(droot)?.querySelector('a')?.getAttribute('href')).to.equal('#note');
    expect(errorSummaryOf(droot)?.textContent).not.to.contain('500 characters');
    expect(droot.getElementById('note-error')?.textContent).to.contain('«Begrunnelse (vises offentlig)» er for lang.');
    expect(droot.getElementById('note')?.getAttribute('aria-invalid')).to.equal('true');
    expect(dialog.open).to.equal(true);
    answer = new Response(
      JSON.stringify({ statusCode: 409, error: 'Conflict', message: 'x', code: 'already_removed' }),
      { status: 409, headers: { 'content-type': 'application/json' } },
    );
    droot.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(droot)?.textContent?.includes('allerede fjernet'), 'conflict not shown');
    expect(errorSummaryOf(droot)?.querySelector('a')).to.equal(null);
    expect(droot.getElementById('note')?.hasAttribute('aria-invalid')).to.equal(false);
    expect(droot.querySelector('.error-box')).to.equal(null);
  });

  it('keyboard: the dialog opens focused on the rule picker and Escape closes it', async () => {
    const { root, dialog } = await openQueue(() => queue);
    const remove = root.querySelector<HTMLButtonElement>('[data-remove="p1"]');
    remove?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'dialog not open by keyboard');
    expect(dialog.shadowRoot?.activeElement?.id).to.equal('rule');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    await waitUntil(() => root.activeElement === remove, 'focus not back on the remove button');
  });

  it('dismisses flags with an optional note', async () => {
    const { root, requests } = await openQueue((request) =>
      request.method === 'POST' ? { postId: 'p1', dismissedFlags: 3, status: 'published' } : queue,
    );
    const input = root.querySelector<HTMLInputElement>('#dn-p1');
    if (!input) throw new Error('no note field');
    input.value = 'Ikke brudd';
    input.dispatchEvent(new Event('input'));
    [...root.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('Avvis flagg'))
      ?.click();
    await waitUntil(() => requests.some((r) => r.method === 'POST'), 'dismissal not sent');
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.url).to.equal('/api/admin/posts/p1/flag-dismissal');
    expect(post?.body).to.deep.equal({ note: 'Ikke brudd' });
  });

  it('archive detail shows the archived text and restore calls DELETE', async () => {
    const { fetchFn, requests } = stubFetch((request) => {
      if (request.method === 'DELETE') return { postId: 'p1', status: 'published' };
      if (request.url === '/api/admin/removals/r1') return archived;
      return { items: [archived], nextCursor: null };
    });
    const sut = await fixture<ShRemovalArchive>(html`<sh-removal-archive .fetchFn=${fetchFn}></sh-removal-archive>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('[data-open="r1"]'), 'archive not listed');
    expect(root.textContent).to.not.contain('Den arkiverte teksten');
    root.querySelector<HTMLButtonElement>('[data-open="r1"]')?.click();
    await waitUntil(() => root.querySelector('.archived'), 'detail not shown');
    expect(root.querySelector('.archived sh-post-body')?.shadowRoot?.textContent).to.contain('Den arkiverte teksten');
    expect(root.textContent).to.contain('Reklame for en nettside');
    await expect(sut).to.be.accessible();
    [...root.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('Gjenopprett'))
      ?.click();
    await waitUntil(() => requests.some((r) => r.method === 'DELETE'), 'restore not sent');
    expect(requests.find((r) => r.method === 'DELETE')?.url).to.equal('/api/admin/posts/p1/removal');
    await waitUntil(() => root.textContent?.includes('gjenopprettet'), 'restore not confirmed');
  });

  it('archive of a post its author erased with their account: no text, no restore, "Slettet tråd"', async () => {
    const erased = { ...archived, postId: null, authorAlias: null, threadTitle: null, body: null, textErased: true };
    const { fetchFn } = stubFetch((request) =>
      request.url === '/api/admin/removals/r1' ? erased : { items: [erased], nextCursor: null },
    );
    const sut = await fixture<ShRemovalArchive>(html`<sh-removal-archive .fetchFn=${fetchFn}></sh-removal-archive>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('[data-open="r1"]'), 'archive not listed');
    expect(root.querySelector('li strong')?.textContent).to.equal('Slettet tråd');
    expect(root.querySelector('[data-open="r1"]')?.textContent?.trim()).to.equal('Vis fjerningen (teksten er slettet)');
    root.querySelector<HTMLButtonElement>('[data-open="r1"]')?.click();
    await waitUntil(() => root.querySelector('#detail-heading'), 'detail not shown');
    expect(root.querySelector('#detail-heading')?.textContent).to.equal('Slettet tråd');
    expect(root.querySelector('.archived')).to.equal(null);
    expect(root.textContent).to.contain('teksten ble slettet med dem');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.includes('Gjenopprett'))).to.equal(false);
    await expect(sut).to.be.accessible();
  });

  it('shows nothing to a member and fetches nothing', async () => {
    const { fetchFn, requests } = stubFetch(() => queue);
    const member: SessionState = { status: 'signed-in', me: { ...moderator.me!, roles: ['member'] } };
    const sut = await fixture<ShModerationPage>(
      html`<sh-moderation-page .db=${db} .fetchFn=${fetchFn} .session=${member}></sh-moderation-page>`,
    );
    expect(sut.shadowRoot?.textContent).to.include('har ikke tilgang');
    expect(sut.shadowRoot?.querySelector('sh-flag-queue')).to.equal(null);
    expect(requests).to.have.length(0);
  });
});
