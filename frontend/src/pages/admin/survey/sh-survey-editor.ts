import { localized, msg, str } from '@lit/localize';
import {
  SURVEY_LIMITS,
  SURVEY_QUESTION_KINDS,
  type SurveyAdminDto,
  type SurveyInput,
  type SurveyQuestionInput,
  type SurveyQuestionKind,
} from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FetchFn } from '../../../data/api.js';
import { createSurvey, updateSurvey } from '../../../data/survey.js';
import { shEvent } from '../../../events.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { FormErrorsController, type FormField } from '../../../components/form-errors.controller.js';

/** A question while it is edited: options as one label per line. */
interface QuestionDraft {
  key: number;
  kind: SurveyQuestionKind;
  text: string;
  required: boolean;
  options: string;
  scaleMinLabel: string;
  scaleMaxLabel: string;
}

export function kindLabel(kind: SurveyQuestionKind): string {
  switch (kind) {
    case 'single':
      return msg('Ett valg');
    case 'multiple':
      return msg('Flere valg');
    case 'scale':
      return msg('Skala 1–5');
    case 'text':
      return msg('Fritekst');
  }
}

let nextKey = 1;

function draftOf(question?: SurveyAdminDto['questions'][number]): QuestionDraft {
  return {
    key: nextKey++,
    kind: question?.kind ?? 'single',
    text: question?.text ?? '',
    required: question?.required ?? false,
    options: question?.options.map((option) => option.label).join('\n') ?? '',
    scaleMinLabel: question?.scaleMinLabel ?? '',
    scaleMaxLabel: question?.scaleMaxLabel ?? '',
  };
}

function inputOf(draft: QuestionDraft): SurveyQuestionInput {
  const input: SurveyQuestionInput = { kind: draft.kind, text: draft.text.trim(), required: draft.required };
  if (draft.kind === 'single' || draft.kind === 'multiple') {
    input.options = draft.options
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  if (draft.kind === 'scale') {
    input.scaleMinLabel = draft.scaleMinLabel.trim();
    input.scaleMaxLabel = draft.scaleMaxLabel.trim();
  }
  return input;
}

/**
 * Writes or changes a draft survey: title, introduction and the questions in order (kind, text,
 * required, options one per line, scale end labels). The server checks everything again; its
 * messages are shown above the buttons. Fires `sh-survey-saved` with the saved copy, or null on cancel.
 */
@localized()
@customElement('sh-survey-editor')
export class ShSurveyEditor extends LitElement {
  static override styles = [
    pageStyles,
    formStyles,
    embeddedHostStyles,
    css`
      textarea {
        min-height: 5rem;
      }
      .row {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 0 1rem;
      }
      .question-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .button.small {
        padding: 0.3rem 0.7rem;
        font-size: 0.92rem;
      }
      input[type='checkbox']:focus-visible {
        outline: 3px solid var(--sh-focus);
        outline-offset: 2px;
      }
    `,
  ];

  /** The draft to change; null writes a new survey. */
  @property({ attribute: false }) survey: SurveyAdminDto | null = null;

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private titleText = '';
  @state() private intro = '';
  @state() private questions: QuestionDraft[] = [];
  private readonly errors = new FormErrorsController(this, (name) => this.fieldOf(name));

  /** The field a server field path names: `title`, `intro`, `questions.2.text` … */
  private fieldOf(name: string): FormField | undefined {
    if (name === 'title') return { id: 'survey-title', label: () => msg('Tittel') };
    if (name === 'intro') return { id: 'survey-intro', label: () => msg('Innledning (vises over spørsmålene)') };
    const match = /^questions\.(\d+)\.(text|kind|options|min|max)/.exec(name);
    const question = match ? this.questions[Number(match[1])] : undefined;
    if (!match || !question) return undefined;
    const number = Number(match[1]) + 1;
    const prefix = { text: 'text', kind: 'kind', options: 'options', min: 'min', max: 'max' }[match[2]] ?? 'text';
    return { id: `${prefix}-${question.key}`, label: () => msg(str`Spørsmål ${number}`) };
  }
  @state() private saving = false;
  private loadedFrom: SurveyAdminDto | null | undefined = undefined;

  protected override willUpdate(): void {
    if (this.loadedFrom !== this.survey) {
      this.loadedFrom = this.survey;
      this.titleText = this.survey?.title ?? '';
      this.intro = this.survey?.intro ?? '';
      this.questions = this.survey ? this.survey.questions.map((question) => draftOf(question)) : [draftOf()];
      this.errors.clear();
    }
  }

  private change(key: number, patch: Partial<QuestionDraft>): void {
    this.questions = this.questions.map((question) => (question.key === key ? { ...question, ...patch } : question));
  }

  private async move(index: number, by: -1 | 1): Promise<void> {
    const next = [...this.questions];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved);
    this.questions = next;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#text-${moved.key}`)?.focus();
  }

  private async add(): Promise<void> {
    const added = draftOf();
    this.questions = [...this.questions, added];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#text-${added.key}`)?.focus();
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const input: SurveyInput = {
      title: this.titleText.trim(),
      intro: this.intro.trim(),
      questions: this.questions.map(inputOf),
    };
    this.saving = true;
    this.errors.clear();
    try {
      const saved = this.survey
        ? await updateSurvey(this.survey.id, input, this.fetchFn)
        : await createSurvey(input, this.fetchFn);
      this.dispatchEvent(shEvent('sh-survey-saved', { survey: saved }));
    } catch (error) {
      this.errors.showError(error);
    } finally {
      this.saving = false;
    }
  }

  private renderQuestion(question: QuestionDraft, index: number) {
    const k = question.key;
    const choice = question.kind === 'single' || question.kind === 'multiple';
    return html`<fieldset>
      <legend>${msg(str`Spørsmål ${index + 1}`)}</legend>
      <div class="field">
        <label for=${`text-${k}`}>${msg('Spørsmålet')}</label>
        ${this.errors.renderFieldError(`text-${k}`)}
        <input
          type="text"
          id=${`text-${k}`}
          aria-invalid=${this.errors.invalid(`text-${k}`)}
          aria-describedby=${this.errors.describedBy(`text-${k}`)}
          maxlength=${SURVEY_LIMITS.questionTextMax}
          .value=${question.text}
          @input=${(e: Event) => this.change(k, { text: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="row">
        <div class="field">
          <label for=${`kind-${k}`}>${msg('Type svar')}</label>
          <select
            id=${`kind-${k}`}
            @change=${(e: Event) => this.change(k, { kind: (e.target as HTMLSelectElement).value as SurveyQuestionKind })}
          >
            ${SURVEY_QUESTION_KINDS.map(
              (kind) => html`<option value=${kind} ?selected=${question.kind === kind}>${kindLabel(kind)}</option>`,
            )}
          </select>
        </div>
        <label class="choice">
          <input
            type="checkbox"
            .checked=${question.required}
            @change=${(e: Event) => this.change(k, { required: (e.target as HTMLInputElement).checked })}
          />
          <span>${msg('Må besvares')}</span>
        </label>
      </div>
      ${
        choice
          ? html`<div class="field">
              <label for=${`options-${k}`}>${msg('Svaralternativer, ett per linje')}</label>
              <textarea
                id=${`options-${k}`}
                .value=${question.options}
                @input=${(e: Event) => this.change(k, { options: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
            </div>`
          : nothing
      }
      ${
        question.kind === 'scale'
          ? html`<div class="row">
              <div class="field">
                <label for=${`min-${k}`}>${msg('Hva 1 betyr')}</label>
                <input
                  type="text"
                  id=${`min-${k}`}
                  maxlength=${SURVEY_LIMITS.scaleLabelMax}
                  .value=${question.scaleMinLabel}
                  @input=${(e: Event) => this.change(k, { scaleMinLabel: (e.target as HTMLInputElement).value })}
                />
              </div>
              <div class="field">
                <label for=${`max-${k}`}>${msg('Hva 5 betyr')}</label>
                <input
                  type="text"
                  id=${`max-${k}`}
                  maxlength=${SURVEY_LIMITS.scaleLabelMax}
                  .value=${question.scaleMaxLabel}
                  @input=${(e: Event) => this.change(k, { scaleMaxLabel: (e.target as HTMLInputElement).value })}
                />
              </div>
            </div>`
          : nothing
      }
      <div class="question-actions">
        <button
          type="button"
          class="button secondary small"
          ?disabled=${index === 0}
          @click=${() => this.move(index, -1)}
        >
          ${msg(str`Flytt spørsmål ${index + 1} opp`)}
        </button>
        <button
          type="button"
          class="button secondary small"
          ?disabled=${index === this.questions.length - 1}
          @click=${() => this.move(index, 1)}
        >
          ${msg(str`Flytt spørsmål ${index + 1} ned`)}
        </button>
        <button
          type="button"
          class="button secondary small"
          ?disabled=${this.questions.length === 1}
          @click=${() => (this.questions = this.questions.filter((q) => q.key !== k))}
        >
          ${msg(str`Fjern spørsmål ${index + 1}`)}
        </button>
      </div>
    </fieldset>`;
  }

  override render() {
    return html`<form novalidate @submit=${this.save} aria-labelledby="editor-heading">
      <h2 id="editor-heading">${this.survey ? msg('Endre utkastet') : msg('Ny undersøkelse')}</h2>
      ${this.errors.renderSummary()}
      <div class="field">
        <label for="survey-title">${msg('Tittel')}</label>
        ${this.errors.renderFieldError('survey-title')}
        <input
          type="text"
          id="survey-title"
          aria-invalid=${this.errors.invalid('survey-title')}
          aria-describedby=${this.errors.describedBy('survey-title')}
          maxlength=${SURVEY_LIMITS.titleMax}
          .value=${this.titleText}
          @input=${(e: Event) => (this.titleText = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="survey-intro">${msg('Innledning (vises over spørsmålene)')}</label>
        ${this.errors.renderFieldError('survey-intro')}
        <textarea
          id="survey-intro"
          aria-invalid=${this.errors.invalid('survey-intro')}
          aria-describedby=${this.errors.describedBy('survey-intro')}
          maxlength=${SURVEY_LIMITS.introMax}
          .value=${this.intro}
          @input=${(e: Event) => (this.intro = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${this.questions.map((question, index) => this.renderQuestion(question, index))}
      <p>
        <button type="button" class="button secondary" @click=${this.add}>${msg('Legg til et spørsmål')}</button>
      </p>
      <p class="actions">
        <button type="submit" class="button" ?disabled=${this.saving}>${msg('Lagre utkastet')}</button>
        <button
          type="button"
          class="button secondary"
          @click=${() => this.dispatchEvent(shEvent('sh-survey-saved', { survey: null }))}
        >
          ${msg('Avbryt')}
        </button>
      </p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-survey-editor': ShSurveyEditor;
  }
}
