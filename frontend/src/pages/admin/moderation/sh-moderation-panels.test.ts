import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { errorSummaryOf, stubFetch, type RecordedRequest } from '../../../test/fixtures.js';
import type { ShBlockedDomainsPanel } from './sh-blocked-domains-panel.js';
import type { ShStaffPanel } from './sh-staff-panel.js';
import type { ShSuspensionsPanel } from './sh-suspensions-panel.js';
import './sh-blocked-domains-panel.js';
import './sh-staff-panel.js';
import './sh-suspensions-panel.js';

const refused = (status: number, body: object) =>
  new Response(JSON.stringify({ statusCode: status, error: 'Refused', message: 'English words', ...body }), {
    status,
    headers: { 'content-type': 'application/json' },
  });

function type(root: ShadowRoot, id: string, value: string): void {
  const field = root.getElementById(id) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

function submit(root: ShadowRoot, form = 0): void {
  root.querySelectorAll('form')[form]?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

const writes = (requests: RecordedRequest[]) => requests.filter((r) => r.method !== 'GET');

/** The summary links to the field, the field is marked and described by its message. */
function expectAtField(root: ShadowRoot, summaryRoot: ShadowRoot | HTMLElement, id: string, text: string): void {
  const summary = errorSummaryOf(summaryRoot);
  expect(summary, 'error summary').to.not.equal(null);
  expect([...(summary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).to.include(`#${id}`);
  const field = root.getElementById(id);
  expect(field?.getAttribute('aria-invalid')).to.equal('true');
  expect(field?.getAttribute('aria-describedby')?.split(' ')).to.include(`${id}-error`);
  expect(root.getElementById(`${id}-error`)?.textContent).to.contain(text);
  expect(summary?.textContent).not.to.contain('English');
  expect(root.querySelector('.error-box')).to.equal(null);
}

describe('sh-blocked-domains-panel', () => {
  async function open(post: () => unknown) {
    const { fetchFn, requests } = stubFetch((request) => (request.method === 'POST' ? post() : { items: [] }));
    const sut = await fixture<ShBlockedDomainsPanel>(
      html`<sh-blocked-domains-panel .fetchFn=${fetchFn}></sh-blocked-domains-panel>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('.empty'), 'list not loaded');
    return { sut, root, requests };
  }

  it('refuses an empty domain at the field and sends nothing; accessible', async () => {
    const { sut, root, requests } = await open(() => ({}));
    submit(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expectAtField(root, root, 'domain', 'Skriv et domene');
    expect((errorSummaryOf(root)?.getRootNode() as ShadowRoot).activeElement).to.equal(errorSummaryOf(root));
    expect(writes(requests)).to.have.length(0);
    await expect(sut).to.be.accessible();
  });

  it('shows the server refusing the domain at the field in Norwegian', async () => {
    const { sut, root, requests } = await open(() => refused(400, { code: 'bad_domain' }));
    type(root, 'domain', 'ikke et domene');
    await sut.updateComplete;
    submit(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(writes(requests)).to.have.length(1);
    expectAtField(root, root, 'domain', 'Skriv et domenenavn, for eksempel eksempel.no.');
  });
});

describe('sh-suspensions-panel', () => {
  async function open(handler: (request: RecordedRequest) => unknown) {
    const { fetchFn, requests } = stubFetch(handler);
    const sut = await fixture<ShSuspensionsPanel>(
      html`<sh-suspensions-panel .fetchFn=${fetchFn}></sh-suspensions-panel>`,
    );
    return { sut, root: sut.shadowRoot as ShadowRoot, requests };
  }

  it('marks each missing field of the suspension and sends nothing; accessible', async () => {
    const { sut, root, requests } = await open(() => ({}));
    type(root, 'alias', 'Spammer');
    await sut.updateComplete;
    submit(root, 0);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    const summary = errorSummaryOf(root) as HTMLElement;
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#until', '#reason']);
    expectAtField(root, root, 'until', 'Velg datoen');
    expectAtField(root, root, 'reason', 'Skriv en begrunnelse.');
    expect(root.getElementById('alias')?.hasAttribute('aria-invalid')).to.equal(false);
    expect(writes(requests)).to.have.length(0);
    await expect(sut).to.be.accessible();
  });

  it('shows an unknown alias from the server at the alias field', async () => {
    const { sut, root, requests } = await open(() => refused(404, { code: 'not_found' }));
    type(root, 'alias', 'Ukjent');
    type(root, 'until', '2999-12-31');
    type(root, 'reason', 'Reklame');
    await sut.updateComplete;
    submit(root, 0);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(writes(requests)).to.have.length(1);
    expectAtField(root, root, 'alias', 'Ingen medlem har dette kallenavnet.');
  });

  it('lifting: an empty alias and a member who is not suspended are shown at the field', async () => {
    const { sut, root, requests } = await open(() => refused(404, { code: 'not_suspended' }));
    const lift = root.querySelectorAll('form')[1] as HTMLFormElement;
    submit(root, 1);
    await waitUntil(() => errorSummaryOf(lift), 'no error summary');
    expectAtField(root, lift, 'lift-alias', 'Skriv kallenavnet.');
    expect(writes(requests)).to.have.length(0);
    type(root, 'lift-alias', 'Medlem');
    await sut.updateComplete;
    submit(root, 1);
    await waitUntil(() => errorSummaryOf(lift)?.textContent?.includes('ikke utestengt'), 'refusal not shown');
    expect(writes(requests)).to.have.length(1);
    expectAtField(root, lift, 'lift-alias', 'Medlemmet er ikke utestengt.');
  });
});

describe('sh-staff-panel', () => {
  it('granting: an empty alias and an unknown member are shown at the field, the alias is kept; accessible', async () => {
    const { fetchFn, requests } = stubFetch((request) =>
      request.method === 'PUT' ? refused(404, { code: 'not_found' }) : [],
    );
    const sut = await fixture<ShStaffPanel>(html`<sh-staff-panel .fetchFn=${fetchFn}></sh-staff-panel>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('ul.plain'), 'staff not loaded');
    submit(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expectAtField(root, root, 'new-alias', 'Skriv kallenavnet.');
    expect(writes(requests)).to.have.length(0);
    await expect(sut).to.be.accessible();
    type(root, 'new-alias', 'Ukjent');
    await sut.updateComplete;
    submit(root);
    await waitUntil(() => errorSummaryOf(root)?.textContent?.includes('Ingen medlem'), 'refusal not shown');
    expect(writes(requests)).to.have.length(1);
    expectAtField(root, root, 'new-alias', 'Ingen medlem har dette kallenavnet.');
    expect((root.getElementById('new-alias') as HTMLInputElement).value).to.equal('Ukjent');
  });
});
