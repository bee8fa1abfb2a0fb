import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { QaAdminDto } from '@sexhandel/shared';
import type { SessionState } from '../../../state/session.service.js';
import { errorSummaryOf, stubFetch, type RecordedRequest } from '../../../test/fixtures.js';
import type { ShQaAdminPage } from './sh-qa-admin-page.js';
import './sh-qa-admin-page.js';

const editor: SessionState = {
  status: 'signed-in',
  me: { id: 'u2', alias: 'Redaktøren', roles: ['editor'], joinedAt: '2026-01-01' },
};

const awaiting: QaAdminDto = {
  id: 'qa1',
  topic: 'law',
  question: 'Er kjøp i utlandet straffbart?',
  answer: 'Ja.',
  status: 'draft',
  conversationId: 'c1',
  createdAt: '2026-11-28T10:00:00.000Z',
  publishedAt: null,
  personApprovedAt: null,
};

function buttonNamed(root: ShadowRoot, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);
}

describe('sh-qa-admin-page', () => {
  it('keeps Publish disabled until the person approved the text; accessible', async () => {
    const { fetchFn } = stubFetch(() => [awaiting]);
    const sut = await fixture<ShQaAdminPage>(
      html`<sh-qa-admin-page .fetchFn=${fetchFn} .session=${editor}></sh-qa-admin-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.textContent?.includes('Er kjøp i utlandet'), 'list not shown');
    expect(root.textContent).to.include('Venter på at personen godkjenner teksten');
    expect(buttonNamed(root, 'Publiser')?.disabled).to.equal(true);
    await expect(sut).to.be.accessible();
  });

  it('publishes an approved text and shows the new state', async () => {
    const approved = { ...awaiting, personApprovedAt: '2026-11-28T12:00:00.000Z' };
    const { fetchFn, requests } = stubFetch((request) =>
      request.url === '/api/admin/qa'
        ? [approved]
        : { ...approved, status: 'published', publishedAt: '2026-11-29T09:00:00.000Z' },
    );
    const sut = await fixture<ShQaAdminPage>(
      html`<sh-qa-admin-page .fetchFn=${fetchFn} .session=${editor}></sh-qa-admin-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => buttonNamed(root, 'Publiser') && !buttonNamed(root, 'Publiser')?.disabled, 'not enabled');
    buttonNamed(root, 'Publiser')?.click();
    await waitUntil(() => buttonNamed(root, 'Avpubliser'), 'not shown as published');
    expect(requests.at(-1)).to.deep.include({ url: '/api/admin/qa/qa1/publication', method: 'POST' });
  });

  async function editing(handler: (request: RecordedRequest) => unknown) {
    const { fetchFn, requests } = stubFetch(handler);
    const sut = await fixture<ShQaAdminPage>(
      html`<sh-qa-admin-page .fetchFn=${fetchFn} .session=${editor}></sh-qa-admin-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => buttonNamed(root, 'Endre ordlyden'), 'edit button missing');
    buttonNamed(root, 'Endre ordlyden')?.click();
    await waitUntil(() => buttonNamed(root, 'Lagre ordlyden'), 'edit form not shown');
    return { sut, root, puts: () => requests.filter((r) => r.method === 'PUT') };
  }

  function type(root: ShadowRoot, id: string, value: string): void {
    const field = root.getElementById(id) as HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  const refused = (status: number, body: object) =>
    new Response(JSON.stringify({ statusCode: status, message: 'question must be between 1 and 2000', ...body }), {
      status,
      headers: { 'content-type': 'application/json' },
    });

  it('refuses an empty question and a too long answer at the fields with a linked summary; sends nothing; accessible', async () => {
    const { sut, root, puts } = await editing(() => [awaiting]);
    type(root, 'q-qa1', '   ');
    type(root, 'a-qa1', 'x'.repeat(10_001));
    await sut.updateComplete;
    buttonNamed(root, 'Lagre ordlyden')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    const summary = errorSummaryOf(root) as HTMLElement;
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#q-qa1', '#a-qa1']);
    expect((summary.getRootNode() as ShadowRoot).activeElement).to.equal(summary);
    const question = root.getElementById('q-qa1');
    expect(question?.getAttribute('aria-invalid')).to.equal('true');
    expect(question?.getAttribute('aria-describedby')).to.equal('q-qa1-error q-qa1-count');
    expect(root.getElementById('q-qa1-error')?.textContent).to.contain('Skriv spørsmålet.');
    const answer = root.getElementById('a-qa1');
    expect(answer?.getAttribute('aria-invalid')).to.equal('true');
    expect(answer?.getAttribute('aria-describedby')).to.equal('a-qa1-error a-qa1-count');
    expect(root.getElementById('a-qa1-error')?.textContent).to.match(/Svaret kan ha høyst 10\s000 tegn\./);
    expect(root.querySelector('.error-box')).to.equal(null);
    expect(puts()).to.have.length(0);
    await expect(sut).to.be.accessible();
  });

  it("shows the server's refusal of a field at that field in Norwegian, and sends the trimmed wording", async () => {
    const { sut, root, puts } = await editing((request) =>
      request.method === 'PUT'
        ? refused(400, { code: 'validation', fields: [{ field: 'question', code: 'too_long' }] })
        : [awaiting],
    );
    type(root, 'q-qa1', '  Er kjøp i utlandet straffbart for nordmenn?  ');
    await sut.updateComplete;
    buttonNamed(root, 'Lagre ordlyden')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(puts()).to.have.length(1);
    expect(puts()[0]?.body).to.deep.equal({ question: 'Er kjøp i utlandet straffbart for nordmenn?', answer: 'Ja.' });
    expect(errorSummaryOf(root)?.querySelector('a')?.getAttribute('href')).to.equal('#q-qa1');
    expect(errorSummaryOf(root)?.textContent).not.to.contain('must');
    expect(root.getElementById('q-qa1')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById('q-qa1')?.getAttribute('aria-describedby')).to.equal('q-qa1-error q-qa1-count');
    expect(root.getElementById('q-qa1-error')?.textContent).to.match(/Spørsmålet kan ha høyst 2\s000 tegn\./);
    expect(root.getElementById('a-qa1')?.hasAttribute('aria-invalid')).to.equal(false);
    expect(root.querySelector('.error-box')).to.equal(null);
  });

  it('puts a refusal about no field in the summary without a link, in Norwegian', async () => {
    const { root } = await editing((request) =>
      request.method === 'PUT' ? refused(409, { code: 'unpublish_first', message: 'Unpublish it first.' }) : [awaiting],
    );
    buttonNamed(root, 'Lagre ordlyden')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(errorSummaryOf(root)?.textContent).to.include('Avpubliser først');
    expect(errorSummaryOf(root)?.textContent).not.to.include('Unpublish');
    expect(errorSummaryOf(root)?.querySelector('a')).to.equal(null);
    expect(root.getElementById('q-qa1')?.hasAttribute('aria-invalid')).to.equal(false);
    expect(root.querySelector('.error-box')).to.equal(null);
  });

  it('shows a counsellor the list without editor actions', async () => {
    const counsellor: SessionState = { status: 'signed-in', me: { ...editor.me!, roles: ['counsellor'] } };
    const { fetchFn } = stubFetch(() => [awaiting]);
    const sut = await fixture<ShQaAdminPage>(
      html`<sh-qa-admin-page .fetchFn=${fetchFn} .session=${counsellor}></sh-qa-admin-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.textContent?.includes('Er kjøp i utlandet'), 'list not shown');
    expect(buttonNamed(root, 'Publiser')).to.equal(undefined);
  });
});
