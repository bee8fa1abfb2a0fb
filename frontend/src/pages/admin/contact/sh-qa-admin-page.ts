import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { QA_ANSWER_MAX, QA_QUESTION_MAX, type QaAdminDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../../text/format.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import { fetchAdminQas, setQaPublished, updateQa } from '../../../data/qa.js';
import { sessionStateContext } from '../../../state/contexts.js';
import type { SessionState } from '../../../state/session.service.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { contactStyles } from '../../contact/contact.styles.js';
import { topicLabel } from '../../contact/contact-text.js';
import { inboxStyles } from './inbox.styles.js';
import { hasStaffRole, staffGate } from '../staff-gate.js';
import { StaffLoadController } from '../staff-load.controller.js';
import { FormErrorsController } from '../../../components/form-errors.controller.js';
import { characterCount } from '../../../text/limit-text.js';
import { qaFields, qaProblems } from './qa-fields.js';

function approvalText(qa: QaAdminDto): string {
  if (qa.status === 'published' && qa.publishedAt) return msg(str`Publisert ${formatDate(qa.publishedAt)}`);
  if (qa.personApprovedAt) return msg(str`Personen godkjente teksten ${formatDate(qa.personApprovedAt)}`);
  return msg('Venter på at personen godkjenner teksten (de ser den under «Mine samtaler»)');
}

/**
 * /admin/sporsmal-og-svar: anonymised questions and answers made from conversations. Counsellors
 * see them; editors correct the wording, then publish once the person has approved that exact text.
 */
@localized()
@customElement('sh-qa-admin-page')
export class ShQaAdminPage extends LitElement {
  static override styles = [pageStyles, formStyles, contactStyles, inboxStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @state() private qas: QaAdminDto[] | null = null;
  @state() private edits: Record<string, { question: string; answer: string }> = {};
  @state() private loadFailed = false;
  /** Each card's errors: its wording form's fields, or a refused publish/unpublish (no field). */
  private readonly errors = new Map<string, FormErrorsController>();

  constructor() {
    super();
    new StaffLoadController(this, { roles: ['editor', 'counsellor'], load: () => this.load() });
  }

  private async load(): Promise<void> {
    try {
      this.qas = await fetchAdminQas(this.fetchFn);
      this.loadFailed = false;
    } catch {
      this.loadFailed = true;
    }
  }

  private errorsFor(id: string): FormErrorsController {
    let errors = this.errors.get(id);
    if (!errors) {
      errors = new FormErrorsController(
        this,
        qaFields(
          { question: `q-${id}`, answer: `a-${id}` },
          { question: () => msg('Spørsmålet'), answer: () => msg('Svaret') },
        ),
      );
      this.errors.set(id, errors);
    }
    return errors;
  }

  private replace(next: QaAdminDto): void {
    this.qas = (this.qas ?? []).map((qa) => (qa.id === next.id ? next : qa));
    this.stopEditing(next.id);
  }

  private startEditing(qa: QaAdminDto): void {
    this.errorsFor(qa.id).clear();
    this.edits = { ...this.edits, [qa.id]: { question: qa.question, answer: qa.answer } };
  }

  private stopEditing(id: string): void {
    this.errorsFor(id).clear();
    const { [id]: _dropped, ...rest } = this.edits;
    this.edits = rest;
  }

  private async run(id: string, action: () => Promise<QaAdminDto>): Promise<void> {
    const errors = this.errorsFor(id);
    errors.clear();
    try {
      this.replace(await action());
    } catch (error) {
      if (error instanceof ApiError) errors.showError(error);
      else errors.show([[null, msg('Fikk ikke kontakt med serveren. Ingenting er endret; prøv igjen.')]]);
    }
  }

  /** Typing in one field keeps what is in the other (from the state, not the last render). */
  private patch(id: string, patch: Partial<{ question: string; answer: string }>): void {
    const edit = this.edits[id];
    if (edit) this.edits = { ...this.edits, [id]: { ...edit, ...patch } };
  }

  private save(event: Event, id: string): void {
    event.preventDefault();
    const edit = this.edits[id];
    if (!edit) return;
    const problems = qaProblems(edit.question, edit.answer);
    if (problems.length > 0) {
      this.errorsFor(id).show(problems);
      return;
    }
    const wording = { id, question: edit.question.trim(), answer: edit.answer.trim() };
    void this.run(id, () => updateQa(wording, this.fetchFn));
  }

  private renderEdit(qa: QaAdminDto, edit: { question: string; answer: string }) {
    const errors = this.errorsFor(qa.id);
    const q = `q-${qa.id}`;
    const a = `a-${qa.id}`;
    return html`<form novalidate @submit=${(event: Event) => this.save(event, qa.id)}>
      ${errors.renderSummary()}
      <div class="field">
        <label for=${q}>${msg('Spørsmålet')}</label>
        ${errors.renderFieldError(q)}
        <textarea
          id=${q}
          aria-invalid=${errors.invalid(q)}
          aria-describedby=${errors.describedBy(q, `${q}-count`)}
          .value=${edit.question}
          @input=${(e: Event) => this.patch(qa.id, { question: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="hint" id=${`${q}-count`}>${characterCount(edit.question.length, QA_QUESTION_MAX)}</p>
      </div>
      <div class="field">
        <label for=${a}>${msg('Svaret')}</label>
        ${errors.renderFieldError(a)}
        <textarea
          id=${a}
          aria-invalid=${errors.invalid(a)}
          aria-describedby=${errors.describedBy(a, `${a}-count`)}
          .value=${edit.answer}
          @input=${(e: Event) => this.patch(qa.id, { answer: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="hint" id=${`${a}-count`}>${characterCount(edit.answer.length, QA_ANSWER_MAX)}</p>
      </div>
      <p class="meta">${msg('Ny ordlyd må godkjennes av personen igjen før den kan publiseres.')}</p>
      <p class="actions">
        <button type="submit" class="button">${msg('Lagre ordlyden')}</button>
        <button type="button" class="button secondary" @click=${() => this.stopEditing(qa.id)}>${msg('Avbryt')}</button>
      </p>
    </form>`;
  }

  private renderQa(qa: QaAdminDto, canEdit: boolean) {
    const edit = this.edits[qa.id];
    const headingId = `qa-${qa.id}`;
    return html`<li class="card">
      <article aria-labelledby=${headingId}>
        <h2 id=${headingId}>${topicLabel(qa.topic)}</h2>
        <p class="meta">${approvalText(qa)}</p>
        ${
          edit && canEdit
            ? this.renderEdit(qa, edit)
            : html`<h3>${msg('Spørsmålet')}</h3>
                <p class="prewrap" lang="nb">${qa.question}</p>
                <h3>${msg('Svaret')}</h3>
                <p class="prewrap" lang="nb">${qa.answer}</p>
                ${canEdit ? html`${this.errorsFor(qa.id).renderSummary()}${this.renderActions(qa)}` : nothing}`
        }
      </article>
    </li>`;
  }

  private renderActions(qa: QaAdminDto) {
    if (qa.status === 'published') {
      return html`<p class="actions">
        <button
          type="button"
          class="button secondary"
          @click=${() => this.run(qa.id, () => setQaPublished(qa.id, false, this.fetchFn))}
        >
          ${msg('Avpubliser')}
        </button>
      </p>`;
    }
    return html`<p class="actions">
      <button
        type="button"
        class="button"
        ?disabled=${!qa.personApprovedAt}
        @click=${() => this.run(qa.id, () => setQaPublished(qa.id, true, this.fetchFn))}
      >
        ${msg('Publiser')}
      </button>
      <button type="button" class="button secondary" @click=${() => this.startEditing(qa)}>
        ${msg('Endre ordlyden')}
      </button>
    </p>`;
  }

  override render() {
    const gate = staffGate(this.session, ['editor', 'counsellor'], navigator.onLine);
    const canEdit = hasStaffRole(this.session, ['editor']);
    return html`
      <h1 tabindex="-1">${msg('Spørsmål og svar – redaksjon')}</h1>
      ${
        gate ??
        html`<p>
            ${msg(
              'Rådgivere lager utkast fra samtaler der personen har sagt ja. Personen godkjenner den nøyaktige teksten før en redaktør kan publisere den.',
            )}
          </p>
          ${
            this.loadFailed
              ? html`<p class="error-box" role="alert">
                  ${msg('Fikk ikke hentet listen. Sjekk nettet og prøv igjen.')}
                </p>`
              : this.qas === null
                ? html`<p class="meta">${msg('Henter …')}</p>`
                : this.qas.length === 0
                  ? html`<p>${msg('Ingen spørsmål og svar ennå.')}</p>`
                  : html`<ul class="plain">
                      ${this.qas.map((qa) => this.renderQa(qa, canEdit))}
                    </ul>`
          }`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-qa-admin-page': ShQaAdminPage;
  }
}
