import { HttpException } from '@nestjs/common';
import type { SurveyQuestionDto } from '@sexhandel/shared';
import { describe, expect, it } from 'vitest';
import { MutationRejection } from '../sync/mutation-handler';
import { responsesCsv, resultsCsv } from './survey-csv';
import { aggregateResponses, buildQuestions, checkAnswers, type OpenedResponse } from './survey.rules';

const questions: SurveyQuestionDto[] = buildQuestions([
  { kind: 'single', text: 'Alder', required: false, options: ['Under 30', '30 eller eldre'] },
  { kind: 'multiple', text: 'Hvorfor', required: false, options: ['Loven', 'Bekymring', 'Annet'] },
  { kind: 'scale', text: 'Nyttig', required: true, scaleMinLabel: 'Lite', scaleMaxLabel: 'Mye' },
  { kind: 'text', text: 'Forslag', required: false },
]);
const seal = (text: string) => `sealed:${text}`;

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof MutationRejection) return error.code;
    throw error;
  }
  throw new Error('not refused');
}

describe('survey rules', () => {
  describe('buildQuestions', () => {
    it('numbers questions and options in order', () => {
      expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
      expect(questions[1].options).toEqual([
        { id: 'o1', label: 'Loven' },
        { id: 'o2', label: 'Bekymring' },
        { id: 'o3', label: 'Annet' },
      ]);
      expect(questions[2]).toMatchObject({ scaleMinLabel: 'Lite', scaleMaxLabel: 'Mye', options: [] });
    });

    it.each([
      [{ kind: 'single' as const, text: 'A', required: false, options: ['Bare én'] }, 'at least 2 options'],
      [{ kind: 'single' as const, text: 'A', required: false, options: ['Ja', 'ja'] }, 'twice'],
      [{ kind: 'text' as const, text: 'A', required: false, options: ['Ja', 'Nei'] }, 'cannot have options'],
      [
        { kind: 'single' as const, text: 'A', required: false, options: ['Ja', 'Nei'], scaleMinLabel: 'x' },
        'scale labels',
      ],
    ])('refuses a question that cannot work (%#)', (input, message) => {
      try {
        buildQuestions([input]);
        expect.unreachable('accepted a question that cannot work');
      } catch (error) {
        expect(error).toBeInstanceOf(HttpException);
        expect((error as HttpException).getStatus()).toBe(400);
        expect((error as HttpException).getResponse()).toMatchObject({ code: 'survey_question' });
        expect(JSON.stringify((error as HttpException).getResponse())).toContain(message);
      }
    });
  });

  describe('checkAnswers', () => {
    it('stores options in survey order, the scale, sealed trimmed text; blank counts as unanswered', () => {
      const stored = checkAnswers(
        questions,
        [
          { questionId: 'q2', optionIds: ['o3', 'o1'] },
          { questionId: 'q3', scale: 4 },
          { questionId: 'q4', text: '  Mer om loven  ' },
          { questionId: 'q1', optionIds: [] },
        ],
        seal,
      );
      expect(stored).toEqual({
        q2: { optionIds: ['o1', 'o3'] },
        q3: { scale: 4 },
        q4: { textSealed: 'sealed:Mer om loven' },
      });
    });

    it.each([
      ['a missing required answer', [], 'answer_required'],
      ['a blank required answer', [{ questionId: 'q3' }], 'answer_required'],
      ['a scale of 0', [{ questionId: 'q3', scale: 0 }], 'scale_out_of_range'],
      ['a scale of 6', [{ questionId: 'q3', scale: 6 }], 'scale_out_of_range'],
      [
        'an unknown option',
        [
          { questionId: 'q1', optionIds: ['o9'] },
          { questionId: 'q3', scale: 3 },
        ],
        'unknown_option',
      ],
      [
        'two choices on single choice',
        [
          { questionId: 'q1', optionIds: ['o1', 'o2'] },
          { questionId: 'q3', scale: 3 },
        ],
        'single_choice',
      ],
      ['an unknown question', [{ questionId: 'q9', scale: 3 }], 'unknown_question'],
      [
        'text that is too long',
        [
          { questionId: 'q3', scale: 3 },
          { questionId: 'q4', text: 'x'.repeat(2001) },
        ],
        'text_too_long',
      ],
      [
        'a scale on a choice question',
        [
          { questionId: 'q1', scale: 1 },
          { questionId: 'q3', scale: 3 },
        ],
        'validation',
      ],
      [
        'a question answered twice',
        [
          { questionId: 'q3', scale: 3 },
          { questionId: 'q3', scale: 2 },
        ],
        'validation',
      ],
    ])('refuses %s', (_case, answers, code) => {
      expect(refusal(() => checkAnswers(questions, answers, seal))).toBe(code);
    });
  });

  describe('aggregateResponses', () => {
    // Four responses with a known answer: q1 answered by 3, q2 by 2, scale 5,4,4,1 (mean 3.5).
    const responses: OpenedResponse[] = [
      { day: '2026-11-27', answers: { q1: { optionIds: ['o1'] }, q2: { optionIds: ['o1', 'o2'] }, q3: { scale: 5 } } },
      {
        day: '2026-11-28',
        answers: { q1: { optionIds: ['o2'] }, q2: { optionIds: ['o1'] }, q3: { scale: 4 }, q4: { text: 'Bra' } },
      },
      { day: '2026-11-28', answers: { q1: { optionIds: ['o1'] }, q3: { scale: 4 } } },
      { day: '2026-11-29', answers: { q3: { scale: 1 }, q4: { text: '=SUM(A1)' } } },
    ];
    const results = aggregateResponses(questions, responses);

    it('counts each option and shares of those who answered the question', () => {
      expect(results[0]).toMatchObject({ respondents: 3, mean: null });
      expect(results[0].options.map((o) => [o.label, o.count, Number(o.share.toFixed(4))])).toEqual([
        ['Under 30', 2, 0.6667],
        ['30 eller eldre', 1, 0.3333],
      ]);
      // Multiple choice: shares can add up to more than 100 %.
      expect(results[1].options.map((o) => [o.count, o.share])).toEqual([
        [2, 1],
        [1, 0.5],
        [0, 0],
      ]);
    });

    it('gives the scale distribution 1–5 and the mean, and lists free text', () => {
      expect(results[2].respondents).toBe(4);
      expect(results[2].options.map((o) => o.count)).toEqual([1, 0, 0, 2, 1]);
      expect(results[2].mean).toBe(3.5);
      expect(results[3]).toMatchObject({ respondents: 2, texts: ['Bra', '=SUM(A1)'], options: [] });
    });

    it('writes the aggregates as CSV: a header and one row per option or scale value', () => {
      const lines = resultsCsv(results).trim().split('\n');
      expect(lines[0]).toBe('question_id,question,kind,answer,count,share,respondents,mean');
      expect(lines).toContain('q1,Alder,single,Under 30,2,0.6667,3,');
      expect(lines).toContain('q3,Nyttig,scale,4,2,0.5000,4,3.50');
      expect(lines).toContain('q4,Forslag,text,,2,,2,');
      expect(lines).toHaveLength(1 + 2 + 3 + 5 + 1);
    });

    it('writes raw responses as CSV: day and one column per question, formulas defused', () => {
      const lines = responsesCsv(questions, responses).trim().split('\n');
      expect(lines[0]).toBe('day,q1 Alder,q2 Hvorfor,q3 Nyttig,q4 Forslag');
      expect(lines[1]).toBe('2026-11-27,Under 30,Loven | Bekymring,5,');
      expect(lines[4]).toBe("2026-11-29,,,1,'=SUM(A1)");
      expect(lines).toHaveLength(5);
    });
  });
});
