import type { SurveyQuestionDto, SurveyQuestionResultDto } from '@sexhandel/shared';
import { stringify } from 'csv-stringify/sync';
import type { OpenedResponse } from './survey.rules';

// Spreadsheets run a cell that starts like a formula; free text comes from anyone.
const FORMULA_START = /^[=+\-@\t\r]/;
function cell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function toCsv(rows: (string | number)[][]): string {
  return stringify(rows.map((row) => row.map((value) => (typeof value === 'string' ? cell(value) : value))));
}

/** One row per option or scale value: question, answer, count, share of the question's respondents. */
export function resultsCsv(questions: SurveyQuestionResultDto[]): string {
  const rows: (string | number)[][] = [
    ['question_id', 'question', 'kind', 'answer', 'count', 'share', 'respondents', 'mean'],
  ];
  for (const question of questions) {
    const mean = question.mean === null ? '' : question.mean.toFixed(2);
    if (question.kind === 'text') {
      rows.push([question.id, question.text, question.kind, '', question.texts.length, '', question.respondents, '']);
      continue;
    }
    for (const option of question.options) {
      rows.push([
        question.id,
        question.text,
        question.kind,
        option.label,
        option.count,
        option.share.toFixed(4),
        question.respondents,
        mean,
      ]);
    }
  }
  return toCsv(rows);
}

/**
 * One row per response: the day, then one column per question (choice labels joined with " | ",
 * the scale number, or the free text). No ids and nothing from the device.
 */
export function responsesCsv(questions: SurveyQuestionDto[], responses: OpenedResponse[]): string {
  const header = ['day', ...questions.map((question) => `${question.id} ${question.text}`)];
  const rows: (string | number)[][] = [header];
  for (const response of responses) {
    rows.push([
      response.day,
      ...questions.map((question) => {
        const answer = response.answers[question.id];
        if (!answer) return '';
        if (answer.optionIds) {
          return answer.optionIds
            .map((id) => question.options.find((option) => option.id === id)?.label ?? id)
            .join(' | ');
        }
        if (answer.scale !== undefined) return answer.scale;
        return answer.text ?? '';
      }),
    ]);
  }
  return toCsv(rows);
}
