import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SessionService, SessionState } from '../../state/session.service.js';
import { stubFetch } from '../../test/fixtures.js';
import type { ShAccountPage } from './sh-account-page.js';
import './sh-account-page.js';

const member: SessionState = {
  status: 'signed-in',
  me: { id: 'u1', alias: 'Ola', roles: ['member'], joinedAt: '2026-01-01' },
};

describe('sh-account-page password change', () => {
  /** The page with the form filled in; `answer` is the server's answer to the password change. */
  async function changePassword(answer: () => Response) {
    const { fetchFn, requests } = stubFetch((request) => (request.url === '/api/auth/password' ? answer() : {}));
    let forgotten = 0;
    const sessionService = { forget: () => (forgotten += 1) } as unknown as SessionService;
    const sut = await fixture<ShAccountPage>(
      html`<sh-account-page
        .session=${member}
        .sessionService=${sessionService}
        .fetchFn=${fetchFn}
      ></sh-account-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    (root.querySelector('#current') as HTMLInputElement).value = 'det gamle passordet';
    (root.querySelector('#next') as HTMLInputElement).value = 'et helt nytt passord';
    return { sut, root, requests, forgotten: () => forgotten };
  }

  it('forgets the session and goes to the login page with a message once the server ended it', async () => {
    const { sut, root, requests, forgotten } = await changePassword(() => new Response(null, { status: 204 }));
    const navigated = oneEvent(sut, 'sh-navigate');
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    const event = await navigated;
    expect(event.detail.path).to.equal('/logg-inn?melding=passord-endret');
    expect(forgotten()).to.equal(1);
    expect(requests.find((request) => request.url === '/api/auth/password')).to.deep.include({
      url: '/api/auth/password',
      method: 'POST',
      body: { currentPassword: 'det gamle passordet', newPassword: 'et helt nytt passord' },
    });
  });

  it('stays signed in and shows the server message when the current password is wrong', async () => {
    const refused = () =>
      new Response(
        JSON.stringify({
          statusCode: 400,
          error: 'Bad Request',
          message: 'The current password is wrong.',
          code: 'wrong_password',
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      );
    const { sut, root, forgotten } = await changePassword(refused);
    let navigated = false;
    sut.addEventListener('sh-navigate', () => (navigated = true));
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await waitUntil(() => root.querySelector('form [role="alert"]'), 'no error shown');
    expect(navigated).to.equal(false);
    expect(forgotten()).to.equal(0);
  });
});
