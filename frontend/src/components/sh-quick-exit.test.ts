import { expect, fixture, html } from '@open-wc/testing';
import { HIDE_VISIT_PATH, QUICK_EXIT_URL, type ShQuickExit } from './sh-quick-exit.js';
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

  it('says truthfully that browser history is not erased, and links to how to hide the visit', () => {
    const hint = sut.shadowRoot?.getElementById('quick-exit-hint')?.textContent ?? '';
    expect(hint).to.contain('Historikken i nettleseren slettes ikke');
    expect(hint).not.to.contain('fjerner denne siden fra historikken');
    expect(sut.shadowRoot?.querySelector('a')?.getAttribute('href')).to.equal(HIDE_VISIT_PATH);
  });

  it('leaves on Shift pressed three times while a modal dialog is open', async () => {
    const dialog = await fixture<HTMLDialogElement>(
      html`<dialog><button type="button">Avbryt</button><sh-quick-exit placement="dialog"></sh-quick-exit></dialog>`,
    );
    dialog.showModal();
    const inside = dialog.querySelector('button') as HTMLButtonElement;
    inside.focus();
    for (let i = 0; i < 3; i += 1)
      inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true, composed: true }));
    expect(visited).to.deep.equal([QUICK_EXIT_URL]);
    expect(dialog.open, 'the dialog itself stays until the page is left').to.equal(true);
    dialog.close();
  });

  it('inside a dialog it is a plain control that leaves, without a second Shift listener', async () => {
    const left: string[] = [];
    const inDialog = await fixture<ShQuickExit>(
      html`<sh-quick-exit placement="dialog" .navigate=${(url: string) => left.push(url)}></sh-quick-exit>`,
    );
    expect(getComputedStyle(inDialog).position).to.equal('static');
    pressShift();
    pressShift();
    pressShift();
    expect(left, 'only the page-level element counts Shift').to.deep.equal([]);
    inDialog.shadowRoot?.querySelector('button')?.click();
    expect(left).to.deep.equal([QUICK_EXIT_URL]);
    await expect(inDialog).to.be.accessible();
  });
});
