import type { PullResponse, SurveyAdminDto, SurveyInput, SurveyResultsDto } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSignedIn, type SignedInClient } from '../../test/factories/account.factory';
import { buildMutation, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { SurveySeeder } from './survey.seeder';
import { SurveyService } from './survey.service';

const INPUT: SurveyInput = {
  title: 'Hva synes du?',
  intro: 'Anonymt.',
  questions: [
    { kind: 'single', text: 'Alder', required: false, options: ['Under 30', '30 eller eldre'] },
    { kind: 'scale', text: 'Nyttig', required: true, scaleMinLabel: 'Lite', scaleMaxLabel: 'Mye' },
    { kind: 'text', text: 'Forslag', required: false },
  ],
};

describe(SurveyService.name, () => {
  let sut: TestApp;
  let admin: SignedInClient;
  let editor: SignedInClient;

  beforeAll(async () => {
    sut = await createTestApp();
    admin = await createSignedIn(sut, { roles: ['admin'] });
    editor = await createSignedIn(sut, { roles: ['editor'] });
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from survey');
    await sut.sql('delete from sync_change');
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers = admin.headers) =>
    sut.app.inject({ method, url: `/api/admin/surveys${url}`, headers, ...(payload ? { payload } : {}) });
  const create = async (input: SurveyInput = INPUT) => {
    const response = await call('POST', '', input);
    expect(response.statusCode).toBe(201);
    return response.json<SurveyAdminDto>();
  };
  const pull = async () =>
    (await sut.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0' })).json<PullResponse>();
  const answer = (surveyId: string, scale: number, extra: object[] = []) =>
    push(sut, [
      buildMutation('survey.submit', {
        surveyId,
        responseKey: crypto.randomUUID(),
        answers: [{ questionId: 'q2', scale }, ...extra],
      }),
    ]);

  describe('createSurvey / updateSurvey', () => {
    it('creates a draft with numbered questions, not in the pull stream', async () => {
      const survey = await create();
      expect(survey).toMatchObject({ status: 'draft', responseCount: 0, openedAt: null });
      expect(survey.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
      expect(survey.questions[0].options).toEqual([
        { id: 'o1', label: 'Under 30' },
        { id: 'o2', label: '30 eller eldre' },
      ]);
      expect((await pull()).changes.filter((c) => c.entity === 'survey')).toEqual([]);
    });

    it.each([
      ['no title', { ...INPUT, title: '  ' }, 'The survey needs a title'],
      ['no questions', { ...INPUT, questions: [] }, 'A survey needs at least one question'],
      [
        'an unknown kind',
        { ...INPUT, questions: [{ kind: 'ranking', text: 'A', required: false }] },
        'kind must be one of',
      ],
      [
        'a choice with one option',
        { ...INPUT, questions: [{ kind: 'single', text: 'A', required: false, options: ['Ja'] }] },
        'at least 2 options',
      ],
      ['an unknown field', { ...INPUT, owner: 'me' }, 'owner'],
    ])('refuses %s with 400 and a message, storing nothing', async (_case, payload, message) => {
      const response = await call('POST', '', payload);
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toContain(message);
      expect(await sut.sql('select id from survey')).toHaveLength(0);
    });

    it('changes a draft, and refuses (409) once it has been opened', async () => {
      const survey = await create();
      const changed = await call('PUT', `/${survey.id}`, { ...INPUT, title: 'Ny tittel' });
      expect(changed.statusCode).toBe(200);
      expect(changed.json<SurveyAdminDto>().title).toBe('Ny tittel');
      expect((await call('POST', `/${survey.id}/open`)).statusCode).toBe(200);
      const refused = await call('PUT', `/${survey.id}`, { ...INPUT, title: 'Enda en' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'survey_not_draft' });
      expect((await call('GET', `/${survey.id}`)).json<SurveyAdminDto>().title).toBe('Ny tittel');
    });

    it('answers 404 for an unknown id, 400 for a malformed one, and only admins get in', async () => {
      expect((await call('GET', `/${crypto.randomUUID()}`)).statusCode).toBe(404);
      expect((await call('POST', '/not-a-uuid/open')).statusCode).toBe(400);
      expect((await call('GET', '', undefined, editor.headers)).statusCode).toBe(403);
    });
  });

  describe('openSurvey / closeSurvey', () => {
    it('puts an open survey in the pull stream and takes it out on close; a closed one can be reopened', async () => {
      const survey = await create();
      await call('POST', `/${survey.id}/open`);
      const opened = (await pull()).changes.filter((c) => c.entity === 'survey');
      expect(opened).toHaveLength(1);
      expect(opened[0]).toMatchObject({ op: 'upsert', id: survey.id, data: { title: INPUT.title } });
      expect(opened[0].data).not.toHaveProperty('status');
      expect((await call('POST', `/${survey.id}/open`)).statusCode).toBe(409);

      const closed = await call('POST', `/${survey.id}/close`);
      expect(closed.json<SurveyAdminDto>().status).toBe('closed');
      expect((await pull()).changes.filter((c) => c.entity === 'survey')).toMatchObject([
        { op: 'delete', id: survey.id },
      ]);
      expect((await call('POST', `/${survey.id}/close`)).statusCode).toBe(409);

      const reopened = await call('POST', `/${survey.id}/open`);
      expect(reopened.json<SurveyAdminDto>()).toMatchObject({ status: 'open', closedAt: null });
      expect((await pull()).changes.filter((c) => c.entity === 'survey')).toMatchObject([{ op: 'upsert' }]);
    });
  });

  describe('getSurveyResults and the CSV exports', () => {
    it('counts answers sent through sync push; free text reaches the admin opened', async () => {
      const survey = await create();
      await call('POST', `/${survey.id}/open`);
      for (const [scale, extra] of [
        [5, [{ questionId: 'q1', optionIds: ['o1'] }]],
        [
          4,
          [
            { questionId: 'q1', optionIds: ['o1'] },
            { questionId: 'q3', text: 'Mer om loven, takk' },
          ],
        ],
        [2, [{ questionId: 'q1', optionIds: ['o2'] }]],
        [4, []],
      ] as const) {
        const { body } = await answer(survey.id, scale, [...extra]);
        expect(body.results[0].status).toBe('applied');
      }
      const results = (await call('GET', `/${survey.id}/results`)).json<SurveyResultsDto>();
      expect(results.responses).toBe(4);
      expect(results.survey.responseCount).toBe(4);
      expect(results.questions[0]).toMatchObject({ respondents: 3 });
      expect(results.questions[0].options.map((o) => o.count)).toEqual([2, 1]);
      expect(results.questions[1].options.map((o) => o.count)).toEqual([0, 1, 0, 2, 1]);
      expect(results.questions[1].mean).toBe(3.75);
      expect(results.questions[2].texts).toEqual(['Mer om loven, takk']);

      const list = (await call('GET', '')).json<SurveyAdminDto[]>();
      expect(list.find((s) => s.id === survey.id)?.responseCount).toBe(4);

      const aggregates = await call('GET', `/${survey.id}/results.csv`);
      expect(aggregates.headers['content-type']).toContain('text/csv');
      expect(aggregates.body.split('\n')[0]).toBe('question_id,question,kind,answer,count,share,respondents,mean');
      expect(aggregates.body).toContain('q2,Nyttig,scale,4,2,0.5000,4,3.75');

      const raw = await call('GET', `/${survey.id}/responses.csv`);
      const lines = raw.body.trim().split('\n');
      expect(lines[0]).toBe('day,q1 Alder,q2 Nyttig,q3 Forslag');
      expect(lines).toHaveLength(5);
      expect(lines.some((line) => line.endsWith(',Under 30,4,"Mer om loven, takk"'))).toBe(true);
      // No ids and no device key: only the day, the answers.
      expect(raw.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    });
  });

  describe(SurveySeeder.name, () => {
    it('seeds one open demo survey once, which devices get through pull', async () => {
      const seeder = sut.app.get(SurveySeeder);
      await seeder.seedDemoSurveyIfEmpty();
      await seeder.seedDemoSurveyIfEmpty();
      const list = (await call('GET', '')).json<SurveyAdminDto[]>();
      expect(list).toHaveLength(1);
      expect(list[0].status).toBe('open');
      expect(list[0].questions.map((q) => q.kind)).toEqual([
        'single',
        'single',
        'single',
        'multiple',
        'single',
        'scale',
        'text',
      ]);
      expect((await pull()).changes.filter((c) => c.entity === 'survey')).toHaveLength(1);
    });
  });
});
