import {
  SURVEY_LIMITS,
  SURVEY_SCALE_MAX,
  SURVEY_SCALE_MIN,
  type SurveyAnswerInput,
  type SurveyOptionResultDto,
  type SurveyQuestionDto,
  type SurveyQuestionInput,
  type SurveyQuestionResultDto,
} from '@sexhandel/shared';
import { MutationRejection } from '../sync/mutation-handler';
import type { StoredSurveyAnswer } from './survey-response.entity';
import { surveyErrors } from './survey-errors';

const SCALE_VALUES = Array.from({ length: SURVEY_SCALE_MAX - SURVEY_SCALE_MIN + 1 }, (_, i) => SURVEY_SCALE_MIN + i);

const isChoice = (kind: SurveyQuestionInput['kind']): boolean => kind === 'single' || kind === 'multiple';

/** Turns the admin's questions into stored ones with ids `q1…`, `o1…` in order; 400 on a question that cannot work. */
export function buildQuestions(inputs: SurveyQuestionInput[]): SurveyQuestionDto[] {
  return inputs.map((input, index) => {
    const n = index + 1;
    const options = input.options ?? [];
    if (isChoice(input.kind)) {
      if (options.length < SURVEY_LIMITS.optionsMin) {
        throw surveyErrors.badQuestion(
          `Question ${n} needs at least ${SURVEY_LIMITS.optionsMin} options to choose from`,
        );
      }
      const seen = new Set<string>();
      for (const label of options) {
        const key = label.toLocaleLowerCase('nb');
        if (seen.has(key)) throw surveyErrors.badQuestion(`Question ${n} has the option "${label}" twice`);
        seen.add(key);
      }
    } else if (options.length > 0) {
      throw surveyErrors.badQuestion(`Question ${n} is not a choice question, so it cannot have options`);
    }
    if (input.kind !== 'scale' && (input.scaleMinLabel || input.scaleMaxLabel)) {
      throw surveyErrors.badQuestion(`Question ${n} is not a scale, so it cannot have scale labels`);
    }
    const question: SurveyQuestionDto = {
      id: `q${n}`,
      kind: input.kind,
      text: input.text,
      required: input.required,
      options: isChoice(input.kind) ? options.map((label, i) => ({ id: `o${i + 1}`, label })) : [],
    };
    if (input.kind === 'scale') {
      question.scaleMinLabel = input.scaleMinLabel ?? '';
      question.scaleMaxLabel = input.scaleMaxLabel ?? '';
    }
    return question;
  });
}

/**
 * Checks a device's answers against the survey and returns what is stored, by question id.
 * Refuses (MutationRejection, nothing stored) anything that does not fit a question exactly.
 * `seal` encrypts free text. An empty answer (no option, blank text) counts as not answered.
 */
export function checkAnswers(
  questions: SurveyQuestionDto[],
  answers: SurveyAnswerInput[],
  seal: (text: string) => string,
): Record<string, StoredSurveyAnswer> {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const stored: Record<string, StoredSurveyAnswer> = {};
  const seen = new Set<string>();
  for (const answer of answers) {
    const question = byId.get(answer.questionId);
    if (!question) throw new MutationRejection('unknown_question', `The survey has no question ${answer.questionId}`);
    if (seen.has(question.id)) throw new MutationRejection('validation', `Question ${question.id} is answered twice`);
    seen.add(question.id);
    const value = checkAnswer(question, answer, seal);
    if (value) stored[question.id] = value;
  }
  for (const question of questions) {
    if (question.required && !stored[question.id]) {
      throw new MutationRejection('answer_required', `Please answer the question "${question.text}"`);
    }
  }
  return stored;
}

function checkAnswer(
  question: SurveyQuestionDto,
  answer: SurveyAnswerInput,
  seal: (text: string) => string,
): StoredSurveyAnswer | null {
  const given = [answer.optionIds, answer.scale, answer.text].filter((part) => part !== undefined).length;
  if (given > 1) throw new MutationRejection('validation', `Question ${question.id} got more than one kind of answer`);
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      if (answer.scale !== undefined || answer.text !== undefined) {
        throw new MutationRejection('validation', `Question ${question.id} is answered by choosing options`);
      }
      const chosen = answer.optionIds ?? [];
      if (chosen.length === 0) return null;
      if (new Set(chosen).size !== chosen.length) {
        throw new MutationRejection('validation', `Question ${question.id} has the same option twice`);
      }
      if (question.kind === 'single' && chosen.length > 1) {
        throw new MutationRejection('single_choice', `Choose only one answer to "${question.text}"`);
      }
      const known = new Set(question.options.map((option) => option.id));
      const unknown = chosen.find((id) => !known.has(id));
      if (unknown) throw new MutationRejection('unknown_option', `Question ${question.id} has no option ${unknown}`);
      // Kept in the survey's order, so the raw export reads the same for everyone.
      return { optionIds: question.options.map((option) => option.id).filter((id) => chosen.includes(id)) };
    }
    case 'scale': {
      if (answer.optionIds !== undefined || answer.text !== undefined) {
        throw new MutationRejection('validation', `Question ${question.id} is answered with a number`);
      }
      if (answer.scale === undefined) return null;
      if (!Number.isInteger(answer.scale) || answer.scale < SURVEY_SCALE_MIN || answer.scale > SURVEY_SCALE_MAX) {
        throw new MutationRejection(
          'scale_out_of_range',
          `The answer to "${question.text}" must be a whole number from ${SURVEY_SCALE_MIN} to ${SURVEY_SCALE_MAX}`,
        );
      }
      return { scale: answer.scale };
    }
    case 'text': {
      if (answer.optionIds !== undefined || answer.scale !== undefined) {
        throw new MutationRejection('validation', `Question ${question.id} is answered with text`);
      }
      const text = (answer.text ?? '').trim();
      if (text === '') return null;
      if (text.length > SURVEY_LIMITS.freeTextMax) {
        throw new MutationRejection(
          'text_too_long',
          `The answer to "${question.text}" can be at most ${SURVEY_LIMITS.freeTextMax} characters`,
        );
      }
      return { textSealed: seal(text) };
    }
  }
}

/** A stored response as aggregation needs it (free text already opened). */
export interface OpenedResponse {
  day: string;
  answers: Record<string, { optionIds?: string[]; scale?: number; text?: string }>;
}

const share = (count: number, of: number): number => (of === 0 ? 0 : count / of);

/** Counts and shares per question; shares are of the responses that answered that question. */
export function aggregateResponses(
  questions: SurveyQuestionDto[],
  responses: OpenedResponse[],
): SurveyQuestionResultDto[] {
  return questions.map((question) => {
    const answered = responses
      .map((response) => response.answers[question.id])
      .filter((answer) => answer !== undefined);
    const respondents = answered.length;
    const result: SurveyQuestionResultDto = {
      id: question.id,
      kind: question.kind,
      text: question.text,
      required: question.required,
      respondents,
      options: [],
      mean: null,
      texts: [],
    };
    if (question.kind === 'single' || question.kind === 'multiple') {
      result.options = question.options.map((option): SurveyOptionResultDto => {
        const count = answered.filter((answer) => answer.optionIds?.includes(option.id)).length;
        return { id: option.id, label: option.label, count, share: share(count, respondents) };
      });
    } else if (question.kind === 'scale') {
      result.scaleMinLabel = question.scaleMinLabel;
      result.scaleMaxLabel = question.scaleMaxLabel;
      const values = answered.map((answer) => answer.scale).filter((value): value is number => value !== undefined);
      result.options = SCALE_VALUES.map((value) => {
        const count = values.filter((v) => v === value).length;
        return { id: String(value), label: String(value), count, share: share(count, respondents) };
      });
      result.mean = values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
    } else {
      result.texts = answered.map((answer) => answer.text ?? '').filter((text) => text !== '');
    }
    return result;
  });
}
