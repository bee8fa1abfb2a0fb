import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { ConversationDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { errorSummaryOf, offlineFetch, stubFetch } from '../../test/fixtures.js';
import type { ShConversationsPage } from './sh-conversations-page.js';
import './sh-conversations-page.js';

const conversation: ConversationDto = {
  id: 'c1',
  topic: 'worries',
  status: 'answered',
  createdAt: '2026-11-20T10:00:00.000Z',
  messages: [
    { from: 'person', body: 'Jeg lurer på noe.', sentAt: '2026-11-20T10:00:00.000Z' },
    { from: 'counsellor', body: 'Takk for at du skrev. Her er svaret.', sentAt: '2026-11-21T10:00:00.000Z' },
  ],
  pendingQa: null,
};

describe('sh-conversations-page', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-conversations-${crypto.randomUUID()}`);
    await db.contactConversations.put({
      conversationId: 'c1',
      code: 'ABCDEFGHJKMNPQRS',
      topic: 'worries',
      createdAt: '2026-11-20T10:00:00.000Z',
      mutationId: 'm1',
      codeShown: true,
      kept: true,
    });
  });

  afterEach(async () => {
    // Elements first: they may still write to the database as they leave.
    fixtureCleanup();
    await new Promise((resolve) => setTimeout(resolve, 20));
    db.close();
    await Dexie.delete(db.name);
  });

  it('fetches each kept conversation with its code, shows the answer and keeps a copy; accessible', async () => {
    const { fetchFn, requests } = stubFetch(() => conversation);
    const sut = await fixture<ShConversationsPage>(
      html`<sh-conversations-page .db=${db} .fetchFn=${fetchFn}></sh-conversations-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.textContent?.includes('Her er svaret'), 'answer not shown');
    expect(requests[0]).to.deep.include({
      url: '/api/contact/conversation',
      method: 'POST',
      body: { code: 'ABCDEFGHJKMNPQRS' },
    });
    expect((await db.contactConversations.get('c1'))?.cached?.messages.length).to.equal(2);
    expect(root.textContent).to.include('Alle som har en kode, kan lese svarene');
    await expect(sut).to.be.accessible();
  });

  it("asks before publishing: shows the pending text and sends the person's yes with the code; accessible", async () => {
    const pending: ConversationDto = {
      ...conversation,
      pendingQa: { id: 'qa1', question: 'Er kjøp i utlandet straffbart?', answer: 'Ja, også i utlandet.' },
    };
    const { fetchFn, requests } = stubFetch((request) =>
      request.url === '/api/contact/qa-decision' ? { ...conversation, pendingQa: null } : pending,
    );
    const sut = await fixture<ShConversationsPage>(
      html`<sh-conversations-page .db=${db} .fetchFn=${fetchFn}></sh-conversations-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('sh-qa-approval'), 'approval not shown');
    const approval = root.querySelector('sh-qa-approval') as HTMLElement;
    expect(approval.shadowRoot?.textContent).to.include('Er kjøp i utlandet straffbart?');
    await expect(approval).to.be.accessible();

    const yes = approval.shadowRoot?.querySelector('button:not(.secondary)') as HTMLButtonElement;
    yes.click();
    await waitUntil(() => !root.querySelector('sh-qa-approval'), 'approval still shown after deciding');
    expect(requests.find((r) => r.url === '/api/contact/qa-decision')).to.deep.include({
      method: 'POST',
      body: { code: 'ABCDEFGHJKMNPQRS', qaId: 'qa1', approve: true },
    });
    expect((await db.contactConversations.get('c1'))?.cached?.pendingQa).to.equal(null);
  });

  it('shows the kept copy offline', async () => {
    await db.contactConversations.update('c1', { cached: conversation });
    const fetchFn = () => Promise.reject(new TypeError('Failed to fetch'));
    const sut = await fixture<ShConversationsPage>(
      html`<sh-conversations-page .db=${db} .fetchFn=${fetchFn}></sh-conversations-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.textContent?.includes('Du er uten nett'), 'offline note not shown');
    expect(root.textContent).to.include('Her er svaret');
  });

  it('queues a follow-up as contact.reply with the code', async () => {
    const { fetchFn } = stubFetch(() => conversation);
    const sut = await fixture<ShConversationsPage>(
      html`<sh-conversations-page .db=${db} .fetchFn=${fetchFn}></sh-conversations-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('#reply-c1'), 'no follow-up form');
    const field = root.querySelector<HTMLTextAreaElement>('#reply-c1') as HTMLTextAreaElement;
    field.value = 'Takk, et spørsmål til.';
    field.dispatchEvent(new Event('input'));
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await waitUntil(async () => (await db.outbox.count()) === 1, 'nothing queued');
    const [row] = await db.outbox.toArray();
    expect(row.kind).to.equal('contact.reply');
    expect(row.payload).to.deep.equal({ code: 'ABCDEFGHJKMNPQRS', body: 'Takk, et spørsmål til.' });

    const consent = root.querySelector<HTMLSelectElement>('#consent-c1') as HTMLSelectElement;
    consent.value = 'no';
    consent.dispatchEvent(new Event('change'));
    field.value = 'Ikke bruk det likevel.';
    field.dispatchEvent(new Event('input'));
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await waitUntil(async () => (await db.outbox.count()) === 2, 'second follow-up not queued');
    const second = (await db.outbox.toArray()).find((r) => (r.payload as { body: string }).body.startsWith('Ikke'));
    expect(second?.payload).to.deep.equal({
      code: 'ABCDEFGHJKMNPQRS',
      body: 'Ikke bruk det likevel.',
      publishConsent: false,
    });
  });

  it('removes a conversation from the device after confirming', async () => {
    const { fetchFn } = stubFetch(() => conversation);
    const sut = await fixture<ShConversationsPage>(
      html`<sh-conversations-page .db=${db} .fetchFn=${fetchFn}></sh-conversations-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    const button = (text: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes(text));
    await waitUntil(() => button('Fjern fra denne enheten'), 'no remove action');
    button('Fjern fra denne enheten')?.click();
    await waitUntil(() => button('Ja, fjern'), 'no confirmation');
    expect(await db.contactConversations.count(), 'not removed before confirming').to.equal(1);
    button('Ja, fjern')?.click();
    await waitUntil(async () => (await db.contactConversations.count()) === 0, 'not removed');
  });

  it('opens a conversation by a typed code and keeps it', async () => {
    await db.contactConversations.clear();
    const { fetchFn } = stubFetch(() => ({ ...conversation, id: 'c2' }));
    const sut = await fixture<ShConversationsPage>(
      html`<sh-conversations-page .db=${db} .fetchFn=${fetchFn}></sh-conversations-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('#open-code'), 'no code field');
    const input = root.querySelector<HTMLInputElement>('#open-code') as HTMLInputElement;
    input.value = 'abcd efgh jkmn pqrs';
    input.dispatchEvent(new Event('input'));
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('.inline-form button')?.click();
    await waitUntil(async () => (await db.contactConversations.count()) === 1, 'not kept');
    expect((await db.contactConversations.get('c2'))?.code).to.equal('ABCDEFGHJKMNPQRS');
  });
  it('says at the code field what is wrong with a code, with a summary linking to it', async () => {
    await db.contactConversations.clear();
    const { fetchFn } = stubFetch(
      () =>
        new Response(
          JSON.stringify({
            statusCode: 404,
            error: 'Not Found',
            message: 'No conversation has this code',
            code: 'not_found',
          }),
          {
            status: 404,
            headers: { 'content-type': 'application/json' },
          },
        ),
    );
    const sut = await fixture<ShConversationsPage>(
      html`<sh-conversations-page .db=${db} .fetchFn=${fetchFn}></sh-conversations-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('#open-code'), 'no code field');
    const input = root.querySelector<HTMLInputElement>('#open-code') as HTMLInputElement;
    const tryCode = async (code: string) => {
      input.value = code;
      input.dispatchEvent(new Event('input'));
      await sut.updateComplete;
      root.querySelector<HTMLButtonElement>('.inline-form button')?.click();
    };

    await tryCode('ABC');
    await waitUntil(() => errorSummaryOf(root), 'no error summary for a short code');
    expect(errorSummaryOf(root)?.querySelector('a')?.getAttribute('href')).to.equal('#open-code');
    expect(root.querySelector('#open-code-error')?.textContent).to.contain('16 tegn');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('open-code-error');
    expect(input.value, 'what was typed stays to correct').to.equal('ABC');

    await tryCode('ABCD EFGH JKMN PQRS');
    await waitUntil(
      () => root.querySelector('#open-code-error')?.textContent?.includes('Ingen samtale'),
      'no not-found text at the field',
    );
    expect(root.querySelector('.error-box'), 'no loose error box').to.equal(null);
    expect(root.textContent).to.not.contain('No conversation has this code');
    expect(await db.contactConversations.count()).to.equal(0);
    await expect(sut).to.be.accessible();
  });

  it('says being offline for the whole code form, not at the field', async () => {
    await db.contactConversations.clear();
    const sut = await fixture<ShConversationsPage>(
      html`<sh-conversations-page .db=${db} .fetchFn=${offlineFetch}></sh-conversations-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('#open-code'), 'no code field');
    const input = root.querySelector<HTMLInputElement>('#open-code') as HTMLInputElement;
    input.value = 'ABCD EFGH JKMN PQRS';
    input.dispatchEvent(new Event('input'));
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('.inline-form button')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(errorSummaryOf(root)?.textContent).to.contain('Du er uten nett');
    expect(errorSummaryOf(root)?.querySelector('a')).to.equal(null);
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
  });
});
