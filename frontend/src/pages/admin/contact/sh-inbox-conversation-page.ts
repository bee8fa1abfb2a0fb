import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LIMITS, type CounsellorConversationDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../../text/format.js';
import { characterCount, overLimitText } from '../../../text/limit-text.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import {
  addConversationNote,
  answerConversation,
  closeConversation,
  fetchCounsellorConversation,
} from '../../../data/inbox.js';
import { createQaDraft } from '../../../data/qa.js';
import { sessionStateContext } from '../../../state/contexts.js';
import type { SessionState } from '../../../state/session.service.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { contactStyles } from '../../contact/contact.styles.js';
import { statusLabel, topicLabel } from '../../contact/contact-text.js';
import { inboxStyles } from './inbox.styles.js';
import { staffGate } from '../staff-gate.js';
import { StaffLoadController } from '../staff-load.controller.js';
import { FormErrorsController, requestErrorText } from '../../../components/form-errors.controller.js';
import { qaFields, qaProblems } from './qa-fields.js';
import { formatCount } from '../../../text/plural.js';

type Action = 'answer' | 'note' | 'close' | 'qa';

/** /admin/kontakt/:id: read, answer, add internal notes, close, and draft a Q&A when the person agreed. */
@localized()
@customElement('sh-inbox-conversation-page')
export class ShInboxConversationPage extends LitElement {
  static override styles = [pageStyles, formStyles, contactStyles, inboxStyles];

  @property() conversationId = '';
  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @state() private conversation: CounsellorConversationDto | null = null;
  @state() private loadError: string | null = null;
  @state() private answer = '';
  @state() private note = '';
  @state() private question = '';
  @state() private qaAnswer = '';
  @state() private busy: Action | null = null;
  @state() private done: Action | null = null;
  /** The answer form's and the notes form's errors: the server names the text `body` in both. */
  private readonly answerErrors = new FormErrorsController(this, {
    body: { id: 'answer', label: () => msg('Ditt svar') },
  });
  private readonly noteErrors = new FormErrorsController(this, {
    body: { id: 'note', label: () => msg('Nytt notat') },
  });
  private readonly qaErrors = new FormErrorsController(
    this,
    qaFields(
      { question: 'qa-question', answer: 'qa-answer' },
      { question: () => msg('Spørsmål (anonymisert)'), answer: () => msg('Svar') },
    ),
  );
  /** «Lukk samtalen» is a button, not a form: its failure has no field, only what went wrong. */
  private readonly closeErrors = new FormErrorsController(this, {});

  constructor() {
    super();
    new StaffLoadController(this, { roles: ['counsellor'], load: () => this.load(), key: () => this.conversationId });
  }

  private async load(): Promise<void> {
    try {
      this.conversation = await fetchCounsellorConversation(this.conversationId, this.fetchFn);
      this.loadError = null;
    } catch (error) {
      this.loadError =
        error instanceof ApiError && (error.status === 404 || error.code === 'invalid_id')
          ? msg('Samtalen finnes ikke (den kan være slettet).')
          : msg('Fikk ikke hentet samtalen. Sjekk nettet og prøv igjen.');
    }
  }

  private async run(action: Action, call: () => Promise<CounsellorConversationDto | unknown>): Promise<void> {
    this.busy = action;
    this.done = null;
    for (const errors of [this.answerErrors, this.noteErrors, this.qaErrors, this.closeErrors]) errors.clear();
    try {
      const result = await call();
      if (action !== 'qa') this.conversation = result as CounsellorConversationDto;
      this.done = action;
      if (action === 'answer') this.answer = '';
      if (action === 'note') this.note = '';
    } catch (error) {
      if (action === 'close') {
        this.closeErrors.show([[null, requestErrorText(error)]]);
        return;
      }
      const errors = { answer: this.answerErrors, note: this.noteErrors, qa: this.qaErrors }[action];
      if (error instanceof ApiError) errors.showError(error);
      else errors.show([[null, msg('Fikk ikke kontakt med serveren. Ingenting er lagret; prøv igjen.')]]);
    } finally {
      this.busy = null;
    }
  }

  /** What is wrong with an answer or a note before sending, or null. */
  private textProblem(body: string, empty: string, tooLong: string): string | null {
    if (!body) return empty;
    return body.length > LIMITS.contactBodyMax ? tooLong : null;
  }

  private submitAnswer(event: Event): void {
    event.preventDefault();
    const body = this.answer.trim();
    const max = formatCount(LIMITS.contactBodyMax);
    const problem = this.textProblem(
      body,
      msg('Skriv et svar før du sender.'),
      msg(str`Svaret kan ha høyst ${max} tegn.`),
    );
    if (problem) {
      this.noteErrors.clear();
      this.answerErrors.show([['body', problem]]);
      return;
    }
    void this.run('answer', () => answerConversation(this.conversationId, body, this.fetchFn));
  }

  private submitNote(event: Event): void {
    event.preventDefault();
    const body = this.note.trim();
    const max = formatCount(LIMITS.contactBodyMax);
    const problem = this.textProblem(
      body,
      msg('Skriv notatet før du lagrer det.'),
      msg(str`Notatet kan ha høyst ${max} tegn.`),
    );
    if (problem) {
      this.answerErrors.clear();
      this.noteErrors.show([['body', problem]]);
      return;
    }
    void this.run('note', () => addConversationNote(this.conversationId, body, this.fetchFn));
  }

  private submitQa(event: Event): void {
    event.preventDefault();
    const problems = qaProblems(this.question, this.qaAnswer);
    if (problems.length > 0) {
      this.qaErrors.show(problems);
      return;
    }
    const question = this.question.trim();
    const answer = this.qaAnswer.trim();
    void this.run('qa', () => createQaDraft(this.conversationId, { question, answer }, this.fetchFn));
  }

  private deliveryHint(c: CounsellorConversationDto): string {
    if (c.replyBy === 'pickup') return msg('Svaret venter her til personen henter det med hentekoden sin.');
    if (c.emailPending) return msg('Svaret sendes på e-post med en gang. Adressen slettes når det er sendt.');
    return msg('E-postadressen er slettet etter forrige svar, så et nytt svar kan ikke nå fram på e-post.');
  }

  private renderAnswerForm(c: CounsellorConversationDto) {
    if (c.status === 'closed') return html`<p class="meta">${msg('Samtalen er lukket.')}</p>`;
    const blocked = c.replyBy === 'email' && !c.emailPending;
    const over = this.answer.length > LIMITS.contactBodyMax;
    const errors = this.answerErrors;
    return html`<section aria-labelledby="answer-heading">
      <h2 id="answer-heading">${msg('Svar')}</h2>
      <p class="notice">${this.deliveryHint(c)}</p>
      ${this.done === 'answer' ? html`<p class="notice" role="status">${msg('Svaret er lagret.')}</p>` : nothing}
      <form @submit=${this.submitAnswer} novalidate>
        ${errors.renderSummary()}
        <div class="field">
          <label for="answer">${msg('Ditt svar')}</label>
          ${errors.renderFieldError('answer')}
          <textarea
            id="answer"
            .value=${this.answer}
            ?disabled=${blocked}
            aria-invalid=${over ? 'true' : errors.invalid('answer')}
            aria-describedby=${errors.describedBy('answer', 'answer-count')}
            @input=${(e: Event) => (this.answer = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p class="hint" id="answer-count">${characterCount(this.answer.length, LIMITS.contactBodyMax)}</p>
        </div>
        ${
          over
            ? html`<p class="error-box" id="send-blocked">
                ${overLimitText(this.answer.length, LIMITS.contactBodyMax)}
              </p>`
            : nothing
        }
        <div class="actions">
          <button
            type="submit"
            class="button"
            ?disabled=${blocked || over || this.busy !== null}
            aria-describedby=${over ? 'send-blocked' : nothing}
          >
            ${msg('Send svar')}
          </button>
          <button
            type="button"
            class="button secondary"
            ?disabled=${this.busy !== null}
            @click=${() => this.run('close', () => closeConversation(this.conversationId, this.fetchFn))}
          >
            ${msg('Lukk samtalen')}
          </button>
        </div>
        ${this.closeErrors.renderSummary(msg('Samtalen ble ikke lukket'))}
      </form>
    </section>`;
  }

  private renderNotes(c: CounsellorConversationDto) {
    return html`<section aria-labelledby="notes-heading">
      <h2 id="notes-heading">${msg('Interne notater')}</h2>
      <p class="hint">${msg('Bare rådgiverne ser notatene. Personen ser dem aldri.')}</p>
      ${
        c.notes.length
          ? html`<ul class="messages">
              ${c.notes.map(
                (n) =>
                  html`<li class="note">
                    <span class="who"
                      >${n.authorAlias ?? msg('Tidligere ansatt')} · ${formatDate(n.createdAt)}
                      ${formatTime(n.createdAt)}</span
                    ><span class="body">${n.body}</span>
                  </li>`,
              )}
            </ul>`
          : html`<p class="meta">${msg('Ingen notater ennå.')}</p>`
      }
      <form @submit=${this.submitNote} novalidate>
        ${this.noteErrors.renderSummary()}
        <div class="field">
          <label for="note">${msg('Nytt notat')}</label>
          ${this.noteErrors.renderFieldError('note')}
          <textarea
            id="note"
            class="short"
            aria-invalid=${this.noteErrors.invalid('note')}
            aria-describedby=${this.noteErrors.describedBy('note')}
            .value=${this.note}
            @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <button type="submit" class="button secondary" ?disabled=${this.busy !== null}>${msg('Lagre notat')}</button>
      </form>
    </section>`;
  }

  private renderQa(c: CounsellorConversationDto) {
    if (!c.publishConsent) return nothing;
    const errors = this.qaErrors;
    return html`<section aria-labelledby="qa-heading">
      <h2 id="qa-heading">${msg('Lag spørsmål og svar')}</h2>
      <p class="hint">
        ${msg(
          'Personen har sagt ja til at spørsmålet kan brukes anonymisert. Skriv om alt som kan identifisere noen. En redaktør godkjenner før noe publiseres.',
        )}
      </p>
      ${this.done === 'qa' ? html`<p class="notice" role="status">${msg('Utkastet er lagret og venter på en redaktør.')}</p>` : nothing}
      <form @submit=${this.submitQa} novalidate>
        ${errors.renderSummary()}
        <div class="field">
          <label for="qa-question">${msg('Spørsmål (anonymisert)')}</label>
          ${errors.renderFieldError('qa-question')}
          <textarea
            id="qa-question"
            class="short"
            aria-invalid=${errors.invalid('qa-question')}
            aria-describedby=${errors.describedBy('qa-question')}
            .value=${this.question}
            @input=${(e: Event) => (this.question = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <div class="field">
          <label for="qa-answer">${msg('Svar')}</label>
          ${errors.renderFieldError('qa-answer')}
          <textarea
            id="qa-answer"
            aria-invalid=${errors.invalid('qa-answer')}
            aria-describedby=${errors.describedBy('qa-answer')}
            .value=${this.qaAnswer}
            @input=${(e: Event) => (this.qaAnswer = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <button type="submit" class="button secondary" ?disabled=${this.busy !== null}>${msg('Lagre utkast')}</button>
      </form>
    </section>`;
  }

  private renderConversation(c: CounsellorConversationDto) {
    return html`
      <p class="meta">
        ${statusLabel(c.status)} · ${msg(str`Startet ${formatDate(c.createdAt)}`)} ·
        ${c.replyBy === 'email' ? msg('Svar på e-post') : msg('Svar med hentekode')}
      </p>
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">${msg('Meldinger')}</h2>
        <ol class="messages" lang="nb">
          ${c.messages.map(
            (m) =>
              html`<li class=${m.from}>
                <span class="who"
                  >${m.from === 'counsellor' ? (m.counsellorAlias ?? msg('Rådgiver')) : msg('Personen')} ·
                  ${formatDate(m.sentAt)} ${formatTime(m.sentAt)}</span
                ><span class="body">${m.body}</span>
              </li>`,
          )}
        </ol>
      </section>
      ${this.renderAnswerForm(c)} ${this.renderNotes(c)} ${this.renderQa(c)}
    `;
  }

  override render() {
    const gate = staffGate(this.session, ['counsellor'], navigator.onLine);
    const c = this.conversation;
    return html`
      <p><a href="/admin/kontakt">${msg('Tilbake til innboksen')}</a></p>
      <h1 tabindex="-1">${c ? topicLabel(c.topic) : msg('Samtale')}</h1>
      ${
        gate ??
        (this.loadError
          ? html`<p class="error-box" role="alert">${this.loadError}</p>`
          : c
            ? this.renderConversation(c)
            : html`<p class="meta">${msg('Henter …')}</p>`)
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-inbox-conversation-page': ShInboxConversationPage;
  }
}
