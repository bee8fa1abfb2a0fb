import { expect, fixture, html } from '@open-wc/testing';
import type { ShErrorSummary } from './sh-error-summary.js';
import './sh-error-summary.js';
import './sh-field-error.js';

describe('sh-error-summary', () => {
  it('shows nothing without problems', async () => {
    const sut = await fixture<ShErrorSummary>(html`<sh-error-summary></sh-error-summary>`);
    expect(sut.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
  });

  it('lists each problem, links field problems to their field, takes focus; accessible', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <sh-error-summary></sh-error-summary>
        <label for="alias">Alias</label>
        <sh-field-error field-id="alias" text="«Alias» må fylles ut."></sh-field-error>
        <input id="alias" aria-invalid="true" aria-describedby="alias-error" />
      </div>`,
    );
    const sut = page.querySelector('sh-error-summary') as ShErrorSummary;
    sut.items = [{ fieldId: 'alias', text: '«Alias» må fylles ut.' }, { text: 'Noe gikk galt. Prøv igjen.' }];
    await sut.updateComplete;
    const box = sut.shadowRoot?.querySelector<HTMLElement>('[role="alert"]');
    expect(sut.shadowRoot?.activeElement).to.equal(box);
    const links = [...(box?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#alias']);
    expect(box?.querySelectorAll('li')).to.have.length(2);
    // The field's message is in the field's own root, so aria-describedby reaches it.
    expect(page.querySelector('#alias-error')?.textContent).to.contain('«Alias» må fylles ut.');
    links[0].click();
    expect(document.activeElement?.id).to.equal('alias');
    await expect(page).to.be.accessible();
  });

  it('takes focus again after a new failed submit (a new list)', async () => {
    const sut = await fixture<ShErrorSummary>(html`<sh-error-summary></sh-error-summary>`);
    sut.items = [{ text: 'En feil.' }];
    await sut.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    sut.shadowRoot?.querySelector<HTMLElement>('[role="alert"]')?.blur();
    sut.items = [{ text: 'En feil.' }];
    await sut.updateComplete;
    expect(sut.shadowRoot?.activeElement).to.equal(sut.shadowRoot?.querySelector('[role="alert"]'));
  });

  it('names a failed action in its title when given one', async () => {
    const sut = await fixture<ShErrorSummary>(
      html`<sh-error-summary heading="Samtalen ble ikke lukket"></sh-error-summary>`,
    );
    sut.items = [{ text: 'Du er uten nett. Dette krever nettforbindelse.' }];
    await sut.updateComplete;
    const box = sut.shadowRoot?.querySelector<HTMLElement>('[role="alert"]');
    expect(box?.querySelector('h2')?.textContent).to.equal('Samtalen ble ikke lukket');
    expect(sut.shadowRoot?.activeElement).to.equal(box);
  });
});
