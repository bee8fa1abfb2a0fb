import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LIMITS } from '@sexhandel/shared';
import { errorSummaryOf, stubFetch } from '../../test/fixtures.js';
import type { ShPasswordResetPage } from './sh-password-reset-page.js';
import './sh-password-reset-page.js';

const startUrl = location.pathname + location.search;
const noContent = () => new Response(null, { status: 204 });

function fill(sut: ShPasswordResetPage, password: string, repeat: string): void {
  const root = sut.shadowRoot as ShadowRoot;
  (root.querySelector('#password') as HTMLInputElement).value = password;
  (root.querySelector('#repeat') as HTMLInputElement).value = repeat;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

async function openWithToken(token: string, fetchFn = stubFetch(noContent).fetchFn): Promise<ShPasswordResetPage> {
  history.replaceState(null, '', `${startUrl}#${token}`);
  return fixture<ShPasswordResetPage>(html`<sh-password-reset-page .fetchFn=${fetchFn}></sh-password-reset-page>`);
}

describe('sh-password-reset-page', () => {
  afterEach(() => {
    history.replaceState(null, '', startUrl);
  });

  it('takes the token from the fragment, removes it from the address and sends it with the new password', async () => {
    const { fetchFn, requests } = stubFetch(noContent);
    const sut = await openWithToken('tok-123_abc', fetchFn);
    expect(location.hash).to.equal('');
    expect(location.href).not.to.contain('tok-123_abc');
    expect(location.pathname + location.search).to.equal(startUrl);
    const navigated = oneEvent(sut, 'sh-navigate');
    fill(sut, 'et langt og godt passord', 'et langt og godt passord');
    const event = await navigated;
    expect(event.detail.path).to.equal('/logg-inn?melding=passord-nullstilt');
    expect(requests).to.deep.equal([
      {
        url: '/api/auth/password-reset',
        method: 'POST',
        body: { token: 'tok-123_abc', password: 'et langt og godt passord' },
      },
    ]);
  });

  it('renders the form with the password rules, and is accessible', async () => {
    const sut = await openWithToken('tok');
    const root = sut.shadowRoot as ShadowRoot;
    expect(root.querySelector('h1')?.textContent).to.equal('Nytt passord');
    expect(root.querySelector('h1')?.getAttribute('tabindex')).to.equal('-1');
    for (const id of ['#password', '#repeat']) {
      expect(root.querySelector(id)?.getAttribute('autocomplete')).to.equal('new-password');
    }
    expect(root.querySelector('#password-hint')?.textContent).to.contain(`Minst ${LIMITS.passwordMin} tegn`);
    await expect(sut).to.be.accessible();
  });

  it('refuses a repeat that does not match, without a request, and marks the repeat field', async () => {
    const { fetchFn, requests } = stubFetch(noContent);
    const sut = await openWithToken('tok', fetchFn);
    fill(sut, 'et langt og godt passord', 'et langt og godt passore');
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    expect(requests).to.have.length(0);
    const alert = errorSummaryOf(root);
    expect(alert?.textContent).to.contain('Passordene er ikke like');
    expect((alert?.getRootNode() as ShadowRoot).activeElement).to.equal(alert);
    expect(root.querySelector('#repeat')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#repeat')?.getAttribute('aria-describedby')).to.equal('repeat-error');
    expect(root.querySelector('#repeat-error')?.textContent).to.contain('Passordene er ikke like');
    expect(root.querySelector('#password')?.hasAttribute('aria-invalid')).to.equal(false);
    await expect(sut).to.be.accessible();
  });

  it('refuses a password shorter than the minimum, without a request', async () => {
    const { fetchFn, requests } = stubFetch(noContent);
    const sut = await openWithToken('tok', fetchFn);
    fill(sut, 'kort', 'kort');
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    expect(requests).to.have.length(0);
    expect(errorSummaryOf(root)?.textContent).to.contain(`minst ${LIMITS.passwordMin} tegn`);
    expect(root.querySelector('#password')?.getAttribute('aria-describedby')).to.equal('password-error password-hint');
  });

  it('explains a used or expired link and links to a new one; accessible', async () => {
    const { fetchFn } = stubFetch(
      () =>
        new Response(
          JSON.stringify({
            statusCode: 400,
            error: 'Bad Request',
            message: 'This link has been used',
            code: 'reset_link_invalid',
          }),
          { status: 400, headers: { 'content-type': 'application/json' } },
        ),
    );
    const sut = await openWithToken('brukt', fetchFn);
    fill(sut, 'et langt og godt passord', 'et langt og godt passord');
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('#link-invalid'), 'no explanation shown');
    const box = root.querySelector('#link-invalid');
    expect(box?.getAttribute('role')).to.equal('alert');
    expect(box?.textContent).to.contain('allerede brukt eller for gammel');
    expect(box?.querySelector('a[href="/glemt-passord"]')).not.to.equal(null);
    expect(root.activeElement).to.equal(box);
    expect(root.querySelector('form')).to.equal(null);
    await expect(sut).to.be.accessible();
  });

  it('shows the server field code in Norwegian on the password field', async () => {
    const { fetchFn } = stubFetch(
      () =>
        new Response(
          JSON.stringify({
            statusCode: 400,
            error: 'Bad Request',
            message: 'password is too long',
            code: 'validation',
            fields: [{ field: 'password', code: 'too_long' }],
          }),
          {
            status: 400,
            headers: { 'content-type': 'application/json' },
          },
        ),
    );
    const sut = await openWithToken('tok', fetchFn);
    fill(sut, 'et langt og godt passord', 'et langt og godt passord');
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    expect(errorSummaryOf(root)?.textContent).to.contain('«Nytt passord» er for lang.');
    expect(errorSummaryOf(root)?.textContent).not.to.contain('password is');
    expect(root.querySelector('#password')?.getAttribute('aria-invalid')).to.equal('true');
  });

  it('without a token explains where the link comes from and links to a new one; accessible', async () => {
    const sut = await fixture<ShPasswordResetPage>(html`<sh-password-reset-page></sh-password-reset-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    expect(root.querySelector('form')).to.equal(null);
    expect(root.textContent).to.contain('lenken i e-posten');
    expect(root.querySelector('a[href="/glemt-passord"]')).not.to.equal(null);
    await expect(sut).to.be.accessible();
  });

  it('takes a token that arrives later in the fragment (a link pasted into the same tab)', async () => {
    const sut = await fixture<ShPasswordResetPage>(html`<sh-password-reset-page></sh-password-reset-page>`);
    location.hash = 'senere';
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('form'), 'form not shown');
    expect(location.hash).to.equal('');
  });
});
