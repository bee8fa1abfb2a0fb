import { msg, str } from '@lit/localize';
import { QA_ANSWER_MAX, QA_QUESTION_MAX } from '@sexhandel/shared';
import type { FormField } from '../../../components/form-errors.controller.js';
import { formatCount } from '../../../text/plural.js';

const questionEmpty = () => msg('Skriv spørsmålet.');
const answerEmpty = () => msg('Skriv svaret.');
function questionTooLong(): string {
  const max = formatCount(QA_QUESTION_MAX);
  return msg(str`Spørsmålet kan ha høyst ${max} tegn.`);
}
function answerTooLong(): string {
  const max = formatCount(QA_ANSWER_MAX);
  return msg(str`Svaret kan ha høyst ${max} tegn.`);
}

/**
 * The question and answer fields of a Q&A draft or new wording, by the server's names (`question`,
 * `answer`, QaDraftRequest), with the element ids they have on the page.
 */
export function qaFields(
  ids: { question: string; answer: string },
  labels: { question: () => string; answer: () => string },
): Record<string, FormField> {
  return {
    question: {
      id: ids.question,
      label: labels.question,
      texts: { required: questionEmpty, too_short: questionEmpty, too_long: questionTooLong },
    },
    answer: {
      id: ids.answer,
      label: labels.answer,
      texts: { required: answerEmpty, too_short: answerEmpty, too_long: answerTooLong },
    },
  };
}

/** What must be fixed before sending (the server's rules: 1 to the shared maximum, trimmed), in form order. */
export function qaProblems(question: string, answer: string): [string, string][] {
  const problems: [string, string][] = [];
  const q = question.trim();
  const a = answer.trim();
  if (!q) problems.push(['question', questionEmpty()]);
  else if (q.length > QA_QUESTION_MAX) problems.push(['question', questionTooLong()]);
  if (!a) problems.push(['answer', answerEmpty()]);
  else if (a.length > QA_ANSWER_MAX) problems.push(['answer', answerTooLong()]);
  return problems;
}
