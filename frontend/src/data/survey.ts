import { msg, str } from '@lit/localize';
import {
  SURVEY_LIMITS,
  type MutationError,
  type SurveyAdminDto,
  type SurveyAnswerInput,
  type SurveyDto,
  type SurveyInput,
  type SurveyResultsDto,
  type SurveySubmitPayload,
} from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';
import { appDb, type AppDB, type OutboxRow, type SurveyStateRow } from './app-db.js';
import { errorText } from '../text/error-text.js';
import { enqueue, registerOutboxKinds } from './outbox.js';
import { registerPulledEntities } from './pull.js';

// ---- Reader side: open surveys on the device, answering once ----

// Open surveys come through pull; one closed or unpublished comes as a delete.
registerPulledEntities({ entity: 'survey', table: 'surveys' });

/** What the survey page needs: the survey (if still open on this device) and this device's state. */
export interface SurveyView {
  survey: SurveyDto | undefined;
  state: SurveyStateRow | undefined;
}

export async function readSurveyView(surveyId: string, db: AppDB = appDb): Promise<SurveyView> {
  const [survey, state] = await Promise.all([db.surveys.get(surveyId), db.surveyStates.get(surveyId)]);
  return { survey, state };
}

/** True when this device has answered (or the answer waits to be sent): the form is not offered again. */
export function hasAnswered(state: SurveyStateRow | undefined): boolean {
  return state?.status === 'queued' || state?.status === 'sent';
}

/** The open survey to invite the reader to on the start page: not answered, not declined. */
export async function surveyToInvite(db: AppDB = appDb): Promise<SurveyDto | null> {
  const [surveys, states] = await Promise.all([db.surveys.toArray(), db.surveyStates.toArray()]);
  const byId = new Map(states.map((state) => [state.surveyId, state]));
  const open = surveys
    .filter((survey) => {
      const state = byId.get(survey.id);
      return !hasAnswered(state) && state?.status !== 'closed' && !state?.inviteDismissed;
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'nb'));
  return open[0] ?? null;
}

/** "No thanks" on the start page invitation; the survey page itself stays reachable. */
export async function dismissSurveyInvite(surveyId: string, db: AppDB = appDb): Promise<void> {
  await db.transaction('rw', db.surveyStates, async () => {
    const state = await db.surveyStates.get(surveyId);
    await db.surveyStates.put({ ...(state ?? newState(surveyId)), inviteDismissed: true });
  });
}

function newState(surveyId: string): SurveyStateRow {
  return { surveyId, responseKey: crypto.randomUUID(), status: 'new' };
}

/** Answers the person gave, keyed by question id, as the form holds them. */
export type SurveyAnswers = Record<string, { optionIds?: string[]; scale?: number; text?: string }>;

/** The payload answers: only questions the person answered (blank text and no choice are left out). */
export function answersOf(survey: SurveyDto, answers: SurveyAnswers): SurveyAnswerInput[] {
  const list: SurveyAnswerInput[] = [];
  for (const question of survey.questions) {
    const answer = answers[question.id];
    if (!answer) continue;
    if (question.kind === 'text') {
      const text = answer.text?.trim() ?? '';
      if (text) list.push({ questionId: question.id, text });
    } else if (question.kind === 'scale') {
      if (answer.scale !== undefined) list.push({ questionId: question.id, scale: answer.scale });
    } else if (answer.optionIds && answer.optionIds.length > 0) {
      list.push({ questionId: question.id, optionIds: answer.optionIds });
    }
  }
  return list;
}

export function answersFromInputs(inputs: readonly SurveyAnswerInput[] | undefined): SurveyAnswers {
  const answers: SurveyAnswers = {};
  for (const input of inputs ?? []) answers[input.questionId] = { ...input };
  return answers;
}

/** Problems to fix before sending, by question id (the server checks the same again). */
export function surveyProblems(survey: SurveyDto, answers: SurveyAnswers): Record<string, string> {
  const given = new Set(answersOf(survey, answers).map((answer) => answer.questionId));
  const problems: Record<string, string> = {};
  for (const question of survey.questions) {
    const text = answers[question.id]?.text?.trim() ?? '';
    if (question.kind === 'text' && text.length > SURVEY_LIMITS.freeTextMax) {
      problems[question.id] = msg(str`Svaret kan være på høyst ${SURVEY_LIMITS.freeTextMax} tegn.`);
    } else if (question.required && !given.has(question.id)) {
      problems[question.id] = msg('Dette spørsmålet må besvares.');
    }
  }
  return problems;
}

/**
 * Puts the answers in the outbox as `survey.submit` and marks the survey answered on this device,
 * in ONE transaction. The response key is made the first time and never changes for this survey.
 */
export async function submitSurvey(
  survey: SurveyDto,
  answers: SurveyAnswerInput[],
  db: AppDB = appDb,
): Promise<string> {
  return db.transaction('rw', db.outbox, db.surveyStates, async () => {
    const state = (await db.surveyStates.get(survey.id)) ?? newState(survey.id);
    if (hasAnswered(state)) throw new Error('This device has already answered the survey');
    const payload: SurveySubmitPayload = { surveyId: survey.id, responseKey: state.responseKey, answers };
    const id = await enqueue('survey.submit', payload, { db });
    await db.surveyStates.put({ ...state, status: 'queued', mutationId: id, answers, error: undefined });
    return id;
  });
}

/** Refusals after which the form must not come back: the answer is in, or the survey is gone. */
const FINAL_REFUSALS: Record<string, SurveyStateRow['status']> = {
  already_answered: 'sent',
  survey_closed: 'closed',
  survey_not_found: 'closed',
};

/**
 * An answered survey.submit. Applied (or refused as already answered): the survey is done on this
 * device and the answers leave it. Closed: the form is not offered again. Any other refusal: back
 * to the form with the answers and the message. The outbox row leaves in every case.
 */
async function keepSurveyResult(
  db: AppDB,
  row: OutboxRow,
  outcome: { applied: true } | { applied: false; error: MutationError },
): Promise<void> {
  const payload = row.payload as SurveySubmitPayload;
  const state = (await db.surveyStates.get(payload.surveyId)) ?? {
    surveyId: payload.surveyId,
    responseKey: payload.responseKey,
    status: 'new' as const,
  };
  const final = outcome.applied ? 'sent' : FINAL_REFUSALS[outcome.error.code];
  if (final) {
    await db.surveyStates.put({
      ...state,
      status: final,
      mutationId: undefined,
      answers: undefined,
      error: outcome.applied ? undefined : outcome.error,
    });
  } else if (!outcome.applied) {
    await db.surveyStates.put({
      ...state,
      status: 'new',
      mutationId: undefined,
      answers: payload.answers,
      error: outcome.error,
    });
  }
  await db.outbox.delete(row.id);
}

registerOutboxKinds({
  kind: 'survey.submit',
  tables: ['surveyStates'],
  onApplied: (db, row) => keepSurveyResult(db, row, { applied: true }),
  onRejected: (db, row, error) => keepSurveyResult(db, row, { applied: false, error }),
});

/** The server's refusal in words a reader understands (its own message is for staff and logs). */
export function surveyErrorText(error: MutationError): string {
  switch (error.code) {
    case 'survey_closed':
    case 'survey_not_found':
      return msg('Undersøkelsen ble avsluttet før svarene dine kom fram, så de ble ikke talt med. Takk likevel.');
    case 'answer_required':
      return msg('Et spørsmål som må besvares, manglet svar. Se over svarene og send igjen.');
    case 'text_too_long':
      return msg(str`Et tekstsvar var for langt. Det kan være på høyst ${SURVEY_LIMITS.freeTextMax} tegn.`);
    default:
      return errorText(error.code);
  }
}

// ---- Admin side (online only) ----

const ADMIN_BASE = '/api/admin/surveys';

export function fetchSurveys(fetchFn?: FetchFn): Promise<SurveyAdminDto[]> {
  return requestJson<SurveyAdminDto[]>(fetchFn, ADMIN_BASE);
}

export function createSurvey(input: SurveyInput, fetchFn?: FetchFn): Promise<SurveyAdminDto> {
  return requestJson<SurveyAdminDto>(fetchFn, ADMIN_BASE, { method: 'POST', body: input });
}

export function updateSurvey(id: string, input: SurveyInput, fetchFn?: FetchFn): Promise<SurveyAdminDto> {
  return requestJson<SurveyAdminDto>(fetchFn, `${ADMIN_BASE}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: input,
  });
}

export function setSurveyOpen(id: string, open: boolean, fetchFn?: FetchFn): Promise<SurveyAdminDto> {
  return requestJson<SurveyAdminDto>(fetchFn, `${ADMIN_BASE}/${encodeURIComponent(id)}/${open ? 'open' : 'close'}`, {
    method: 'POST',
  });
}

export function fetchSurveyResults(id: string, fetchFn?: FetchFn): Promise<SurveyResultsDto> {
  return requestJson<SurveyResultsDto>(fetchFn, `${ADMIN_BASE}/${encodeURIComponent(id)}/results`);
}

/** Download links (plain GETs with the session cookie). */
export const surveyCsvUrl = (id: string, which: 'results' | 'responses'): string =>
  `${ADMIN_BASE}/${encodeURIComponent(id)}/${which}.csv`;
