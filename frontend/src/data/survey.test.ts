import { expect } from '@open-wc/testing';
import type { SurveyDto, SurveySubmitPayload } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from './app-db.js';
import { applyPullPage, pushOutbox } from './sync-client.js';
import { dismissSurveyInvite, submitSurvey, surveyToInvite } from './survey.js';

const SURVEY: SurveyDto = {
  id: '6f1c2d8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  title: 'Hva synes du?',
  intro: '',
  questions: [{ id: 'q1', kind: 'scale', text: 'Nyttig?', required: true, options: [] }],
};

/** A fetch that answers every push with the given status (and code) for each mutation. */
function pushAnswer(status: 'applied' | 'rejected', code?: string): typeof fetch {
  return (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { mutations } = JSON.parse(String(init?.body)) as { mutations: { id: string }[] };
    const results = mutations.map(({ id }) =>
      status === 'applied' ? { id, status } : { id, status, error: { code, message: 'refused' } },
    );
    return new Response(JSON.stringify({ results }), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

describe('data/survey', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-survey-${crypto.randomUUID()}`);
    await applyPullPage(db, {
      changes: [{ seq: 1, entity: 'survey', op: 'upsert', id: SURVEY.id, data: SURVEY }],
      cursor: '1',
      hasMore: false,
    });
  });

  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('stores pulled open surveys and drops them when the survey closes', async () => {
    expect((await db.surveys.get(SURVEY.id))?.title).to.equal('Hva synes du?');
    await applyPullPage(db, {
      changes: [{ seq: 2, entity: 'survey', op: 'delete', id: SURVEY.id, data: null }],
      cursor: '2',
      hasMore: false,
    });
    expect(await db.surveys.get(SURVEY.id)).to.equal(undefined);
  });

  it('queues the answers with one response key per survey and stops inviting this device', async () => {
    expect((await surveyToInvite(db))?.id).to.equal(SURVEY.id);
    await submitSurvey(SURVEY, [{ questionId: 'q1', scale: 4 }], db);
    const [row] = await db.outbox.toArray();
    const payload = row.payload as SurveySubmitPayload;
    expect(row.kind).to.equal('survey.submit');
    expect(payload.responseKey).to.equal((await db.surveyStates.get(SURVEY.id))?.responseKey);
    expect((await db.surveyStates.get(SURVEY.id))?.status).to.equal('queued');
    expect(await surveyToInvite(db)).to.equal(null);
    let refused = false;
    await submitSurvey(SURVEY, [{ questionId: 'q1', scale: 1 }], db).catch(() => (refused = true));
    expect(refused).to.equal(true);
    expect(await db.outbox.count()).to.equal(1);
  });

  it('marks the survey done when the server counts it, and removes the answers from the device', async () => {
    await submitSurvey(SURVEY, [{ questionId: 'q1', scale: 4 }], db);
    await pushOutbox({ db, fetchFn: pushAnswer('applied') });
    const state = await db.surveyStates.get(SURVEY.id);
    expect(state?.status).to.equal('sent');
    expect(state?.answers).to.equal(undefined);
    expect(await db.outbox.count()).to.equal(0);
  });

  it('treats already_answered as done, survey_closed as closed, and gives other refusals back to the form', async () => {
    await submitSurvey(SURVEY, [{ questionId: 'q1', scale: 4 }], db);
    await pushOutbox({ db, fetchFn: pushAnswer('rejected', 'already_answered') });
    expect((await db.surveyStates.get(SURVEY.id))?.status).to.equal('sent');

    await db.surveyStates.clear();
    await submitSurvey(SURVEY, [{ questionId: 'q1', scale: 4 }], db);
    await pushOutbox({ db, fetchFn: pushAnswer('rejected', 'survey_closed') });
    expect((await db.surveyStates.get(SURVEY.id))?.status).to.equal('closed');
    expect(await surveyToInvite(db)).to.equal(null);

    await db.surveyStates.clear();
    await submitSurvey(SURVEY, [{ questionId: 'q1', scale: 4 }], db);
    await pushOutbox({ db, fetchFn: pushAnswer('rejected', 'scale_out_of_range') });
    const state = await db.surveyStates.get(SURVEY.id);
    expect(state).to.include({ status: 'new' });
    expect(state?.answers).to.deep.equal([{ questionId: 'q1', scale: 4 }]);
    expect(state?.error?.code).to.equal('scale_out_of_range');
    expect(await db.outbox.count()).to.equal(0);
  });

  it('does not invite again after "no thanks"', async () => {
    await dismissSurveyInvite(SURVEY.id, db);
    expect(await surveyToInvite(db)).to.equal(null);
  });
});
