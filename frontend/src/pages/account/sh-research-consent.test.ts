import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { errorSummaryOf, stubFetch } from '../../test/fixtures.js';
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

  async function failingSave(answer: object, status: number) {
    const { fetchFn, requests } = stubFetch((request) =>
      request.method === 'PUT'
        ? new Response(JSON.stringify({ statusCode: status, ...answer }), {
            status,
            headers: { 'content-type': 'application/json' },
          })
        : { consent: false, givenAt: null },
    );
    const element = await fixture<ShResearchConsent>(
      html`<sh-research-consent .fetchFn=${fetchFn}></sh-research-consent>`,
    );
    const root = element.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('input[type=checkbox]'), 'consent not loaded');
    const box = root.querySelector<HTMLInputElement>('input[type=checkbox]') as HTMLInputElement;
    box.click();
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    return { element, root, box, requests };
  }

  it('puts the box back and says why in Norwegian, in an alert that takes focus, when saving fails; accessible', async () => {
    const { element, root, box } = await failingSave({ message: 'Please log in first.', code: 'unauthenticated' }, 401);
    expect(box.checked).to.equal(false);
    const alert = errorSummaryOf(root) as HTMLElement;
    expect(alert.querySelector('h2')?.textContent).to.equal('Valget ditt ble ikke lagret');
    expect(alert.textContent).to.contain('Du er ikke logget inn. Logg inn og prøv igjen.');
    expect(alert.textContent).not.to.contain('Please log in');
    expect(alert.querySelector('a'), 'not about the box').to.equal(null);
    expect((alert.getRootNode() as ShadowRoot).activeElement).to.equal(alert);
    expect(box.hasAttribute('aria-invalid')).to.equal(false);
    expect(root.querySelector('.error-box')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it("shows the server's refusal of the choice itself at the box", async () => {
    const { root, box } = await failingSave(
      { code: 'validation', message: 'consent must be a boolean', fields: [{ field: 'consent', code: 'wrong_type' }] },
      400,
    );
    expect(errorSummaryOf(root)?.querySelector('a')?.getAttribute('href')).to.equal('#research-consent');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.getAttribute('aria-describedby')).to.equal('research-consent-error consent-state');
    expect(root.getElementById('research-consent-error')?.textContent).to.contain(
      'Dette feltet har feil slags innhold.',
    );
    expect(root.textContent).not.to.contain('must be');
  });
});
