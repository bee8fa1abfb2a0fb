import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SessionState } from '../../state/session.service.js';
import { StaffLoadController } from './staff-load.controller.js';

const signedIn = (id: string, role: 'admin' | 'editor' | 'moderator'): SessionState => ({
  status: 'signed-in',
  me: { id, alias: id, roles: ['member', role], joinedAt: '2026-01-01' },
});

/** A bare editors' screen recording each load with the tab it was for. */
class StaffHost extends LitElement {
  @property({ attribute: false }) session?: SessionState;
  @property() tab = 'a';
  @property({ type: Boolean }) online = true;
  loads: string[] = [];
  readonly loader = new StaffLoadController(this, {
    roles: ['editor'],
    load: () => {
      this.loads.push(this.tab);
      return Promise.resolve();
    },
    key: () => this.tab,
    online: () => this.online,
  });
}
customElements.define('test-staff-host', StaffHost);

async function host(session?: SessionState): Promise<StaffHost> {
  return fixture<StaffHost>(html`<test-staff-host .session=${session}></test-staff-host>`);
}

async function change(el: StaffHost, patch: Partial<Pick<StaffHost, 'session' | 'tab' | 'online'>>): Promise<void> {
  Object.assign(el, patch);
  await el.updateComplete;
}

describe('StaffLoadController', () => {
  afterEach(() => fixtureCleanup());

  it('loads once the session shows an account with the role, not before and not twice', async () => {
    const el = await host({ status: 'unknown', me: null });
    expect(el.loads).to.deep.equal([]);
    await change(el, { session: signedIn('e1', 'editor') });
    await change(el, { session: signedIn('e1', 'editor') });
    expect(el.loads).to.deep.equal(['a']);
  });

  it('admins pass; other roles and signed-out visitors never load', async () => {
    expect((await host(signedIn('a1', 'admin'))).loads).to.deep.equal(['a']);
    expect((await host(signedIn('m1', 'moderator'))).loads).to.deep.equal([]);
    expect((await host({ status: 'signed-out', me: null })).loads).to.deep.equal([]);
  });

  it('loads again for another account and when the key changes', async () => {
    const el = await host(signedIn('e1', 'editor'));
    await change(el, { session: signedIn('e2', 'editor') });
    await change(el, { tab: 'b' });
    expect(el.loads).to.deep.equal(['a', 'a', 'b']);
  });

  it('waits while offline; back online it loads only after reset()', async () => {
    const el = await host();
    await change(el, { online: false, session: signedIn('e1', 'editor') });
    expect(el.loads).to.deep.equal([]);
    await change(el, { online: true });
    expect(el.loads).to.deep.equal(['a']);
    await change(el, { online: false });
    await change(el, { online: true });
    expect(el.loads).to.deep.equal(['a']);
    el.loader.reset();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.loads).to.deep.equal(['a', 'a']);
  });
});
