import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SurveyDto } from '@sexhandel/shared';
import type { ShSurveyForm } from './sh-survey-form.js';
import './sh-survey-form.js';

const SURVEY: SurveyDto = {
  id: '6f1c2d8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  title: 'Hva synes du?',
  intro: '',
  questions: [
    {
      id: 'q1',
      kind: 'single',
      text: 'Hvor gammel er du?',
      required: false,
      options: [
        { id: 'o1', label: 'Under 30' },
        { id: 'o2', label: '30 eller eldre' },
      ],
    },
    {
      id: 'q2',
      kind: 'multiple',
      text: 'Hvorfor kom du?',
      required: false,
      options: [
        { id: 'o1', label: 'Loven' },
        { id: 'o2', label: 'Bekymring' },
      ],
    },
    {
      id: 'q3',
      kind: 'scale',
      text: 'Hvor nyttig var det?',
      required: true,
      options: [],
      scaleMinLabel: 'Ikke nyttig',
      scaleMaxLabel: 'Svært nyttig',
    },
    { id: 'q4', kind: 'text', text: 'Forslag?', required: false, options: [] },
  ],
};

describe('sh-survey-form', function () {
  async function render(): Promise<{ sut: ShSurveyForm; root: ShadowRoot }> {
    const sut = await fixture<ShSurveyForm>(html`<sh-survey-form .survey=${SURVEY}></sh-survey-form>`);
    return { sut, root: sut.shadowRoot as ShadowRoot };
  }

  it('asks each choice and scale question in a fieldset with the question as legend, free text with a label', async () => {
    const { sut, root } = await render();
    const legends = [...root.querySelectorAll('fieldset > legend')].map((l) =>
      l.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(legends).to.deep.equal([
      '1. Hvor gammel er du? (valgfritt)',
      '2. Hvorfor kom du? (valgfritt)',
      '3. Hvor nyttig var det? (må besvares)',
    ]);
    expect(root.querySelectorAll('input[type="radio"][name="q-q1"]').length).to.equal(2);
    expect(root.querySelectorAll('input[type="checkbox"][name="q-q2"]').length).to.equal(2);
    const scale = [...root.querySelectorAll<HTMLInputElement>('input[name="q-q3"]')].map((i) =>
      i.getAttribute('aria-label'),
    );
    expect(scale).to.deep.equal(['1 – Ikke nyttig', '2', '3', '4', '5 – Svært nyttig']);
    expect(root.querySelector('label[for="q-q4"]')?.textContent).to.include('Forslag?');
    await expect(sut).to.be.accessible();
  });

  it('refuses to send without a required answer: the error is tied to the question and focus moves there', async () => {
    const { sut, root } = await render();
    let sent = false;
    sut.addEventListener('sh-survey-submit', () => (sent = true));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await sut.updateComplete;
    expect(sent).to.equal(false);
    const fieldset = root.querySelectorAll('fieldset')[2];
    expect(fieldset.getAttribute('aria-describedby')).to.equal('err-q3');
    expect(root.getElementById('err-q3')?.textContent).to.equal('Dette spørsmålet må besvares.');
    expect(root.querySelector('[role="alert"]')?.textContent).to.include('1 spørsmål trenger svar');
    expect(root.activeElement?.getAttribute('name')).to.equal('q-q3');
    await expect(sut).to.be.accessible();
  });

  it('sends only what was answered, options in survey order, text trimmed', async () => {
    const { sut, root } = await render();
    root.querySelector<HTMLInputElement>('input[name="q-q1"][value="o2"]')?.click();
    root.querySelector<HTMLInputElement>('input[name="q-q2"][value="o2"]')?.click();
    root.querySelector<HTMLInputElement>('input[name="q-q2"][value="o1"]')?.click();
    root.querySelector<HTMLInputElement>('input[name="q-q3"][value="4"]')?.click();
    const text = root.querySelector<HTMLTextAreaElement>('#q-q4') as HTMLTextAreaElement;
    text.value = '  Mer om loven  ';
    text.dispatchEvent(new Event('input'));
    await sut.updateComplete;
    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
    const event = await oneEvent(sut, 'sh-survey-submit');
    expect(event.detail.answers).to.deep.equal([
      { questionId: 'q1', optionIds: ['o2'] },
      { questionId: 'q2', optionIds: ['o1', 'o2'] },
      { questionId: 'q3', scale: 4 },
      { questionId: 'q4', text: 'Mer om loven' },
    ]);
  });

  it('starts from answers it is given (after a refusal) and can clear an optional single choice', async () => {
    const sut = await fixture<ShSurveyForm>(
      html`<sh-survey-form
        .survey=${SURVEY}
        .initial=${{ q1: { optionIds: ['o1'] }, q3: { scale: 2 } }}
      ></sh-survey-form>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    expect(root.querySelector<HTMLInputElement>('input[name="q-q1"][value="o1"]')?.checked).to.equal(true);
    expect(root.querySelector<HTMLInputElement>('input[name="q-q3"][value="2"]')?.checked).to.equal(true);
    const clear = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Fjern svaret'));
    clear?.click();
    await sut.updateComplete;
    expect(root.querySelector<HTMLInputElement>('input[name="q-q1"][value="o1"]')?.checked).to.equal(false);
  });
});
