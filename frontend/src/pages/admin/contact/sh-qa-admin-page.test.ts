import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { QaAdminDto } from '@sexhandel/shared';
import type { SessionState } from '../../../state/session.service.js';
import { stubFetch } from '../../../test/fixtures.js';
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

  it('shows the server message when a new wording is refused', async () => {
    const { fetchFn } = stubFetch((request) =>
      request.method === 'PUT'
        ? new Response(JSON.stringify({ statusCode: 409, code: 'unpublish_first', message: 'Unpublish it first.' }), {
            status: 409,
            headers: { 'content-type': 'application/json' },
          })
        : [awaiting],
    );
    const sut = await fixture<ShQaAdminPage>(
      html`<sh-qa-admin-page .fetchFn=${fetchFn} .session=${editor}></sh-qa-admin-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => buttonNamed(root, 'Endre ordlyden'), 'edit button missing');
    buttonNamed(root, 'Endre ordlyden')?.click();
    await waitUntil(() => buttonNamed(root, 'Lagre ordlyden'), 'edit form not shown');
    buttonNamed(root, 'Lagre ordlyden')?.click();
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown');
    expect(root.querySelector('[role="alert"]')?.textContent).to.include('Avpubliser først');
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
