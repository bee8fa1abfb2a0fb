import { expect, fixture, html } from '@open-wc/testing';
import { QUICK_EXIT_URL, type ShQuickExit } from './sh-quick-exit.js';
import './sh-quick-exit.js';

function pressShift(repeat = false): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', repeat, bubbles: true }));
}

describe('sh-quick-exit', () => {
  let visited: string[];
  let sut: ShQuickExit;

  beforeEach(async () => {
    visited = [];
    sut = await fixture<ShQuickExit>(
      html`<sh-quick-exit .navigate=${(url: string) => visited.push(url)}></sh-quick-exit>`,
    );
  });

  it('leaves for the neutral site when the button is pressed', () => {
    sut.shadowRoot?.querySelector('button')?.click();
    expect(visited).to.deep.equal([QUICK_EXIT_URL]);
    expect(QUICK_EXIT_URL).to.equal('https://www.yr.no/');
  });

  it('leaves on Shift pressed three times', () => {
    pressShift();
    pressShift();
    expect(visited).to.deep.equal([]);
    pressShift();
    expect(visited).to.deep.equal([QUICK_EXIT_URL]);
  });

  it('does not count a held-down Shift (key repeat)', () => {
    pressShift();
    pressShift(true);
    pressShift(true);
    expect(visited).to.deep.equal([]);
  });

  it('stops listening when removed from the page', () => {
    sut.remove();
    pressShift();
    pressShift();
    pressShift();
    expect(visited).to.deep.equal([]);
  });

  it('has a Norwegian label with an explanation and is accessible', async () => {
    const button = sut.shadowRoot?.querySelector('button');
    expect(button?.textContent?.trim()).to.equal('Forlat siden raskt');
    const hintId = button?.getAttribute('aria-describedby') ?? '';
    expect(sut.shadowRoot?.getElementById(hintId)?.textContent).to.contain('Shift tre ganger');
    await expect(sut).to.be.accessible();
  });
});
