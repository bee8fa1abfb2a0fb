import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { stubFetch } from '../../test/fixtures.js';
import type { ShResearchConsent } from './sh-research-consent.js';
import './sh-research-consent.js';

describe('sh-research-consent', () => {
  afterEach(() => fixtureCleanup());

  it('is off by default, explains what is shared, and gives then withdraws consent; accessible', async () => {
    let consent = { consent: false, givenAt: null as string | null };
    const { fetchFn, requests } = stubFetch((request) => {
      if (request.method === 'PUT') {
        const wanted = (request.body as { consent: boolean }).consent;
        consent = { consent: wanted, givenAt: wanted ? '2026-11-29T20:00:00.000Z' : null };
      }
      return consent;
    });
    const element = await fixture<ShResearchConsent>(
      html`<sh-research-consent .fetchFn=${fetchFn}></sh-research-consent>`,
    );
    const root = element.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('input[type=checkbox]'), 'consent not loaded');
    const box = root.querySelector<HTMLInputElement>('input[type=checkbox]');
    if (!box) throw new Error('no checkbox');
    expect(box.checked).to.equal(false);
    expect(root.textContent).to.contain('Aliaset ditt byttes ut med en kode');
    expect(root.textContent).to.contain('fjernet');
    await expect(element).to.be.accessible();
    box.click();
    await waitUntil(() => root.querySelector('[role=status]'), 'no confirmation');
    expect(requests.at(-1)).to.deep.include({ method: 'PUT', body: { consent: true } });
    expect(root.textContent).to.contain('Du ga samtykke');
    box.click();
    await waitUntil(() => root.textContent?.includes('trukket tilbake'), 'withdrawal not confirmed');
    expect(requests.at(-1)).to.deep.include({ method: 'PUT', body: { consent: false } });
    expect(box.checked).to.equal(false);
  });

  it('puts the box back and says why when saving fails', async () => {
    const { fetchFn } = stubFetch((request) =>
      request.method === 'PUT'
        ? new Response(JSON.stringify({ message: 'Please log in first.', code: 'unauthenticated' }), { status: 401 })
        : { consent: false, givenAt: null },
    );
    const element = await fixture<ShResearchConsent>(
      html`<sh-research-consent .fetchFn=${fetchFn}></sh-research-consent>`,
    );
    const root = element.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('input[type=checkbox]'), 'consent not loaded');
    const box = root.querySelector<HTMLInputElement>('input[type=checkbox]');
    box?.click();
    await waitUntil(() => root.querySelector('[role=alert]'), 'no error shown');
    expect(box?.checked).to.equal(false);
  });
});
