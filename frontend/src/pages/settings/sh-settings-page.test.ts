import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { isDiscreet } from '../../state/discreet-mode.js';
import { applyLocale } from '../../localization.js';
import type { ShSettingsPage } from './sh-settings-page.js';
import './sh-settings-page.js';

const startUrl = location.pathname + location.search;

describe('sh-settings-page', () => {
  afterEach(async () => {
    await applyLocale('nb');
    localStorage.clear();
    history.replaceState(null, '', startUrl);
  });

  it('clears the device only after a confirm step, then says so', async () => {
    let cleared = 0;
    const sut = await fixture<ShSettingsPage>(
      html`<sh-settings-page
        .clearDeviceFn=${() => {
          cleared += 1;
          return Promise.resolve('ended' as const);
        }}
      ></sh-settings-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    const buttons = (): HTMLButtonElement[] => [...root.querySelectorAll('button')];
    buttons()
      .find((b) => b.textContent?.includes('Tøm denne enheten'))
      ?.click();
    await waitUntil(() => root.textContent?.includes('Det kan ikke angres'), 'no confirmation');
    expect(cleared).to.equal(0);
    await expect(sut).to.be.accessible();
    buttons()
      .find((b) => b.textContent?.includes('Ja, slett alt'))
      ?.click();
    await waitUntil(() => (root.textContent ?? '').includes('Enheten er tømt.'), 'no confirmation shown');
    expect(cleared).to.equal(1);
    expect(root.textContent).to.contain('Du er logget ut');
  });

  it('counts the unsent outbox items in the confirmation, before anything is wiped', async () => {
    const db = new AppDB(`test-settings-${crypto.randomUUID()}`);
    const at = new Date().toISOString();
    await db.outbox.bulkPut([
      { id: 'a', kind: 'post.create', payload: {}, createdAt: at, state: 'queued', attempts: 0 },
      { id: 'b', kind: 'contact.create', payload: {}, createdAt: at, state: 'needs-attention', attempts: 2 },
      { id: 'c', kind: 'post.create', payload: {}, createdAt: at, state: 'sent', attempts: 1 },
      { id: 'd', kind: 'visit.record', payload: {}, createdAt: at, state: 'queued', attempts: 0 },
    ]);
    let cleared = 0;
    const sut = await fixture<ShSettingsPage>(
      html`<sh-settings-page
        .db=${db}
        .clearDeviceFn=${() => {
          cleared += 1;
          return Promise.resolve('later' as const);
        }}
      ></sh-settings-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Tøm denne enheten'))?.click();
    await waitUntil(() => root.querySelector('#unsent-count'), 'no count shown');
    expect(root.querySelector('#unsent-count')?.textContent).to.contain('2 meldinger eller innlegg er ikke sendt');
    expect(cleared, 'nothing wiped yet').to.equal(0);
    expect(await db.outbox.count()).to.equal(4);
    await expect(sut).to.be.accessible();
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Ja, slett alt'))?.click();
    await waitUntil(() => (root.textContent ?? '').includes('Enheten er tømt.'), 'not cleared');
    expect(root.textContent, 'offline: says when the session ends').to.contain('neste gang tjenesten åpnes med nett');
    db.close();
    await Dexie.delete(db.name);
  });

  it('turns discreet mode on and off, stored on the device', async () => {
    const sut = await fixture<ShSettingsPage>(html`<sh-settings-page></sh-settings-page>`);
    const box = sut.shadowRoot?.querySelector<HTMLInputElement>('#discreet');
    expect(box?.checked).to.equal(false);
    box?.click();
    expect(isDiscreet()).to.equal(true);
    expect(sut.shadowRoot?.querySelector('a[href="/skjul-besoket"]'), 'links to the help page').to.not.equal(null);
    box?.click();
    expect(isDiscreet()).to.equal(false);
  });

  it('goes back without clearing when cancelled', async () => {
    let cleared = 0;
    const sut = await fixture<ShSettingsPage>(
      html`<sh-settings-page
        .clearDeviceFn=${() => {
          cleared += 1;
          return Promise.resolve('ended' as const);
        }}
      ></sh-settings-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Tøm denne enheten'))?.click();
    await waitUntil(() => root.textContent?.includes('Det kan ikke angres'), 'no confirmation');
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Avbryt'))?.click();
    await sut.updateComplete;
    expect(cleared).to.equal(0);
    expect(root.textContent).not.to.contain('Det kan ikke angres');
  });
});
