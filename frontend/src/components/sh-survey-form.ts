import { localized, msg, str } from '@lit/localize';
import {
  SURVEY_LIMITS,
  SURVEY_SCALE_MAX,
  SURVEY_SCALE_MIN,
  type SurveyDto,
  type SurveyQuestionDto,
} from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { shEvent } from '../events.js';
import { answersOf, surveyProblems, type SurveyAnswers } from '../data/survey.js';
import { embeddedHostStyles, formStyles } from '../styles/form.styles.js';
import { pageStyles } from '../styles/page.styles.js';
import type { ErrorSummaryItem } from './sh-error-summary.js';
import './sh-error-summary.js';
import './sh-field-error.js';

/** The id of a question's field: its text area, or the first choice of its fieldset (the summary links there). */
function fieldId(question: SurveyQuestionDto): string {
  return `q-${question.id}`;
}

const SCALE = Array.from({ length: SURVEY_SCALE_MAX - SURVEY_SCALE_MIN + 1 }, (_, i) => SURVEY_SCALE_MIN + i);

/**
 * The questions of one survey as a form: one fieldset per choice or scale question (legend = the
 * question), a labelled text area for free text. Checks required answers and lengths before it
 * fires `sh-survey-submit`; each problem is shown at its question and tied to it (aria-invalid,
 * aria-describedby), and an error summary at the top links to each question and takes focus.
 * The messages at the questions follow the answers as they change; the summary stays until the
 * next try.
 */
@localized()
@customElement('sh-survey-form')
export class ShSurveyForm extends LitElement {
  static override styles = [
    pageStyles,
    formStyles,
    embeddedHostStyles,
    css`
      .required {
        font-weight: 400;
        color: var(--sh-muted);
        font-size: 0.9rem;
      }
      .scale {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin: 0.3rem 0;
      }
      .scale .choice {
        /* Five equal boxes in one row, even on a narrow phone. */
        flex: 1 1 0;
        max-width: 4.5rem;
        flex-direction: column;
        align-items: center;
        min-width: 0;
        padding: 0.35rem 0.5rem;
        border: 1px solid var(--sh-border);
        border-radius: var(--sh-radius, 0.5rem);
        gap: 0.1rem;
      }
      .scale .choice input {
        margin: 0;
      }
      .ends {
        display: flex;
        justify-content: space-between;
        gap: 1rem;
        margin: 0;
      }
      .field-error {
        color: var(--sh-danger-strong);
        font-weight: 600;
        margin: 0.3rem 0 0;
      }
      fieldset[data-invalid],
      .field[data-invalid] textarea {
        border-color: var(--sh-danger);
        border-width: 2px;
      }
      textarea {
        min-height: 7rem;
      }
      input[type='radio']:focus-visible,
      input[type='checkbox']:focus-visible {
        outline: 3px solid var(--sh-focus);
        outline-offset: 2px;
      }
    `,
  ];

  /** The survey to answer. */
  @property({ attribute: false }) survey: SurveyDto | null = null;

  /** Answers to start from (after the server refused them, say). */
  @property({ attribute: false }) initial: SurveyAnswers = {};

  /** True while sending: the send button is disabled. */
  @property({ type: Boolean }) busy = false;

  @state() private answers: SurveyAnswers = {};
  @state() private problems: Record<string, string> = {};
  @state() private tried = false;
  /** The error summary of the last try (empty when it went through). */
  @state() private summary: ErrorSummaryItem[] = [];
  private seeded: SurveyAnswers | null = null;

  protected override willUpdate(): void {
    if (this.seeded !== this.initial) {
      this.seeded = this.initial;
      this.answers = { ...this.initial };
    }
  }

  private set(questionId: string, answer: SurveyAnswers[string]): void {
    this.answers = { ...this.answers, [questionId]: answer };
    if (this.tried && this.survey) this.problems = surveyProblems(this.survey, this.answers);
  }

  private toggle(question: SurveyQuestionDto, optionId: string, on: boolean): void {
    const chosen = new Set(this.answers[question.id]?.optionIds ?? []);
    if (on) chosen.add(optionId);
    else chosen.delete(optionId);
    this.set(question.id, { optionIds: question.options.map((o) => o.id).filter((id) => chosen.has(id)) });
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (!this.survey || this.busy) return;
    this.tried = true;
    this.problems = surveyProblems(this.survey, this.answers);
    const problems = this.problems;
    this.summary = this.survey.questions.flatMap((question, index) => {
      const problem = problems[question.id];
      const number = index + 1;
      return problem ? [{ fieldId: fieldId(question), text: msg(str`Spørsmål ${number}: ${problem}`) }] : [];
    });
    if (this.summary.length > 0) return;
    this.dispatchEvent(shEvent('sh-survey-submit', { answers: answersOf(this.survey, this.answers) }));
  }

  private renderLegend(question: SurveyQuestionDto, index: number) {
    return html`${index + 1}. ${question.text}
      <span class="required">${question.required ? msg('(må besvares)') : msg('(valgfritt)')}</span>`;
  }

  private renderError(question: SurveyQuestionDto) {
    return html`<sh-field-error
      field-id=${fieldId(question)}
      text=${this.problems[question.id] ?? ''}
    ></sh-field-error>`;
  }

  private renderQuestion(question: SurveyQuestionDto, index: number) {
    const problem = this.problems[question.id];
    const describedBy = problem ? `${fieldId(question)}-error` : undefined;
    const answer = this.answers[question.id];
    if (question.kind === 'text') {
      const value = answer?.text ?? '';
      return html`<div class="field" ?data-invalid=${!!problem}>
        <label for=${fieldId(question)}>${this.renderLegend(question, index)}</label>
        ${this.renderError(question)}
        <textarea
          id=${fieldId(question)}
          maxlength=${SURVEY_LIMITS.freeTextMax}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${`hint-${question.id}${describedBy ? ` ${describedBy}` : ''}`}
          .value=${value}
          @input=${(e: Event) => this.set(question.id, { text: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="hint" id=${`hint-${question.id}`}>
          ${msg(str`${value.length} av ${SURVEY_LIMITS.freeTextMax} tegn. Bare de ansatte som leser undersøkelsen, ser dette.`)}
        </p>
      </div>`;
    }
    const name = `q-${question.id}`;
    const invalid = problem ? 'true' : 'false';
    if (question.kind === 'scale') {
      const ends = question.scaleMinLabel || question.scaleMaxLabel;
      return html`<fieldset ?data-invalid=${!!problem} aria-describedby=${describedBy ?? nothing}>
        <legend>${this.renderLegend(question, index)}</legend>
        ${this.renderError(question)}
        ${
          ends
            ? html`<p class="hint ends" aria-hidden="true">
                <span>${SURVEY_SCALE_MIN}: ${question.scaleMinLabel}</span
                ><span>${SURVEY_SCALE_MAX}: ${question.scaleMaxLabel}</span>
              </p>`
            : nothing
        }
        <div class="scale">
          ${SCALE.map((value, i) => {
            const end =
              value === SURVEY_SCALE_MIN
                ? question.scaleMinLabel
                : value === SURVEY_SCALE_MAX
                  ? question.scaleMaxLabel
                  : '';
            return html`<label class="choice">
              <input
                type="radio"
                name=${name}
                .value=${String(value)}
                id=${i === 0 ? fieldId(question) : nothing}
                aria-invalid=${invalid}
                aria-label=${end ? `${value} – ${end}` : String(value)}
                .checked=${answer?.scale === value}
                @change=${() => this.set(question.id, { scale: value })}
              />
              <span aria-hidden="true">${value}</span>
            </label>`;
          })}
        </div>
      </fieldset>`;
    }
    const multiple = question.kind === 'multiple';
    return html`<fieldset ?data-invalid=${!!problem} aria-describedby=${describedBy ?? nothing}>
      <legend>${this.renderLegend(question, index)}</legend>
      ${this.renderError(question)} ${multiple ? html`<p class="hint">${msg('Du kan velge flere.')}</p>` : nothing}
      ${question.options.map(
        (option, i) =>
          html`<label class="choice">
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              name=${name}
              .value=${option.id}
              id=${i === 0 ? fieldId(question) : nothing}
              aria-invalid=${invalid}
              .checked=${answer?.optionIds?.includes(option.id) ?? false}
              @change=${(e: Event) =>
                multiple
                  ? this.toggle(question, option.id, (e.target as HTMLInputElement).checked)
                  : this.set(question.id, { optionIds: [option.id] })}
            />
            <span>${option.label}</span>
          </label>`,
      )}
      ${
        !multiple && answer?.optionIds?.length && !question.required
          ? html`<button
              type="button"
              class="button secondary"
              @click=${() => this.set(question.id, { optionIds: [] })}
            >
              ${msg('Fjern svaret')}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  override render() {
    if (!this.survey) return nothing;
    return html`<form novalidate @submit=${this.onSubmit}>
      <sh-error-summary .items=${this.summary}></sh-error-summary>
      ${this.survey.questions.map((question, index) => this.renderQuestion(question, index))}
      <p class="actions">
        <button type="submit" class="button" ?disabled=${this.busy}>${msg('Send svarene')}</button>
      </p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-survey-form': ShSurveyForm;
  }
}
