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
import { errorText } from '../../../text/error-text.js';

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
  @state() private problems: Record<string, string> = {};
  @state() private loadFailed = false;

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

  private replace(next: QaAdminDto): void {
    this.qas = (this.qas ?? []).map((qa) => (qa.id === next.id ? next : qa));
    const { [next.id]: _done, ...rest } = this.edits;
    this.edits = rest;
  }

  private async run(id: string, action: () => Promise<QaAdminDto>): Promise<void> {
    this.problems = { ...this.problems, [id]: '' };
    try {
      this.replace(await action());
    } catch (error) {
      const text = error instanceof ApiError ? errorText(error) : msg('Fikk ikke kontakt med serveren. Prøv igjen.');
      this.problems = { ...this.problems, [id]: text };
    }
  }

  private renderQa(qa: QaAdminDto, canEdit: boolean) {
    const edit = this.edits[qa.id];
    const headingId = `qa-${qa.id}`;
    return html`<li class="card">
      <article aria-labelledby=${headingId}>
        <h2 id=${headingId}>${topicLabel(qa.topic)}</h2>
        <p class="meta">${approvalText(qa)}</p>
        ${
          edit
            ? html`<div class="field">
                  <label for=${`q-${qa.id}`}>${msg('Spørsmålet')}</label>
                  <textarea
                    id=${`q-${qa.id}`}
                    maxlength=${QA_QUESTION_MAX}
                    .value=${edit.question}
                    @input=${(e: Event) =>
                      (this.edits = {
                        ...this.edits,
                        [qa.id]: { ...edit, question: (e.target as HTMLTextAreaElement).value },
                      })}
                  ></textarea>
                </div>
                <div class="field">
                  <label for=${`a-${qa.id}`}>${msg('Svaret')}</label>
                  <textarea
                    id=${`a-${qa.id}`}
                    maxlength=${QA_ANSWER_MAX}
                    .value=${edit.answer}
                    @input=${(e: Event) =>
                      (this.edits = {
                        ...this.edits,
                        [qa.id]: { ...edit, answer: (e.target as HTMLTextAreaElement).value },
                      })}
                  ></textarea>
                </div>
                <p class="meta">${msg('Ny ordlyd må godkjennes av personen igjen før den kan publiseres.')}</p>`
            : html`<h3>${msg('Spørsmålet')}</h3>
                <p class="prewrap" lang="nb">${qa.question}</p>
                <h3>${msg('Svaret')}</h3>
                <p class="prewrap" lang="nb">${qa.answer}</p>`
        }
        ${this.problems[qa.id] ? html`<p class="error-box" role="alert">${this.problems[qa.id]}</p>` : nothing}
        ${canEdit ? this.renderActions(qa, edit) : nothing}
      </article>
    </li>`;
  }

  private renderActions(qa: QaAdminDto, edit: { question: string; answer: string } | undefined) {
    if (edit) {
      return html`<p class="actions">
        <button
          type="button"
          class="button"
          @click=${() => this.run(qa.id, () => updateQa({ id: qa.id, ...edit }, this.fetchFn))}
        >
          ${msg('Lagre ordlyden')}
        </button>
        <button
          type="button"
          class="button secondary"
          @click=${() => {
            const { [qa.id]: _dropped, ...rest } = this.edits;
            this.edits = rest;
          }}
        >
          ${msg('Avbryt')}
        </button>
      </p>`;
    }
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
      <button
        type="button"
        class="button secondary"
        @click=${() => (this.edits = { ...this.edits, [qa.id]: { question: qa.question, answer: qa.answer } })}
      >
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
