import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CounsellorConversationDto, InboxDto } from '@sexhandel/shared';
import type { SessionState } from '../../../state/session.service.js';
import { errorSummaryOf, stubFetch, type RecordedRequest } from '../../../test/fixtures.js';
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

  async function openConversation(post: (request: RecordedRequest) => unknown) {
    const { fetchFn, requests } = stubFetch((request) => (request.method === 'POST' ? post(request) : detail));
    const sut = await fixture<ShInboxConversationPage>(
      html`<sh-inbox-conversation-page
        conversationId="c1"
        .fetchFn=${fetchFn}
        .session=${counsellor}
      ></sh-inbox-conversation-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('#answer'), 'answer form not shown');
    return { sut, root, posts: () => requests.filter((r) => r.method === 'POST') };
  }

  function type(root: ShadowRoot, id: string, value: string): void {
    const field = root.getElementById(id) as HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  const refused = (body: object) =>
    new Response(JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'body must be between', ...body }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });

  it('an empty answer is refused at the field with a linked summary; nothing is sent; accessible', async () => {
    const { sut, root, posts } = await openConversation(() => detail);
    root.querySelector<HTMLButtonElement>('#answer-heading ~ form button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    const summary = errorSummaryOf(root) as HTMLElement;
    expect(summary.querySelector('a')?.getAttribute('href')).to.equal('#answer');
    expect((summary.getRootNode() as ShadowRoot).activeElement).to.equal(summary);
    const answer = root.getElementById('answer');
    expect(answer?.getAttribute('aria-invalid')).to.equal('true');
    expect(answer?.getAttribute('aria-describedby')).to.equal('answer-error answer-count');
    expect(root.getElementById('answer-error')?.textContent).to.contain('Skriv et svar før du sender.');
    expect(root.querySelector('.error-box')).to.equal(null);
    expect(posts()).to.have.length(0);
    await expect(sut).to.be.accessible();
  });

  it("the server's refusal of the answer is shown at the field in Norwegian; a mail failure in the summary", async () => {
    let answer: Response = refused({ code: 'validation', fields: [{ field: 'body', code: 'too_long' }] });
    const { sut, root, posts } = await openConversation(() => answer);
    type(root, 'answer', 'Svar');
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('#answer-heading ~ form button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(posts()).to.have.length(1);
    expect(errorSummaryOf(root)?.querySelector('a')?.getAttribute('href')).to.equal('#answer');
    expect(errorSummaryOf(root)?.textContent).not.to.contain('must');
    expect(root.getElementById('answer-error')?.textContent).to.contain('«Ditt svar» er for lang.');
    expect(root.getElementById('answer')?.getAttribute('aria-invalid')).to.equal('true');
    answer = refused({ statusCode: 502, code: 'mail_failed' });
    root.querySelector<HTMLButtonElement>('#answer-heading ~ form button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(root)?.textContent?.includes('på e-post'), 'mail failure not shown');
    expect(errorSummaryOf(root)?.querySelector('a')).to.equal(null);
    expect(root.getElementById('answer')?.hasAttribute('aria-invalid')).to.equal(false);
    expect(root.querySelector('.error-box')).to.equal(null);
  });

  it('a too long note is refused at its field; a server refusal of the note too', async () => {
    const { sut, root, posts } = await openConversation(() =>
      refused({ code: 'validation', fields: [{ field: 'body', code: 'required' }] }),
    );
    type(root, 'note', 'n'.repeat(5_001));
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('#notes-heading ~ form button[type="submit"]')?.click();
    const notes = root.querySelector('section[aria-labelledby="notes-heading"]') as HTMLElement;
    await waitUntil(() => errorSummaryOf(notes), 'no error summary');
    expect(posts()).to.have.length(0);
    expect(errorSummaryOf(root.querySelector('section[aria-labelledby="answer-heading"]') as HTMLElement)).to.equal(
      null,
    );
    expect(errorSummaryOf(notes)?.querySelector('a')?.getAttribute('href')).to.equal('#note');
    const note = root.getElementById('note');
    expect(note?.getAttribute('aria-invalid')).to.equal('true');
    expect(note?.getAttribute('aria-describedby')).to.equal('note-error');
    expect(root.getElementById('note-error')?.textContent).to.contain('Notatet kan ha høyst');
    expect(root.getElementById('answer')?.hasAttribute('aria-invalid')).to.equal(false);
    type(root, 'note', 'Ringte politiet');
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('#notes-heading ~ form button[type="submit"]')?.click();
    await waitUntil(() => posts().length === 1, 'note not sent');
    expect(posts()[0]).to.deep.include({ url: '/api/admin/contact/c1/notes', body: { body: 'Ringte politiet' } });
    await waitUntil(
      () => root.getElementById('note-error')?.textContent?.includes('«Nytt notat» må fylles ut.'),
      'refusal not at the note',
    );
    expect(root.querySelector('.error-box')).to.equal(null);
    await expect(sut).to.be.accessible();
  });

  it('an empty Q&A draft is refused at both fields with a linked summary; nothing is sent; accessible', async () => {
    const { sut, root, posts } = await openConversation(() => ({}));
    type(root, 'qa-answer', '   ');
    await sut.updateComplete;
    const qa = root.querySelector('section[aria-labelledby="qa-heading"]') as HTMLElement;
    qa.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(qa), 'no error summary');
    const summary = errorSummaryOf(qa) as HTMLElement;
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#qa-question', '#qa-answer']);
    expect((summary.getRootNode() as ShadowRoot).activeElement).to.equal(summary);
    for (const id of ['qa-question', 'qa-answer']) {
      expect(root.getElementById(id)?.getAttribute('aria-invalid')).to.equal('true');
      expect(root.getElementById(id)?.getAttribute('aria-describedby')).to.equal(`${id}-error`);
    }
    expect(root.getElementById('qa-question-error')?.textContent).to.contain('Skriv spørsmålet.');
    expect(root.getElementById('qa-answer-error')?.textContent).to.contain('Skriv svaret.');
    expect(root.querySelector('.error-box')).to.equal(null);
    expect(posts()).to.have.length(0);
    await expect(sut).to.be.accessible();
  });

  it("the server's refusal of a Q&A draft is shown at its field in Norwegian", async () => {
    const { sut, root, posts } = await openConversation(() =>
      refused({ code: 'validation', fields: [{ field: 'answer', code: 'too_long' }] }),
    );
    type(root, 'qa-question', ' Er kjøp i utlandet straffbart? ');
    type(root, 'qa-answer', 'Ja.');
    await sut.updateComplete;
    const qa = root.querySelector('section[aria-labelledby="qa-heading"]') as HTMLElement;
    qa.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(qa), 'no error summary');
    expect(posts()).to.have.length(1);
    expect(posts()[0]).to.deep.include({
      url: '/api/admin/contact/c1/qa',
      body: { question: 'Er kjøp i utlandet straffbart?', answer: 'Ja.' },
    });
    expect(errorSummaryOf(qa)?.querySelector('a')?.getAttribute('href')).to.equal('#qa-answer');
    expect(errorSummaryOf(qa)?.textContent).not.to.contain('must');
    expect(root.getElementById('qa-answer')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById('qa-answer-error')?.textContent).to.match(/Svaret kan ha høyst 10\s000 tegn\./);
    expect(root.getElementById('qa-question')?.hasAttribute('aria-invalid')).to.equal(false);
    expect(root.querySelector('.error-box')).to.equal(null);
  });

  it('a failed «Lukk samtalen» says so next to the button in Norwegian from the code and takes focus; accessible', async () => {
    const { sut, root, posts } = await openConversation(
      () =>
        new Response(JSON.stringify({ statusCode: 403, code: 'forbidden', message: 'Forbidden resource' }), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        }),
    );
    [...root.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.trim() === 'Lukk samtalen')
      ?.click();
    // The summary right after the buttons (the answer form's own summary is at its top).
    const closeSummary = () =>
      root.querySelector('.actions ~ sh-error-summary')?.shadowRoot?.querySelector<HTMLElement>('[role="alert"]');
    await waitUntil(() => closeSummary(), 'no message at the close button');
    expect(posts().map((r) => r.url)).to.deep.equal(['/api/admin/contact/c1/closure']);
    const alert = closeSummary() as HTMLElement;
    expect(alert.querySelector('h2')?.textContent).to.equal('Samtalen ble ikke lukket');
    expect(alert.textContent).to.contain('Kontoen din har ikke tilgang til dette.');
    expect(alert.textContent).not.to.contain('Forbidden');
    expect(alert.querySelector('a')).to.equal(null);
    expect((alert.getRootNode() as ShadowRoot).activeElement).to.equal(alert);
    expect(root.querySelector('.error-box')).to.equal(null);
    await expect(sut).to.be.accessible();
  });
});
