import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AutosaveController } from './autosave.controller.js';

/** A bare host that records what each save saw. */
class AutosaveHost extends LitElement {
  text = '';
  delay = 30;
  saved: string[] = [];
  readonly autosave = new AutosaveController(
    this,
    async () => {
      this.saved.push(this.text);
    },
    () => this.delay,
  );

  type(text: string): void {
    this.text = text;
    this.autosave.schedule();
  }
}
customElements.define('test-autosave-host', AutosaveHost);

describe(AutosaveController.name, () => {
  afterEach(() => fixtureCleanup());

  it('saves once, what was typed last, after the pause', async () => {
    const host = await fixture<AutosaveHost>(html`<test-autosave-host></test-autosave-host>`);
    host.type('H');
    host.type('He');
    host.type('Hei');
    expect(host.autosave.pending).to.equal(true);
    expect(host.saved).to.deep.equal([]);
    await waitUntil(() => host.saved.length > 0, 'never saved');
    await aTimeout(60);
    expect(host.saved).to.deep.equal(['Hei']);
    expect(host.autosave.pending).to.equal(false);
  });

  it('flush saves a waiting change at once, and nothing when nothing waits', async () => {
    const host = await fixture<AutosaveHost>(html`<test-autosave-host></test-autosave-host>`);
    host.delay = 60_000;
    await host.autosave.flush();
    expect(host.saved).to.deep.equal([]);
    host.type('Hei');
    await host.autosave.flush();
    expect(host.saved).to.deep.equal(['Hei']);
    expect(host.autosave.pending).to.equal(false);
  });

  it('saves a waiting change when the page is left and when the host is removed; cancel drops it', async () => {
    const host = await fixture<AutosaveHost>(html`<test-autosave-host></test-autosave-host>`);
    host.delay = 60_000;
    host.type('før pagehide');
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(() => host.saved.length === 1, 'not saved at pagehide');
    host.type('kastes');
    host.autosave.cancel();
    host.type('før fjerning');
    host.remove();
    await waitUntil(() => host.saved.length === 2, 'not saved when removed');
    expect(host.saved).to.deep.equal(['før pagehide', 'før fjerning']);
    // Removed: the page's events no longer reach it.
    host.type('etter fjerning');
    window.dispatchEvent(new Event('pagehide'));
    await aTimeout(10);
    expect(host.saved).to.have.length(2);
    host.autosave.cancel();
  });
});
