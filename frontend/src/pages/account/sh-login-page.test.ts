import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { stubFetch } from '../../test/fixtures.js';
import type { ShLoginPage } from './sh-login-page.js';
import './sh-login-page.js';

describe('sh-login-page', () => {
  it('is accessible and shows the server message when login fails', async () => {
    const { fetchFn, requests } = stubFetch(
      () =>
        new Response(JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'Wrong alias or password.' }), {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const sut = await fixture<ShLoginPage>(html`<sh-login-page .fetchFn=${fetchFn}></sh-login-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await expect(sut).to.be.accessible();
    (root.querySelector('#alias') as HTMLInputElement).value = 'Ola';
    (root.querySelector('#password') as HTMLInputElement).value = 'feil passord';
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown');
    expect(root.querySelector('[role="alert"]')?.textContent).to.contain('Wrong alias or password.');
    expect(requests[0]).to.deep.include({
      url: '/api/auth/login',
      method: 'POST',
      body: { alias: 'Ola', password: 'feil passord' },
    });
    expect(root.querySelector('a[href="/registrer"]')).not.to.equal(null);
    expect(root.querySelector('a[href="/glemt-passord"]')?.textContent).to.equal('Glemt passordet?');
  });
});

describe('sh-login-page after a password change', () => {
  it('says why the person must sign in again, as a status message; accessible', async () => {
    const { fetchFn } = stubFetch(() => ({}));
    const sut = await fixture<ShLoginPage>(
      html`<sh-login-page .fetchFn=${fetchFn} .notice=${'passord-endret'}></sh-login-page>`,
    );
    const status = sut.shadowRoot?.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Passordet er endret');
    await expect(sut).to.be.accessible();
  });

  it('says the password was reset and every session ended, after a reset by e-mail', async () => {
    const sut = await fixture<ShLoginPage>(html`<sh-login-page .notice=${'passord-nullstilt'}></sh-login-page>`);
    const status = sut.shadowRoot?.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Passordet er byttet, og du er logget ut overalt.');
  });

  it('shows no notice on an ordinary visit', async () => {
    const sut = await fixture<ShLoginPage>(html`<sh-login-page></sh-login-page>`);
    expect(sut.shadowRoot?.querySelector('[role="status"]')).to.equal(null);
  });
});
