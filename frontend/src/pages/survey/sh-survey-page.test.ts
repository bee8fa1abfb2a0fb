import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { SurveyDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import type { ShSurveyPage } from './sh-survey-page.js';
import './sh-survey-page.js';

const SURVEY: SurveyDto = {
  id: '6f1c2d8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  title: 'Hva synes du?',
  intro: 'Anonymt og frivillig.',
  questions: [{ id: 'q1', kind: 'scale', text: 'Hvor nyttig var det?', required: true, options: [] }],
};

describe('sh-survey-page', function () {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-survey-page-${crypto.randomUUID()}`);
    await db.surveys.put(SURVEY);
  });

  afterEach(async () => {
    fixtureCleanup();
    await new Promise((resolve) => setTimeout(resolve, 20));
    db.close();
    await Dexie.delete(db.name);
  });

  it('puts the answers in the outbox and thanks the reader; the form is not offered again', async () => {
    const sut = await fixture<ShSurveyPage>(html`<sh-survey-page .db=${db} .surveyId=${SURVEY.id}></sh-survey-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('sh-survey-form'), 'form not shown');
    expect(root.querySelector('h1')?.textContent).to.equal('Hva synes du?');
    await expect(sut).to.be.accessible();
    const form = root.querySelector('sh-survey-form')?.shadowRoot as ShadowRoot;
    await waitUntil(() => form.querySelector('input[value="4"]'), 'scale not shown');
    form.querySelector<HTMLInputElement>('input[value="4"]')?.click();
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => root.textContent?.includes('Takk for at du svarte!'), 'no thank-you');
    await waitUntil(() => root.activeElement?.id === 'done', 'the thanks are not focused');
    expect(root.querySelector('sh-survey-form')).to.equal(null);
    const [row] = await db.outbox.toArray();
    expect(row).to.include({ kind: 'survey.submit', state: 'queued' });
    expect((row.payload as { answers: unknown }).answers).to.deep.equal([{ questionId: 'q1', scale: 4 }]);
    await expect(sut).to.be.accessible();
  });

  it('says so when the survey is not on the device', async () => {
    const sut = await fixture<ShSurveyPage>(
      html`<sh-survey-page .db=${db} .surveyId=${'00000000-0000-4000-8000-000000000000'}></sh-survey-page>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.textContent?.includes('finnes ikke på enheten'), 'no message');
  });
});
