import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { OnlineController } from './online.controller.js';

/** A bare host counting renders and the controller's change calls. */
class OnlineHost extends LitElement {
  changes: boolean[] = [];
  renders = 0;
  readonly connection = new OnlineController(this, (online) => this.changes.push(online));

  override render() {
    this.renders += 1;
    return html`${this.connection.online ? 'online' : 'offline'}`;
  }
}
customElements.define('test-online-host', OnlineHost);

describe('OnlineController', () => {
  afterEach(() => fixtureCleanup());

  it('follows the browser: each online/offline event calls onChange and renders the host again', async () => {
    const host = await fixture<OnlineHost>(html`<test-online-host></test-online-host>`);
    const before = host.renders;
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    await host.updateComplete;
    expect(host.changes).to.deep.equal([navigator.onLine, navigator.onLine]);
    expect(host.renders).to.be.greaterThan(before);
    expect(host.shadowRoot?.textContent).to.equal(navigator.onLine ? 'online' : 'offline');
  });

  it('stops listening when the host leaves the page', async () => {
    const host = await fixture<OnlineHost>(html`<test-online-host></test-online-host>`);
    host.remove();
    window.dispatchEvent(new Event('online'));
    expect(host.changes).to.deep.equal([]);
  });
});
