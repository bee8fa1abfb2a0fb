/**
 * User survey: admins define a survey and open it; open surveys reach devices through sync pull
 * (entity 'survey'); readers answer with the `survey.submit` mutation, once per device per survey.
 * The server stores only the calendar day of an answer, never when or from where it came.
 */

/** draft: being written, questions can change. open: offered to readers. closed: not offered (can be reopened). */
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** single: one option. multiple: any number of options. scale: 1–5. text: free text (admins only see it). */
export const SURVEY_QUESTION_KINDS = ['single', 'multiple', 'scale', 'text'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

export const SURVEY_SCALE_MIN = 1;
export const SURVEY_SCALE_MAX = 5;

export const SURVEY_LIMITS = {
  titleMax: 150,
  introMax: 2_000,
  questionsMax: 30,
  questionTextMax: 300,
  optionsMin: 2,
  optionsMax: 20,
  optionLabelMax: 150,
  scaleLabelMax: 60,
  /** Longest free-text answer, in characters. */
  freeTextMax: 2_000,
} as const;

export interface SurveyOptionDto {
  /** Stable within the survey: `o1`, `o2`, … in order. */
  id: string;
  label: string;
}

export interface SurveyQuestionDto {
  /** Stable within the survey: `q1`, `q2`, … in order. */
  id: string;
  kind: SurveyQuestionKind;
  text: string;
  required: boolean;
  /** Choice questions only (empty otherwise). */
  options: SurveyOptionDto[];
  /** Scale questions only: what 1 and 5 mean. */
  scaleMinLabel?: string;
  scaleMaxLabel?: string;
}

/** An open survey as devices hold it (sync pull entity 'survey'). */
export interface SurveyDto {
  id: string;
  title: string;
  intro: string;
  questions: SurveyQuestionDto[];
}

/** A survey as admins see it. */
export interface SurveyAdminDto extends SurveyDto {
  status: SurveyStatus;
  responseCount: number;
  /** ISO date-times. */
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
}

/** A question as the admin writes it; ids are given by the server in order. */
export interface SurveyQuestionInput {
  kind: SurveyQuestionKind;
  text: string;
  required: boolean;
  /** Option labels, in order (choice questions). */
  options?: string[];
  scaleMinLabel?: string;
  scaleMaxLabel?: string;
}

/** Create or update (draft only) a survey. */
export interface SurveyInput {
  title: string;
  intro: string;
  questions: SurveyQuestionInput[];
}

/** One answer in `survey.submit`: optionIds for choice, scale for scale, text for free text. */
export interface SurveyAnswerInput {
  questionId: string;
  optionIds?: string[];
  scale?: number;
  text?: string;
}

/** Payload of `survey.submit` (no account needed). */
export interface SurveySubmitPayload {
  surveyId: string;
  /** A random UUID the device makes once per survey and keeps to itself: one answer per device. */
  responseKey: string;
  answers: SurveyAnswerInput[];
}

export interface SurveySubmitResult {
  counted: true;
}

export interface SurveyOptionResultDto {
  id: string;
  label: string;
  count: number;
  /** count / respondents to the question (0 when nobody answered it). */
  share: number;
}

export interface SurveyQuestionResultDto {
  id: string;
  kind: SurveyQuestionKind;
  text: string;
  required: boolean;
  /** Responses that answered this question. */
  respondents: number;
  /** Choice questions: one row per option. Scale questions: one row per value 1–5. */
  options: SurveyOptionResultDto[];
  /** Scale questions: mean of the answers, null without answers. */
  mean: number | null;
  scaleMinLabel?: string;
  scaleMaxLabel?: string;
  /** Free-text questions (admins only): the answers, oldest day first. */
  texts: string[];
}

export interface SurveyResultsDto {
  survey: SurveyAdminDto;
  /** All responses to the survey. */
  responses: number;
  questions: SurveyQuestionResultDto[];
}
