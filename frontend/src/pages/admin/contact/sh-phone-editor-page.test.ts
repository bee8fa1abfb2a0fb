import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PhoneInfoDto } from '@sexhandel/shared';
import type { SessionState } from '../../../state/session.service.js';
import { errorSummaryOf, stubFetch, type RecordedRequest } from '../../../test/fixtures.js';
import type { ShPhoneEditorPage } from './sh-phone-editor-page.js';
import './sh-phone-editor-page.js';

const editor: SessionState = {
  status: 'signed-in',
  me: { id: 'u1', alias: 'Redaktør1', roles: ['member', 'editor'], joinedAt: '2026-01-01' },
};

const info: PhoneInfoDto = {
  number: '+47 22 33 44 55',
  hours: [{ weekday: 1, opens: '17:00', closes: '21:00' }],
  closedDates: [],
  note: '',
  openNow: false,
  closesAt: null,
  nextOpening: null,
};

const refused = (body: object) =>
  new Response(JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'number must be a phone', ...body }), {
    status: 400,
    headers: { 'content-type': 'application/json' },
  });

async function open(handler: (request: RecordedRequest) => unknown) {
  const { fetchFn, requests } = stubFetch(handler);
  const sut = await fixture<ShPhoneEditorPage>(
    html`<sh-phone-editor-page .fetchFn=${fetchFn} .session=${editor}></sh-phone-editor-page>`,
  );
  const root = sut.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector('#number'), 'form not shown');
  return { sut, root, requests };
}

function type(root: ShadowRoot, id: string, value: string): void {
  const input = root.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function saves(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => r.method === 'PUT');
}

describe('sh-phone-editor-page', () => {
  it('refuses an empty number and a closing time before the opening at the fields, sends nothing; accessible', async () => {
    const { sut, root, requests } = await open(() => info);
    type(root, 'number', '  ');
    type(root, 'closes-0', '16:00');
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    const summary = errorSummaryOf(root) as HTMLElement;
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#number', '#closes-0']);
    expect((summary.getRootNode() as ShadowRoot).activeElement).to.equal(summary);
    const number = root.getElementById('number');
    expect(number?.getAttribute('aria-invalid')).to.equal('true');
    expect(number?.getAttribute('aria-describedby')).to.contain('number-error');
    expect(root.getElementById('number-error')?.textContent).to.contain('Skriv telefonnummeret.');
    const closes = root.getElementById('closes-0');
    expect(closes?.getAttribute('aria-invalid')).to.equal('true');
    expect(closes?.getAttribute('aria-describedby')).to.contain('closes-0-error');
    expect(root.getElementById('closes-0-error')?.textContent).to.contain('Stengetiden må komme etter åpningstiden.');
    expect(root.getElementById('opens-0')?.hasAttribute('aria-invalid')).to.equal(false);
    expect(root.querySelector('.error-box')).to.equal(null);
    expect(saves(requests)).to.have.length(0);
    await expect(sut).to.be.accessible();
  });

  it('shows a refused field from the server at the field in Norwegian, never the server text', async () => {
    const { root, requests } = await open((request) =>
      request.method === 'PUT'
        ? refused({ code: 'validation', fields: [{ field: 'hours.0.opens', code: 'invalid_format' }] })
        : info,
    );
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(saves(requests)).to.have.length(1);
    expect(errorSummaryOf(root)?.querySelector('a')?.getAttribute('href')).to.equal('#opens-0');
    expect(errorSummaryOf(root)?.textContent).not.to.contain('must');
    expect(root.getElementById('opens-0')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById('opens-0')?.getAttribute('aria-describedby')).to.equal('opens-0-error');
    expect(root.getElementById('opens-0-error')?.textContent).to.contain('Skriv klokkeslettet som TT:MM');
    expect(root.querySelector('.error-box')).to.equal(null);
    expect(root.querySelector('.notice[role="status"]')).to.equal(null);
  });

  it('saves a valid line and says so; the errors are gone', async () => {
    const { sut, root, requests } = await open(() => info);
    type(root, 'number', '');
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    type(root, 'number', '22 33 44 55');
    await sut.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => root.querySelector('.notice[role="status"]'), 'not saved');
    expect(saves(requests)[0]?.body).to.deep.include({ number: '22 33 44 55' });
    expect(errorSummaryOf(root)).to.equal(null);
    expect(root.getElementById('number')?.hasAttribute('aria-invalid')).to.equal(false);
  });
});
