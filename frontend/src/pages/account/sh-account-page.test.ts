import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { DEVICE_MARKER_KEY } from '../../data/device-session.js';
import type { OutboxService } from '../../state/outbox.service.js';
import { SessionService, type SessionState } from '../../state/session.service.js';
import { signInOnDevice, stubFetch, TEST_MEMBER } from '../../test/fixtures.js';
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

  it('stays signed in and shows Norwegian text at the current password when it is wrong', async () => {
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
    await waitUntil(
      () => root.querySelector('form sh-error-summary')?.shadowRoot?.querySelector('[role="alert"]'),
      'no error shown',
    );
    expect(navigated).to.equal(false);
    expect(forgotten()).to.equal(0);
    const summary = root.querySelector('form sh-error-summary')?.shadowRoot as ShadowRoot;
    expect(summary.textContent).to.contain('Passordet er ikke riktig.');
    expect(summary.textContent).not.to.contain('The current password');
    expect(summary.querySelector('a')?.getAttribute('href')).to.equal('#current');
    expect(root.querySelector('#current')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#current-error')?.textContent).to.contain('Passordet er ikke riktig.');
    await expect(sut).to.be.accessible();
  });
});

describe('sh-account-page logout', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-logout-${crypto.randomUUID()}`);
    await signInOnDevice(db);
    await db.drafts.put({
      id: 'd1',
      kind: 'thread',
      title: 'Utkast',
      body: 'Tekst',
      updatedAt: '2026-11-29T10:00:00.000Z',
      accountId: TEST_MEMBER.id,
    });
    const at = new Date().toISOString();
    await db.outbox.put({ id: 'o1', kind: 'post.create', payload: {}, createdAt: at, state: 'queued', attempts: 0 });
  });

  afterEach(async () => {
    localStorage.removeItem(DEVICE_MARKER_KEY);
    db.close();
    await Dexie.delete(db.name);
  });

  async function page(
    flushNow: () => Promise<unknown>,
    logout: () => Response = () => new Response(null, { status: 204 }),
  ) {
    const { fetchFn, requests } = stubFetch((request) => (request.url === '/api/auth/logout' ? logout() : {}));
    const sessionService = new SessionService(db, fetchFn);
    const me = { ...TEST_MEMBER, roles: [...TEST_MEMBER.roles] };
    const sut = await fixture<ShAccountPage>(
      html`<sh-account-page
        .session=${{ status: 'signed-in', me } satisfies SessionState}
        .sessionService=${sessionService}
        .outboxService=${{ flushNow } as unknown as OutboxService}
        .db=${db}
        .fetchFn=${fetchFn}
      ></sh-account-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    root.querySelector<HTMLButtonElement>('#logout')?.click();
    await waitUntil(() => root.querySelector('#logout-choice'), 'no choice offered');
    return { sut, root, requests };
  }

  it('says how many are unsent and that drafts go, then "discard" leaves nothing behind', async () => {
    const { sut, root, requests } = await page(() => Promise.resolve(null));
    const text = root.querySelector('#logout-choice')?.textContent ?? '';
    expect(text).to.contain('1 melding eller innlegg er ikke sendt ennå');
    expect(text).to.contain('Utkastet ditt slettes fra denne enheten');
    expect(
      requests.some((r) => r.url === '/api/auth/logout'),
      'not logged out before the choice',
    ).to.equal(false);
    await expect(sut).to.be.accessible();
    const navigated = oneEvent(sut, 'sh-navigate');
    root.querySelector<HTMLButtonElement>('[data-action="discard"]')?.click();
    await navigated;
    expect(await db.drafts.count()).to.equal(0);
    expect(await db.outbox.count()).to.equal(0);
    expect(localStorage.getItem(DEVICE_MARKER_KEY)).to.equal(null);
  });

  it('"send first" sends, then logs out; if sending fails it says so and keeps everything', async () => {
    let online = false;
    const flush = async () => {
      if (online) await db.outbox.update('o1', { state: 'sent' });
      return null;
    };
    const { sut, root, requests } = await page(flush);
    root.querySelector<HTMLButtonElement>('[data-action="send-first"]')?.click();
    await waitUntil(() => root.querySelector('#logout-choice [role="alert"]'), 'failure not shown');
    expect(await db.outbox.count()).to.equal(1);
    expect(await db.drafts.count()).to.equal(1);
    expect(requests.some((r) => r.url === '/api/auth/logout')).to.equal(false);
    online = true;
    const navigated = oneEvent(sut, 'sh-navigate');
    root.querySelector<HTMLButtonElement>('[data-action="send-first"]')?.click();
    await navigated;
    expect(requests.some((r) => r.url === '/api/auth/logout')).to.equal(true);
    expect(await db.drafts.count()).to.equal(0);
    expect(await db.outbox.count(), 'the sent row leaves too').to.equal(0);
  });

  it('a failed logout says so in Norwegian from the code, in an alert that takes focus; accessible', async () => {
    const { sut, root } = await page(
      () => Promise.resolve(null),
      () =>
        new Response(JSON.stringify({ statusCode: 503, code: 'unavailable', message: 'Service Unavailable' }), {
          status: 503,
          headers: { 'content-type': 'application/json' },
        }),
    );
    let navigated = false;
    sut.addEventListener('sh-navigate', () => (navigated = true));
    root.querySelector<HTMLButtonElement>('[data-action="discard"]')?.click();
    const alert = () =>
      root.querySelector('#logout-choice sh-error-summary')?.shadowRoot?.querySelector<HTMLElement>('[role="alert"]');
    await waitUntil(() => alert(), 'no failure shown');
    expect(navigated).to.equal(false);
    expect(alert()?.querySelector('h2')?.textContent).to.equal('Du ble ikke logget ut');
    expect(alert()?.textContent).to.contain('Tjenesten har det travelt akkurat nå.');
    expect(alert()?.textContent).not.to.contain('Service Unavailable');
    expect(alert()?.querySelector('a')).to.equal(null);
    expect((alert()?.getRootNode() as ShadowRoot).activeElement).to.equal(alert());
    expect(root.querySelector('.error-box')).to.equal(null);
    expect(localStorage.getItem(DEVICE_MARKER_KEY), 'still signed in on this device').to.not.equal(null);
    await expect(sut).to.be.accessible();
  });
});
