import type { MutationResult, SurveyAdminDto, SurveyAnswerInput } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSignedIn, type SignedInClient } from '../../test/factories/account.factory';
import { buildMutation, osloDayOffset, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { SurveySubmitHandler } from './survey-submit.handler';

describe(SurveySubmitHandler.name, () => {
  let sut: TestApp;
  let admin: SignedInClient;
  let surveyId: string;

  beforeAll(async () => {
    sut = await createTestApp();
    admin = await createSignedIn(sut, { roles: ['admin'] });
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from survey');
    const created = await sut.app.inject({
      method: 'POST',
      url: '/api/admin/surveys',
      headers: admin.headers,
      payload: {
        title: 'Undersøkelse',
        intro: '',
        questions: [
          { kind: 'single', text: 'Alder', required: false, options: ['Under 30', '30 eller eldre'] },
          { kind: 'multiple', text: 'Hvorfor', required: false, options: ['Loven', 'Bekymring'] },
          { kind: 'scale', text: 'Nyttig', required: true },
          { kind: 'text', text: 'Forslag', required: false },
        ],
      },
    });
    surveyId = created.json<SurveyAdminDto>().id;
    await setStatus('open');
  });

  const setStatus = (status: 'open' | 'close') =>
    sut.app.inject({ method: 'POST', url: `/api/admin/surveys/${surveyId}/${status}`, headers: admin.headers });
  const submit = async (answers: SurveyAnswerInput[], responseKey: string = crypto.randomUUID(), id = surveyId) =>
    (await push(sut, [buildMutation('survey.submit', { surveyId: id, responseKey, answers })])).body
      .results[0] as MutationResult;
  const stored = () =>
    sut.sql<{ day: string | Date; answers: Record<string, unknown>; response_key_hash: string }>(
      'select day, answers, response_key_hash from survey_response',
    );
  const VALID: SurveyAnswerInput[] = [{ questionId: 'q3', scale: 3 }];

  it('stores the answers with only the day, free text sealed and the device key hashed', async () => {
    const responseKey = crypto.randomUUID();
    const result = await submit(
      [
        { questionId: 'q1', optionIds: ['o2'] },
        { questionId: 'q3', scale: 5 },
        { questionId: 'q4', text: 'Jeg heter Ola' },
      ],
      responseKey,
    );
    expect(result).toMatchObject({ status: 'applied', result: { counted: true } });
    const [row] = await stored();
    const day = row.day instanceof Date ? row.day.toISOString().slice(0, 10) : String(row.day).slice(0, 10);
    expect([osloDayOffset(0), osloDayOffset(-1)]).toContain(day);
    expect(row.answers).toMatchObject({ q1: { optionIds: ['o2'] }, q3: { scale: 5 } });
    const text = JSON.stringify(row);
    expect(text).not.toContain('Ola');
    expect(text).not.toContain(responseKey);
    const columns = await sut.sql<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'survey_response' order by column_name",
    );
    expect(columns.map((c) => c.column_name)).toEqual(['answers', 'day', 'id', 'response_key_hash', 'survey_id']);
  });

  it('takes one answer per device: the second is refused already_answered and counts nothing', async () => {
    const responseKey = crypto.randomUUID();
    expect((await submit(VALID, responseKey)).status).toBe('applied');
    const again = await submit([{ questionId: 'q3', scale: 1 }], responseKey);
    expect(again).toMatchObject({ status: 'rejected', error: { code: 'already_answered' } });
    expect(await stored()).toHaveLength(1);
    // Another device answers fine.
    expect((await submit(VALID)).status).toBe('applied');
    expect(await stored()).toHaveLength(2);
  });

  it.each([
    ['a missing required answer', [{ questionId: 'q1', optionIds: ['o1'] }], 'answer_required'],
    ['a scale out of range', [{ questionId: 'q3', scale: 6 }], 'scale_out_of_range'],
    ['a scale that is not whole', [{ questionId: 'q3', scale: 2.5 }], 'validation'],
    ['an unknown option', [...VALID, { questionId: 'q2', optionIds: ['o7'] }], 'unknown_option'],
    ['two choices on single choice', [...VALID, { questionId: 'q1', optionIds: ['o1', 'o2'] }], 'single_choice'],
    ['free text that is too long', [...VALID, { questionId: 'q4', text: 'x'.repeat(2001) }], 'text_too_long'],
    ['an unknown question', [...VALID, { questionId: 'q8', scale: 1 }], 'unknown_question'],
    ['an answer of the wrong kind', [{ questionId: 'q3', text: 'fem' }], 'validation'],
  ])('refuses %s with a message and counts nothing', async (_case, answers, code) => {
    const result = await submit(answers as SurveyAnswerInput[]);
    expect(result).toMatchObject({ status: 'rejected', error: { code } });
    expect(result.error?.message.length).toBeGreaterThan(10);
    expect(await stored()).toHaveLength(0);
  });

  it('refuses a closed survey (survey_closed) and an unknown or draft one, counting nothing', async () => {
    await setStatus('close');
    expect(await submit(VALID)).toMatchObject({ status: 'rejected', error: { code: 'survey_closed' } });
    expect(await submit(VALID, crypto.randomUUID(), crypto.randomUUID())).toMatchObject({
      error: { code: 'survey_not_found' },
    });
    await sut.sql("update survey set status = 'draft'");
    expect(await submit(VALID)).toMatchObject({ error: { code: 'survey_not_found' } });
    expect(await stored()).toHaveLength(0);
  });

  it('refuses a response key that is not a UUID', async () => {
    const result = await submit(VALID, 'device-1');
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'validation' } });
    expect(await stored()).toHaveLength(0);
  });
});
