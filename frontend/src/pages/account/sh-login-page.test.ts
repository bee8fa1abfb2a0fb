import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { stubFetch } from '../../test/fixtures.js';
import type { ShLoginPage } from './sh-login-page.js';
import './sh-login-page.js';

const answer = (status: number, body: object) => () =>
  new Response(JSON.stringify({ statusCode: status, error: 'Error', ...body }), {
    status,
    headers: { 'content-type': 'application/json' },
  });

async function submitLogin(sut: ShLoginPage, alias: string, password: string): Promise<ShadowRoot> {
  const root = sut.shadowRoot as ShadowRoot;
  (root.querySelector('#alias') as HTMLInputElement).value = alias;
  (root.querySelector('#password') as HTMLInputElement).value = password;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await waitUntil(
    () => root.querySelector('sh-error-summary')?.shadowRoot?.querySelector('[role="alert"]'),
    'no summary',
  );
  return root;
}

describe('sh-login-page', () => {
  it('shows a wrong password in Norwegian at the password field and in a focused summary, never the server text', async () => {
    const { fetchFn, requests } = stubFetch(
      answer(401, { code: 'invalid_credentials', message: 'Wrong alias or password.' }),
    );
    const sut = await fixture<ShLoginPage>(html`<sh-login-page .fetchFn=${fetchFn}></sh-login-page>`);
    await expect(sut).to.be.accessible();
    const root = await submitLogin(sut, 'Ola', 'feil passord');
    const summary = root.querySelector('sh-error-summary')?.shadowRoot as ShadowRoot;
    expect(summary.textContent).to.contain('Feil alias eller passord.');
    expect(summary.textContent).not.to.contain('Wrong');
    expect(summary.querySelector('a')?.getAttribute('href')).to.equal('#password');
    expect(summary.activeElement?.classList.contains('summary')).to.equal(true);
    const password = root.querySelector('#password') as HTMLInputElement;
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(password.getAttribute('aria-describedby') ?? '')?.textContent).to.contain(
      'Feil alias eller passord.',
    );
    expect(root.querySelector('#alias')?.hasAttribute('aria-invalid')).to.equal(false);
    await expect(sut).to.be.accessible();
    expect(requests[0]).to.deep.include({
      url: '/api/auth/login',
      method: 'POST',
      body: { alias: 'Ola', password: 'feil passord' },
    });
    expect(root.querySelector('a[href="/registrer"]')).not.to.equal(null);
    expect(root.querySelector('a[href="/glemt-passord"]')?.textContent).to.equal('Glemt passordet?');
  });

  it("marks each missing field from the server's field codes, and the summary link moves focus to the field", async () => {
    const { fetchFn } = stubFetch(
      answer(400, {
        code: 'validation',
        message: 'alias is required; password is required',
        fields: [
          { field: 'alias', code: 'required' },
          { field: 'password', code: 'required' },
        ],
      }),
    );
    const sut = await fixture<ShLoginPage>(html`<sh-login-page .fetchFn=${fetchFn}></sh-login-page>`);
    const root = await submitLogin(sut, '', '');
    const summary = root.querySelector('sh-error-summary')?.shadowRoot as ShadowRoot;
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#alias', '#password']);
    expect(links[0].textContent).to.contain('«Alias» må fylles ut.');
    expect(summary.textContent).not.to.contain('is required');
    for (const id of ['alias', 'password']) {
      expect(root.querySelector(`#${id}`)?.getAttribute('aria-invalid')).to.equal('true');
      expect(root.querySelector(`#${id}-error`)).not.to.equal(null);
    }
    links[1].click();
    expect(root.activeElement?.id).to.equal('password');
  });

  it('says until when a locked login is locked, in local time', async () => {
    const until = new Date(Date.now() + 15 * 60_000);
    const { fetchFn } = stubFetch(
      answer(429, { code: 'locked', message: 'Too many attempts.', retryAt: until.toISOString() }),
    );
    const sut = await fixture<ShLoginPage>(html`<sh-login-page .fetchFn=${fetchFn}></sh-login-page>`);
    const root = await submitLogin(sut, 'Ola', 'feil passord');
    const time = new Intl.DateTimeFormat('nb-NO', { hour: '2-digit', minute: '2-digit' }).format(until);
    const text = root.querySelector('sh-error-summary')?.shadowRoot?.textContent ?? '';
    expect(text).to.contain('For mange feil forsøk');
    if (until.toDateString() === new Date().toDateString()) expect(text).to.contain(time);
  });
});

describe('sh-login-page, signed in', () => {
  const me = (roles: string[]) => ({ id: 'a', alias: 'Ola', roles, joinedAt: '2026-01-01' });

  async function signIn(returnPath: string | null, roles: string[]): Promise<string> {
    const { fetchFn } = stubFetch(() => me(roles));
    const sut = await fixture<ShLoginPage>(
      html`<sh-login-page .fetchFn=${fetchFn} .returnPath=${returnPath}></sh-login-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    (root.querySelector('#alias') as HTMLInputElement).value = 'Ola';
    (root.querySelector('#password') as HTMLInputElement).value = 'et langt passord';
    const navigated = new Promise<string>((resolve) =>
      sut.addEventListener('sh-navigate', (e) => resolve((e as CustomEvent<{ path: string }>).detail.path), {
        once: true,
      }),
    );
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    return navigated;
  }

  it('goes back where the person was, but never to a URL from elsewhere', async () => {
    expect(await signIn('/forum/traad/t1', ['member'])).to.equal('/forum/traad/t1');
    expect(await signIn('https://evil.example/', ['member'])).to.equal('/forum');
    expect(await signIn('//evil.example/x', ['member'])).to.equal('/forum');
    expect(await signIn('javascript:alert(1)', ['member'])).to.equal('/forum');
  });

  it('takes staff without a place to go back to to their work', async () => {
    expect(await signIn(null, ['member', 'counsellor'])).to.equal('/admin/kontakt');
    expect(await signIn(null, ['member', 'moderator'])).to.equal('/admin/moderering');
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
