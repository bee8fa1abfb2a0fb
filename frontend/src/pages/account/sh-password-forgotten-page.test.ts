import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { offlineFetch, stubFetch, errorSummaryOf } from '../../test/fixtures.js';
import type { ShPasswordForgottenPage } from './sh-password-forgotten-page.js';
import './sh-password-forgotten-page.js';

const accepted = () => new Response('{}', { status: 202, headers: { 'content-type': 'application/json' } });

function send(sut: ShPasswordForgottenPage, email: string): void {
  const root = sut.shadowRoot as ShadowRoot;
  (root.querySelector('#email') as HTMLInputElement).value = email;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

/** The confirmation's text after asking for `email` on a fresh page. */
async function confirmationFor(email: string): Promise<string> {
  const { fetchFn } = stubFetch(accepted);
  const sut = await fixture<ShPasswordForgottenPage>(
    html`<sh-password-forgotten-page .fetchFn=${fetchFn}></sh-password-forgotten-page>`,
  );
  send(sut, email);
  const root = sut.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector('#sent'), 'no confirmation shown');
  return root.querySelector('#sent')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('sh-password-forgotten-page', () => {
  it('renders the explanation and the e-mail field, and is accessible', async () => {
    const sut = await fixture<ShPasswordForgottenPage>(html`<sh-password-forgotten-page></sh-password-forgotten-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    expect(root.querySelector('h1')?.textContent).to.equal('Glemt passord');
    expect(root.querySelector('h1')?.getAttribute('tabindex')).to.equal('-1');
    expect(root.textContent).to.contain('lagret kryptert');
    expect(root.querySelector('#email')?.getAttribute('autocomplete')).to.equal('email');
    expect(root.querySelector('a[href="/registrer"]')).not.to.equal(null);
    expect(root.querySelector('a[href="/logg-inn"]')).not.to.equal(null);
    await expect(sut).to.be.accessible();
  });

  it('sends the address and shows the confirmation as a status with focus, in place of the form', async () => {
    const { fetchFn, requests } = stubFetch(accepted);
    const sut = await fixture<ShPasswordForgottenPage>(
      html`<sh-password-forgotten-page .fetchFn=${fetchFn}></sh-password-forgotten-page>`,
    );
    send(sut, '  ola@example.org ');
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('#sent'), 'no confirmation shown');
    expect(requests).to.deep.equal([
      { url: '/api/auth/password-reset/request', method: 'POST', body: { email: 'ola@example.org' } },
    ]);
    const sent = root.querySelector('#sent');
    expect(sent?.getAttribute('role')).to.equal('status');
    expect(sent?.textContent).to.contain('Hvis adressen hører til en konto, har vi sendt en lenke');
    expect(sent?.textContent).to.contain('60 minutter');
    expect(sent?.textContent).to.contain('søppelpost');
    expect(root.activeElement).to.equal(sent);
    expect(root.querySelector('form')).to.equal(null);
    await expect(sut).to.be.accessible();
  });

  it('shows the same confirmation whatever the address', async () => {
    const member = await confirmationFor('medlem@example.org');
    const stranger = await confirmationFor('ukjent@example.org');
    expect(member).to.not.equal('');
    expect(stranger).to.equal(member);
  });

  it('refuses an address without @ before sending, marks the field and stays accessible', async () => {
    const { fetchFn, requests } = stubFetch(accepted);
    const sut = await fixture<ShPasswordForgottenPage>(
      html`<sh-password-forgotten-page .fetchFn=${fetchFn}></sh-password-forgotten-page>`,
    );
    send(sut, 'ola');
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    expect(requests).to.have.length(0);
    const alert = errorSummaryOf(root);
    expect(alert?.textContent).to.contain('Skriv e-postadressen du brukte');
    expect(alert?.querySelector('a')?.getAttribute('href')).to.equal('#email');
    expect((alert?.getRootNode() as ShadowRoot).activeElement).to.equal(alert);
    const email = root.querySelector('#email');
    expect(email?.getAttribute('aria-invalid')).to.equal('true');
    expect(email?.getAttribute('aria-describedby')).to.equal('email-error email-hint');
    await expect(sut).to.be.accessible();
  });

  it('shows the server field code in Norwegian at the field, never the server text', async () => {
    const { fetchFn } = stubFetch(
      () =>
        new Response(
          JSON.stringify({
            statusCode: 400,
            error: 'Bad Request',
            message: 'email must be an email',
            code: 'validation',
            fields: [{ field: 'email', code: 'invalid_email' }],
          }),
          {
            status: 400,
            headers: { 'content-type': 'application/json' },
          },
        ),
    );
    const sut = await fixture<ShPasswordForgottenPage>(
      html`<sh-password-forgotten-page .fetchFn=${fetchFn}></sh-password-forgotten-page>`,
    );
    send(sut, 'ola@');
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    expect(errorSummaryOf(root)?.textContent).to.contain('Skriv e-postadressen du brukte');
    expect(errorSummaryOf(root)?.textContent).not.to.contain('email must');
    expect(root.querySelector('#email-error')?.textContent).to.contain('Skriv e-postadressen du brukte');
    expect(root.querySelector('#email')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#sent')).to.equal(null);
  });

  it('says to wait when asked too often, without marking the field', async () => {
    const { fetchFn } = stubFetch(
      () =>
        new Response(
          JSON.stringify({ statusCode: 429, error: 'Too Many Requests', message: 'x', code: 'rate_limited' }),
          {
            status: 429,
            headers: { 'content-type': 'application/json' },
          },
        ),
    );
    const sut = await fixture<ShPasswordForgottenPage>(
      html`<sh-password-forgotten-page .fetchFn=${fetchFn}></sh-password-forgotten-page>`,
    );
    send(sut, 'ola@example.org');
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    expect(errorSummaryOf(root)?.textContent).to.contain('Vent litt');
    expect(root.querySelector('#email')?.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('says a connection is needed when the request cannot reach the server', async () => {
    const sut = await fixture<ShPasswordForgottenPage>(
      html`<sh-password-forgotten-page .fetchFn=${offlineFetch}></sh-password-forgotten-page>`,
    );
    send(sut, 'ola@example.org');
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    expect(errorSummaryOf(root)?.textContent).to.contain('krever nettforbindelse');
    expect(root.querySelector('#sent')).to.equal(null);
  });
});
