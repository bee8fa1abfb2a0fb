import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CounsellorConversationDto, InboxDto } from '@sexhandel/shared';
import type { SessionState } from '../../../state/session.service.js';
import { stubFetch } from '../../../test/fixtures.js';
import type { ShInboxConversationPage } from './sh-inbox-conversation-page.js';
import type { ShInboxPage } from './sh-inbox-page.js';
import './sh-inbox-conversation-page.js';
import './sh-inbox-page.js';

const counsellor: SessionState = {
  status: 'signed-in',
  me: { id: 'u1', alias: 'Rådgiver1', roles: ['counsellor'], joinedAt: '2026-01-01' },
};

const inbox: InboxDto = {
  counts: { new: 2, waiting: 1, answered: 0, closed: 4 },
  conversations: [
    {
      id: 'c1',
      topic: 'law',
      status: 'new',
      replyBy: 'email',
      emailPending: true,
      publishConsent: true,
      createdAt: '2026-11-28T10:00:00.000Z',
      lastMessageAt: '2026-11-28T10:00:00.000Z',
      messageCount: 1,
    },
  ],
  nextCursor: null,
};

const detail: CounsellorConversationDto = {
  ...inbox.conversations[0],
  closedAt: null,
  messages: [{ from: 'person', body: 'Hva sier loven?', sentAt: '2026-11-28T10:00:00.000Z', counsellorAlias: null }],
  notes: [],
};

describe('sh-inbox-page', () => {
  it('lists conversations with counts per status for counsellors; accessible', async () => {
    const { fetchFn, requests } = stubFetch(() => inbox);
    const sut = await fixture<ShInboxPage>(
      html`<sh-inbox-page .fetchFn=${fetchFn} .session=${counsellor}></sh-inbox-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('a[href="/admin/kontakt/c1"]'), 'conversation not listed');
    expect(requests[0].url).to.match(/^\/api\/admin\/contact\?status=new/);
    const tabs = [...root.querySelectorAll('.tabs button')].map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    expect(tabs).to.deep.equal(['Nye 2', 'Venter 1', 'Besvart 0', 'Lukket 4']);
    await expect(sut).to.be.accessible();
    root.querySelectorAll<HTMLButtonElement>('.tabs button')[3].click();
    await waitUntil(() => requests.length === 2, 'closed tab not fetched');
    expect(requests[1].url).to.match(/status=closed/);
  });

  it('shows nothing of the inbox to a member', async () => {
    const { fetchFn, requests } = stubFetch(() => inbox);
    const member: SessionState = { status: 'signed-in', me: { ...counsellor.me!, roles: ['member'] } };
    const sut = await fixture<ShInboxPage>(
      html`<sh-inbox-page .fetchFn=${fetchFn} .session=${member}></sh-inbox-page>`,
    );
    expect(sut.shadowRoot?.textContent).to.include('har ikke tilgang');
    expect(requests).to.have.length(0);
  });
});

describe('sh-inbox-conversation-page', () => {
  it('tells the counsellor the answer goes by e-mail now, posts it, and offers Q&A with consent; accessible', async () => {
    const { fetchFn, requests } = stubFetch((request) =>
      request.method === 'POST'
        ? {
            ...detail,
            status: 'answered',
            emailPending: false,
            messages: [
              ...detail.messages,
              { from: 'counsellor', body: 'Svar', sentAt: '2026-11-29T10:00:00.000Z', counsellorAlias: 'Rådgiver1' },
            ],
          }
        : detail,
    );
    const sut = await fixture<ShInboxConversationPage>(
      html`<sh-inbox-conversation-page
        conversationId="c1"
        .fetchFn=${fetchFn}
        .session=${counsellor}
      ></sh-inbox-conversation-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('#answer'), 'answer form not shown');
    expect(root.textContent).to.include('Svaret sendes på e-post med en gang');
    expect(root.querySelector('#qa-question'), 'Q&A form with consent').to.not.equal(null);
    await expect(sut).to.be.accessible();
    const answer = root.querySelector<HTMLTextAreaElement>('#answer') as HTMLTextAreaElement;
    answer.value = 'Svar';
    answer.dispatchEvent(new Event('input'));
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('#answer-heading ~ form button[type="submit"]')?.click();
    await waitUntil(() => requests.some((r) => r.method === 'POST'), 'answer not posted');
    expect(requests.find((r) => r.method === 'POST')).to.deep.include({
      url: '/api/admin/contact/c1/answers',
      body: { body: 'Svar' },
    });
    await waitUntil(() => root.textContent?.includes('Rådgiver1'), 'answer not shown');
  });
});
