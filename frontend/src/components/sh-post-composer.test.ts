import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import type { FetchFn } from '../data/api.js';
import { AppDB } from '../data/app-db.js';
import { LIMITS } from '@sexhandel/shared';
import { pushOutbox } from '../data/sync-client.js';
import { errorSummaryOf, offlineFetch, signInOnDevice, stubFetch, TEST_MEMBER } from '../test/fixtures.js';
import type { ShPostComposer } from './sh-post-composer.js';
import './sh-post-composer.js';

function type(sut: ShPostComposer, selector: string, value: string): void {
  const field = sut.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`no ${selector}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function ready(sut: ShPostComposer): Promise<ShadowRoot> {
  const root = sut.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector('#body'), 'composer did not load');
  return root;
}

describe('sh-post-composer', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-composer-${crypto.randomUUID()}`);
    await signInOnDevice(db);
    await db.forumRules.bulkPut(
      [1, 2, 3, 4, 5, 6].map((n) => ({ id: `r${n}`, number: n, title: `Regel nummer ${n}`, text: `Tekst ${n}` })),
    );
  });

  afterEach(async () => {
    // Elements first, so no live query reopens the database while it is deleted.
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  it('saves the reply as a draft after the debounce and restores it in a new element', async () => {
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer
        kind="reply"
        thread-id="t1"
        thread-title="En tråd"
        .db=${db}
        .autosaveMs=${50}
      ></sh-post-composer>`,
    );
    const root = await ready(sut);
    type(sut, '#body', 'Noe jeg aldri har sagt til noen.');
    expect(await db.drafts.count(), 'nothing saved before the debounce').to.equal(0);
    await waitUntil(async () => (await db.drafts.count()) === 1, 'draft not saved after the debounce');
    const [draft] = await db.drafts.toArray();
    expect(draft).to.include({
      kind: 'reply',
      threadId: 't1',
      threadTitle: 'En tråd',
      body: 'Noe jeg aldri har sagt til noen.',
    });
    await waitUntil(() => root.textContent?.includes('Lagret på denne enheten'), 'saved state not shown');
    sut.remove();

    const again = await fixture<ShPostComposer>(
      html`<sh-post-composer kind="reply" thread-id="t1" .db=${db}></sh-post-composer>`,
    );
    const root2 = await ready(again);
    expect(root2.querySelector('textarea')?.value).to.equal('Noe jeg aldri har sagt til noen.');
  });

  it('starts a new draft when given an empty draft id (the new-thread page before its first save)', async () => {
    const saved: string[] = [];
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer
        kind="thread"
        draft-id=""
        .db=${db}
        .autosaveMs=${20}
        @sh-draft-saved=${(e: CustomEvent<{ id: string }>) => saved.push(e.detail.id)}
      ></sh-post-composer>`,
    );
    await ready(sut);
    type(sut, '#title', 'En tittel');
    await waitUntil(() => saved.length === 1, 'no sh-draft-saved');
    expect(saved[0]).to.match(/^[0-9a-f-]{36}$/);
    expect((await db.drafts.get(saved[0] ?? ''))?.title).to.equal('En tittel');
  });

  it('saves at once when the page is hidden, without waiting for the debounce', async () => {
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer kind="thread" .db=${db} .autosaveMs=${60_000}></sh-post-composer>`,
    );
    await ready(sut);
    type(sut, '#title', 'Tittel');
    type(sut, '#body', 'Tekst');
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await db.drafts.count()) === 1, 'pagehide did not save');
    expect((await db.drafts.toArray())[0]).to.include({ kind: 'thread', title: 'Tittel', body: 'Tekst' });
  });

  it('keeps Send disabled until the rules are accepted, and accepting posts to the server', async () => {
    const { fetchFn, requests } = stubFetch(() => ({
      rulesAcceptedAt: '2026-11-29T10:00:00.000Z',
      publishedPosts: 0,
      linksAllowed: false,
      linksAllowedAfter: '2026-11-30T10:00:00.000Z',
    }));
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer
        kind="reply"
        thread-id="t1"
        .db=${db}
        .fetchFn=${fetchFn}
        .session=${{ status: 'signed-in', me: { id: 'm', alias: 'Ola', roles: ['member'], joinedAt: '2026-01-01' } }}
      ></sh-post-composer>`,
    );
    const root = await ready(sut);
    await waitUntil(() => root.querySelector('.accept'), 'acceptance step not shown');
    expect(root.querySelector<HTMLButtonElement>('#send')?.disabled).to.equal(true);
    await waitUntil(
      () => root.querySelector('.accept sh-rules-list')?.shadowRoot?.querySelectorAll('li').length === 6,
      'the six rules are not listed',
    );
    root.querySelector<HTMLButtonElement>('.accept button')?.click();
    await waitUntil(() => root.querySelector<HTMLButtonElement>('#send')?.disabled === false, 'send not enabled');
    expect(requests.map((r) => [r.method, r.url])).to.deep.equal([['POST', '/api/forum/rules-acceptance']]);
    expect(await db.getMeta('forumRulesAcceptedAt')).to.equal('2026-11-29T10:00:00.000Z');
  });

  it('after accepting, focus goes to the first field, unless the person is already typing in one', async () => {
    const answer = {
      rulesAcceptedAt: '2026-11-29T10:00:00.000Z',
      publishedPosts: 0,
      linksAllowed: false,
      linksAllowedAfter: '2026-11-30T10:00:00.000Z',
    };
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fetchFn: FetchFn = async () => {
      await held;
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer
        kind="thread"
        .db=${db}
        .fetchFn=${fetchFn}
        .session=${{ status: 'signed-in', me: { id: 'm', alias: 'Ola', roles: ['member'], joinedAt: '2026-01-01' } }}
      ></sh-post-composer>`,
    );
    const root = await ready(sut);
    await waitUntil(() => root.querySelector('.accept button'), 'acceptance step not shown');
    root.querySelector<HTMLButtonElement>('.accept button')?.click();
    // While the acceptance is on its way, the person moves on to the text.
    root.querySelector<HTMLTextAreaElement>('#body')?.focus();
    release();
    await waitUntil(() => root.querySelector<HTMLButtonElement>('#send')?.disabled === false, 'send not enabled');
    await sut.updateComplete;
    expect(root.activeElement?.id, 'focus stays where the person is typing').to.equal('body');
  });

  it('Send moves the draft into the outbox and starts a fresh draft', async () => {
    await db.meta.put({ key: 'forumRulesAcceptedAt', value: '2026-11-29T10:00:00.000Z' });
    const sent: string[] = [];
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer
        kind="reply"
        thread-id="t1"
        .db=${db}
        .autosaveMs=${30}
        @sh-draft-sent=${(e: CustomEvent<{ mutationId: string }>) => sent.push(e.detail.mutationId)}
      ></sh-post-composer>`,
    );
    const root = await ready(sut);
    type(sut, '#body', 'Mitt svar');
    await waitUntil(() => root.querySelector<HTMLButtonElement>('#send')?.disabled === false);
    root.querySelector<HTMLButtonElement>('#send')?.click();
    await waitUntil(() => sent.length === 1, 'no sh-draft-sent');
    expect(await db.drafts.count()).to.equal(0);
    const rows = await db.outbox.toArray();
    expect(rows.map((r) => [r.id, r.kind, r.state])).to.deep.equal([[sent[0], 'post.create', 'queued']]);
    expect(rows[0]?.payload).to.deep.equal({ threadId: 't1', body: 'Mitt svar' });
    expect(rows[0]?.draft?.body).to.equal('Mitt svar');
    expect(root.querySelector('textarea')?.value).to.equal('');
    await waitUntil(() => root.activeElement?.id === 'sent-heading', 'the outcome is not focused');
    expect(root.activeElement?.textContent).to.contain('Sender svaret');

    // No network: the reply is queued, and the outcome says so in other words than a draft's "Lagret".
    await pushOutbox({ db, fetchFn: offlineFetch });
    await waitUntil(
      () => root.querySelector('#sent-heading')?.textContent?.includes('Svaret står i kø'),
      'not shown as queued',
    );
    expect(root.querySelector('[data-outcome]')?.textContent).not.to.match(/lagret/i);

    // Applied: the same place says it is published.
    const { fetchFn } = stubFetch(() => ({
      results: [{ id: sent[0], status: 'applied', result: { postId: 'p1', threadId: 't1' } }],
    }));
    await pushOutbox({ db, fetchFn });
    await waitUntil(() => root.querySelector('#sent-heading')?.textContent?.includes('Svaret er publisert'));
  });

  it('shows a refusal where the text was written: the text comes back and the reason is focused', async () => {
    await db.meta.put({ key: 'forumRulesAcceptedAt', value: '2026-11-29T10:00:00.000Z' });
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer kind="reply" thread-id="t1" .db=${db} .autosaveMs=${30}></sh-post-composer>`,
    );
    const root = await ready(sut);
    type(sut, '#body', 'Se https://example.com');
    await waitUntil(() => root.querySelector<HTMLButtonElement>('#send')?.disabled === false);
    root.querySelector<HTMLButtonElement>('#send')?.click();
    await waitUntil(async () => (await db.outbox.count()) === 1, 'not queued');
    const [row] = await db.outbox.toArray();
    const { fetchFn } = stubFetch(() => ({
      results: [{ id: row.id, status: 'rejected', error: { code: 'links_not_yet_allowed', message: 'No links yet' } }],
    }));
    await pushOutbox({ db, fetchFn });
    await waitUntil(() => root.querySelector('textarea')?.value === 'Se https://example.com', 'text not put back');
    await waitUntil(() => root.activeElement?.id === 'refused-heading', 'the refusal is not focused');
    expect(root.querySelector('[data-outcome]')?.textContent).to.contain('regel 6');
    await expect(sut).to.be.accessible();
  });

  it('turns Send off past the length limit and says why, with the count', async () => {
    await db.meta.put({ key: 'forumRulesAcceptedAt', value: '2026-11-29T10:00:00.000Z' });
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer kind="reply" thread-id="t1" .db=${db}></sh-post-composer>`,
    );
    const root = await ready(sut);
    const send = () => root.querySelector<HTMLButtonElement>('#send');
    type(sut, '#body', 'x'.repeat(LIMITS.postBodyMax));
    await waitUntil(() => send()?.disabled === false, 'exactly at the limit is allowed');
    expect(root.querySelector('#send-blocked')).to.equal(null);
    type(sut, '#body', 'x'.repeat(LIMITS.postBodyMax + 12));
    await waitUntil(() => send()?.disabled === true, 'send still on past the limit');
    expect(root.querySelector('#send-blocked')?.textContent).to.contain('12 tegn for lang');
    expect(send()?.getAttribute('aria-describedby')).to.equal('send-blocked');
    expect(root.querySelector('#body-count')?.textContent).to.match(/10\s012 av/);
  });

  it('lets staff publish as Redaksjonen, and offers members no such choice', async () => {
    await db.meta.put({ key: 'forumRulesAcceptedAt', value: '2026-11-29T10:00:00.000Z' });
    const staff = {
      status: 'signed-in',
      me: { id: 's', alias: 'Mod', roles: ['member', 'moderator'], joinedAt: '2026-01-01' },
    };
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer kind="thread" .db=${db} .autosaveMs=${30} .session=${staff}></sh-post-composer>`,
    );
    const root = await ready(sut);
    type(sut, '#title', 'Ny artikkel til diskusjon');
    type(sut, '#body', 'Hva tenker dere om denne?');
    const toggle = root.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(toggle, 'no staff voice choice for a moderator').to.not.equal(null);
    toggle?.click();
    await waitUntil(() => root.querySelector<HTMLButtonElement>('#send')?.disabled === false);
    root.querySelector<HTMLButtonElement>('#send')?.click();
    await waitUntil(async () => (await db.outbox.count()) === 1, 'not queued');
    expect((await db.outbox.toArray())[0]?.payload).to.deep.equal({
      title: 'Ny artikkel til diskusjon',
      body: 'Hva tenker dere om denne?',
      asStaff: true,
    });

    const member = { status: 'signed-in', me: { id: 'm', alias: 'Ola', roles: ['member'], joinedAt: '2026-01-01' } };
    const plain = await fixture<ShPostComposer>(
      html`<sh-post-composer kind="thread" .db=${db} .session=${member}></sh-post-composer>`,
    );
    const plainRoot = await ready(plain);
    expect(plainRoot.querySelector('input[type="checkbox"]')).to.equal(null);
  });

  it('refuses to send an empty post and says why', async () => {
    await db.meta.put({ key: 'forumRulesAcceptedAt', value: '2026-11-29T10:00:00.000Z' });
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer kind="reply" thread-id="t1" .db=${db}></sh-post-composer>`,
    );
    const root = await ready(sut);
    await waitUntil(() => root.querySelector<HTMLButtonElement>('#send')?.disabled === false);
    root.querySelector<HTMLButtonElement>('#send')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no message');
    expect(errorSummaryOf(root)?.textContent).to.contain('Skriv noe');
    expect(errorSummaryOf(root)?.querySelector('a')?.getAttribute('href')).to.equal('#body');
    expect(root.querySelector('#body')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#body-error')?.textContent).to.contain('Skriv noe');
    expect(await db.outbox.count()).to.equal(0);
    await expect(sut).to.be.accessible();
  });

  it('shows the server message of a rejected draft next to it', async () => {
    await db.drafts.put({
      id: 'd1',
      kind: 'reply',
      threadId: 't1',
      body: 'Se http://example.com',
      updatedAt: new Date().toISOString(),
      accountId: TEST_MEMBER.id,
      serverError: { code: 'links_not_yet_allowed', message: 'No links yet' },
    });
    const sut = await fixture<ShPostComposer>(
      html`<sh-post-composer kind="reply" thread-id="t1" draft-id="d1" .db=${db}></sh-post-composer>`,
    );
    const root = await ready(sut);
    expect(root.querySelector('textarea')?.value).to.equal('Se http://example.com');
    expect(root.querySelector('.error-box')?.textContent).to.contain('regel 6');
  });

  it('is accessible (new thread, with the rules list)', async () => {
    const sut = await fixture<ShPostComposer>(html`<sh-post-composer kind="thread" .db=${db}></sh-post-composer>`);
    const root = await ready(sut);
    await waitUntil(() => root.querySelector('sh-rules-list')?.shadowRoot?.querySelectorAll('li').length === 6);
    await expect(sut).to.be.accessible();
  });
});
