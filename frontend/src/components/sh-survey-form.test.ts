import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SURVEY_LIMITS, type SurveyDto } from '@sexhandel/shared';
import { errorSummaryOf } from '../test/fixtures.js';
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

  it('refuses to send without a required answer: the error is at the question, the summary links to it and takes focus', async () => {
    const { sut, root } = await render();
    let sent = false;
    sut.addEventListener('sh-survey-submit', () => (sent = true));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(sent).to.equal(false);
    const summary = errorSummaryOf(root) as HTMLElement;
    expect(summary.querySelector('a')?.getAttribute('href')).to.equal('#q-q3');
    expect(summary.textContent).to.contain('Spørsmål 3: Dette spørsmålet må besvares.');
    expect(root.activeElement).to.equal(root.querySelector('sh-error-summary'));
    const fieldset = root.querySelectorAll('fieldset')[2];
    expect(fieldset.getAttribute('aria-describedby')).to.equal('q-q3-error');
    expect(fieldset.querySelector('#q-q3-error')?.textContent).to.contain('Dette spørsmålet må besvares.');
    const first = root.getElementById('q-q3');
    expect(first?.getAttribute('name')).to.equal('q-q3');
    expect(first?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('.error-box')).to.equal(null);
    // The link takes the reader to the question's first choice.
    summary.querySelector('a')?.click();
    expect(root.activeElement).to.equal(first);
    await expect(sut).to.be.accessible();
  });

  it('a too long free text is shown at its text area, tied to it, with the hint', async () => {
    const { sut, root } = await render();
    root.querySelector<HTMLInputElement>('input[name="q-q3"][value="2"]')?.click();
    const text = root.querySelector<HTMLTextAreaElement>('#q-q4') as HTMLTextAreaElement;
    text.value = 'x'.repeat(SURVEY_LIMITS.freeTextMax + 1);
    text.dispatchEvent(new Event('input'));
    await sut.updateComplete;
    let sent = false;
    sut.addEventListener('sh-survey-submit', () => (sent = true));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(sent).to.equal(false);
    expect([...(errorSummaryOf(root)?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#q-q4',
    ]);
    expect(text.getAttribute('aria-invalid')).to.equal('true');
    expect(text.getAttribute('aria-describedby')).to.equal('hint-q4 q-q4-error');
    expect(root.getElementById('q-q4-error')?.textContent).to.contain('høyst');
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
