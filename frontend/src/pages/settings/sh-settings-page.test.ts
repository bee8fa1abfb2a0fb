import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { appDb } from '../../data/app-db.js';
import { applyLocale, getLocale } from '../../localization.js';
import { SyncService } from '../../state/sync.service.js';
import { offlineFetch } from '../../test/fixtures.js';
import type { ShApp } from '../../app/sh-app.js';
import type { ShSettingsPage } from './sh-settings-page.js';
import '../../app/sh-app.js';
import './sh-settings-page.js';

const startUrl = location.pathname + location.search;

describe('sh-settings-page', () => {
  afterEach(async () => {
    await applyLocale('nb');
    localStorage.clear();
    history.replaceState(null, '', startUrl);
  });

  it('switches the language: visible texts, <html lang> and the stored choice', async () => {
    history.replaceState(null, '', '/innstillinger');
    const app = await fixture<ShApp>(html`<sh-app .syncService=${new SyncService(appDb, offlineFetch)}></sh-app>`);
    const root = app.shadowRoot as ShadowRoot;
    const page = root.querySelector('sh-settings-page') as ShSettingsPage;
    await page.updateComplete;
    const english = page.shadowRoot?.querySelector<HTMLInputElement>('input[value="en"]');
    english?.click();
    await waitUntil(
      () => root.querySelector('nav a[href="/artikler"]')?.textContent?.trim() === 'Articles',
      'nav not translated',
    );
    expect(getLocale()).to.equal('en');
    expect(document.documentElement.lang).to.equal('en');
    expect(localStorage.getItem('sh-locale')).to.equal('en');
    expect(page.shadowRoot?.querySelector('h1')?.textContent).to.equal('Settings');
    const exit = root.querySelector('sh-quick-exit')?.shadowRoot?.querySelector('button');
    expect(exit?.textContent?.trim()).to.equal('Leave this page quickly');

    page.shadowRoot?.querySelector<HTMLInputElement>('input[value="nb"]')?.click();
    await waitUntil(
      () => root.querySelector('nav a[href="/artikler"]')?.textContent?.trim() === 'Artikler',
      'nav not back in Norwegian',
    );
    expect(document.documentElement.lang).to.equal('nb');
    app.remove();
  });

  it('clears the device only after a confirm step, then says so', async () => {
    let cleared = 0;
    const sut = await fixture<ShSettingsPage>(
      html`<sh-settings-page
        .clearDeviceFn=${() => {
          cleared += 1;
          return Promise.resolve();
        }}
      ></sh-settings-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    const buttons = (): HTMLButtonElement[] => [...root.querySelectorAll('button')];
    buttons()
      .find((b) => b.textContent?.includes('Tøm denne enheten'))
      ?.click();
    await sut.updateComplete;
    expect(cleared).to.equal(0);
    expect(root.textContent).to.contain('Det kan ikke angres');
    await expect(sut).to.be.accessible();
    buttons()
      .find((b) => b.textContent?.includes('Ja, slett alt'))
      ?.click();
    await waitUntil(() => (root.textContent ?? '').includes('Enheten er tømt.'), 'no confirmation shown');
    expect(cleared).to.equal(1);
  });

  it('goes back without clearing when cancelled', async () => {
    let cleared = 0;
    const sut = await fixture<ShSettingsPage>(
      html`<sh-settings-page
        .clearDeviceFn=${() => {
          cleared += 1;
          return Promise.resolve();
        }}
      ></sh-settings-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Tøm denne enheten'))?.click();
    await sut.updateComplete;
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Avbryt'))?.click();
    await sut.updateComplete;
    expect(cleared).to.equal(0);
    expect(root.textContent).not.to.contain('Det kan ikke angres');
  });
});
