import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { CONTACT_TOPICS, LIMITS, type ContactReplyBy, type ContactTopic } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { characterCount } from '../../app/forum-text.js';
import '../../components/sh-phone-status.js';
import '../../components/sh-pickup-code.js';
import {
  appDb,
  type AppDB,
  type ContactConversationRow,
  type ContactDraftRow,
  type OutboxRow,
} from '../../data/app-db.js';
import {
  contactProblem,
  emptyContactDraft,
  getContactDraft,
  markCodeShown,
  saveContactDraft,
  sendContact,
  type ContactProblem,
} from '../../data/contact.js';
import { outboxServiceContext } from '../../state/contexts.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import type { OutboxService } from '../../state/outbox.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { contactStyles } from './contact.styles.js';
import { contactErrorText, topicLabel } from './contact-text.js';

interface SentState {
  /** The outbox row while it waits or is being sent. */
  outbox: OutboxRow | undefined;
  /** The conversation once the server answered with a pick-up code. */
  conversation: ContactConversationRow | undefined;
}

/**
 * /kontakt: says plainly what is stored, for how long and who reads it, then the form. What is
 * typed is a draft on this device (saved ~500 ms after typing stops); Send moves it into the outbox
 * in one transaction. The pick-up code is shown once the server has answered, also if that
 * happens later (the message was written offline).
 */
@localized()
@customElement('sh-contact-page')
export class ShContactPage extends LitElement {
  static override styles = [pageStyles, formStyles, contactStyles];

  /** Database; tests pass their own. */
  @property({ attribute: false }) db: AppDB = appDb;

  /** Milliseconds of quiet before the draft is saved. */
  @property({ type: Number, attribute: false }) autosaveMs = 500;

  @consume({ context: outboxServiceContext })
  @property({ attribute: false })
  outbox?: OutboxService;

  @state() private draft: ContactDraftRow = emptyContactDraft();
  @state() private loaded = false;
  @state() private saved = false;
  @state() private problem: ContactProblem | null = null;
  /** The mutation id of what was just sent, and how the answer comes. */
  @state() private sent: { mutationId: string; replyBy: ContactReplyBy } | null = null;

  private timer: ReturnType<typeof setTimeout> | null = null;
  private shownCode: string | null = null;

  private readonly sentState = new LiveQueryController<SentState>(
    this,
    async () => {
      const id = this.sent?.mutationId;
      const unshown = (await this.db.contactConversations.toArray()).filter((row) => !row.codeShown);
      if (!id) return { outbox: undefined, conversation: unshown[0] };
      const conversation = (await this.db.contactConversations.where('mutationId').equals(id).first()) ?? unshown[0];
      return { outbox: await this.db.outbox.get(id), conversation };
    },
    () => [this.db, this.sent?.mutationId],
  );

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.flushSave);
    void this.load();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pagehide', this.flushSave);
    void this.flushSave();
    if (this.shownCode) void markCodeShown(this.shownCode, this.db);
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    const draft = await getContactDraft(this.db);
    this.draft = draft ?? emptyContactDraft();
    this.saved = !!draft;
    this.loaded = true;
  }

  /** Saves a pending change now. */
  readonly flushSave = async (): Promise<void> => {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    await this.save();
  };

  private async save(): Promise<void> {
    await saveContactDraft(this.draft, this.db);
    if (!this.timer) this.saved = true;
  }

  private change(patch: Partial<ContactDraftRow>): void {
    this.draft = { ...this.draft, ...patch };
    this.problem = null;
    this.saved = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, this.autosaveMs);
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const problem = contactProblem(this.draft);
    if (problem) {
      this.problem = problem;
      await this.updateComplete;
      const target = {
        no_topic: '#topic',
        empty_body: '#body',
        too_long: '#body',
        no_email: '#email',
        bad_email: '#email',
      }[problem];
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const replyBy = this.draft.replyBy;
    const mutationId = await sendContact(this.draft, this.db);
    this.draft = emptyContactDraft();
    this.saved = false;
    this.sent = { mutationId, replyBy };
    void this.outbox?.flushNow();
  }

  private async codeWrittenDown(conversationId: string): Promise<void> {
    this.shownCode = null;
    await markCodeShown(conversationId, this.db);
    this.sent = null;
  }

  private writeAnother(): void {
    this.sent = null;
  }

  private problemText(problem: ContactProblem): string {
    switch (problem) {
      case 'no_topic':
        return msg('Velg hva meldingen handler om.');
      case 'empty_body':
        return msg('Skriv en melding før du sender.');
      case 'too_long':
        return msg(str`Meldingen kan ha høyst ${LIMITS.contactBodyMax.toLocaleString('nb-NO')} tegn.`);
      case 'no_email':
        return msg('Skriv e-postadressen svaret skal sendes til, eller velg svar med kode.');
      default:
        return msg('E-postadressen ser ikke riktig ut.');
    }
  }

  private renderFacts() {
    return html`<section class="facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">${msg('Dette skjer med det du skriver')}</h2>
      <dl>
        <dt>${msg('Hva vi lagrer')}</dt>
        <dd>
          ${msg(
            'Bare meldingen og temaet du velger. Meldingen lagres kryptert. Vi lagrer ikke IP-adressen din, og du trenger ikke oppgi navn.',
          )}
        </dd>
        <dt>${msg('Hvor lenge')}</dt>
        <dd>${msg('Samtalen slettes automatisk 180 dager etter siste melding.')}</dd>
        <dt>${msg('Hvem som leser')}</dt>
        <dd>${msg('Bare tjenestens rådgivere. De har taushetsplikt.')}</dd>
        <dt>${msg('Hvordan du får svar')}</dt>
        <dd>
          ${msg(
            'Enten med en hentekode du skriver ned – den vises bare én gang – eller på e-post. Velger du e-post, slettes adressen når svaret er sendt.',
          )}
        </dd>
      </dl>
    </section>`;
  }

  private renderCode(conversation: ContactConversationRow) {
    this.shownCode = conversation.conversationId;
    return html`<section class="code-box" aria-labelledby="code-heading">
      <h2 id="code-heading" tabindex="-1">${msg('Skriv ned koden')}</h2>
      <p>
        ${msg(
          'Meldingen din er sendt. Med denne koden henter du svaret. Vi viser den bare denne ene gangen, og vi kan ikke finne den igjen for deg.',
        )}
      </p>
      <sh-pickup-code code=${conversation.code}></sh-pickup-code>
      <p>
        ${msg(
          'Koden er også lagret på denne enheten under «Mine samtaler». Alle som har koden, kan lese svaret – fjern den fra enheten hvis andre bruker den.',
        )}
      </p>
      <div class="actions">
        <button type="button" class="button" @click=${() => this.codeWrittenDown(conversation.conversationId)}>
          ${msg('Jeg har skrevet ned koden')}
        </button>
        <a href="/kontakt/samtaler">${msg('Gå til Mine samtaler')}</a>
      </div>
    </section>`;
  }

  private renderSent() {
    const sent = this.sent;
    const state = this.sentState.value;
    if (!sent || !state) return nothing;
    if (state.outbox) {
      const offline = !navigator.onLine || state.outbox.attempts > 0;
      return html`<div class="notice" role="status">
        <p><strong>${offline ? msg('Sendes når du er på nett igjen.') : msg('Sender meldingen …')}</strong></p>
        <p>
          ${msg(
            'Meldingen ligger trygt i utboksen på denne enheten. Du kan lukke appen; den sendes neste gang du åpner den med nett.',
          )}
          ${sent.replyBy === 'pickup' ? msg('Hentekoden vises her når meldingen er kommet fram.') : nothing}
        </p>
      </div>`;
    }
    if (sent.replyBy === 'email') {
      return html`<div class="notice" role="status">
        <p><strong>${msg('Meldingen er sendt.')}</strong></p>
        <p>${msg('Svaret kommer på e-post. Adressen din slettes når svaret er sendt.')}</p>
        <p>
          <button type="button" class="link-button" @click=${this.writeAnother}>${msg('Skriv en ny melding')}</button>
        </p>
      </div>`;
    }
    return nothing;
  }

  private renderForm() {
    const draft = this.draft;
    const length = draft.body.length;
    const over = draft.body.trim().length > LIMITS.contactBodyMax;
    return html`<form novalidate @submit=${this.send} aria-labelledby="form-heading">
      <h2 id="form-heading">${msg('Skriv meldingen din')}</h2>
      ${
        draft.serverError
          ? html`<div class="error-box" role="alert">
              <p><strong>${msg('Meldingen ble ikke tatt imot:')}</strong> ${contactErrorText(draft.serverError)}</p>
              <p>${msg('Teksten din er tatt vare på her. Rett den og send på nytt.')}</p>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="topic">${msg('Hva handler det om?')}</label>
        <select
          id="topic"
          .value=${draft.topic}
          aria-invalid=${this.problem === 'no_topic' ? 'true' : 'false'}
          @change=${(e: Event) => this.change({ topic: (e.target as HTMLSelectElement).value as ContactTopic | '' })}
        >
          <option value="" ?selected=${draft.topic === ''}>${msg('Velg tema')}</option>
          ${CONTACT_TOPICS.map(
            (topic) => html`<option value=${topic} ?selected=${draft.topic === topic}>${topicLabel(topic)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="body">${msg('Meldingen din')}</label>
        <textarea
          id="body"
          .value=${draft.body}
          aria-describedby="body-hint body-count"
          aria-invalid=${over || this.problem === 'empty_body' ? 'true' : 'false'}
          @input=${(e: Event) => this.change({ body: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="hint" id="body-hint">
          ${msg('Skriv med dine egne ord. Du trenger ikke oppgi navn eller andre ting som kan identifisere deg.')}
        </p>
      </div>
      <div class="status-row">
        <span role="status"
          >${this.saved ? msg('Utkastet er lagret på denne enheten') : draft.body ? msg('Lagrer …') : ''}</span
        >
        <span id="body-count" class=${over ? 'over' : ''}>${characterCount(length, LIMITS.contactBodyMax)}</span>
      </div>
      <fieldset>
        <legend>${msg('Hvordan vil du få svar?')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="reply-by"
            value="pickup"
            .checked=${draft.replyBy === 'pickup'}
            @change=${() => this.change({ replyBy: 'pickup' })}
          />
          <span>${msg('Med en hentekode – helt anonymt. Du får koden når meldingen er sendt.')}</span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name="reply-by"
            value="email"
            .checked=${draft.replyBy === 'email'}
            @change=${() => this.change({ replyBy: 'email' })}
          />
          <span>${msg('På e-post. Adressen slettes når svaret er sendt.')}</span>
        </label>
        ${
          draft.replyBy === 'email'
            ? html`<div class="field">
                <label for="email">${msg('E-postadresse for svaret')}</label>
                <input
                  id="email"
                  type="email"
                  autocomplete="email"
                  .value=${draft.email}
                  aria-invalid=${this.problem === 'no_email' || this.problem === 'bad_email' ? 'true' : 'false'}
                  @input=${(e: Event) => this.change({ email: (e.target as HTMLInputElement).value })}
                />
              </div>`
            : nothing
        }
      </fieldset>
      <label class="choice">
        <input
          id="consent"
          type="checkbox"
          .checked=${draft.publishConsent}
          @change=${(e: Event) => this.change({ publishConsent: (e.target as HTMLInputElement).checked })}
        />
        <span>
          ${msg('Dere kan bruke spørsmålet mitt, anonymisert, i Spørsmål og svar')}
          <span class="hint">${msg('(valgfritt – du blir spurt igjen før noe publiseres)')}</span>
        </span>
      </label>
      ${this.problem ? html`<p class="error-box" role="alert">${this.problemText(this.problem)}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="button" id="send">${msg('Send')}</button>
        <a href="/kontakt/samtaler">${msg('Mine samtaler')}</a>
      </div>
      <p class="private">
        ${msg('Utkastet lagres bare på denne enheten mens du skriver. Ingenting sendes før du trykker Send.')}
      </p>
    </form>`;
  }

  override render() {
    this.shownCode = null;
    const conversation = this.sentState.value?.conversation;
    return html`
      <h1 tabindex="-1">${msg('Snakk med en rådgiver')}</h1>
      <p class="lead">
        ${msg(
          'Mange som har kjøpt sex, har aldri fortalt det til noen. Her kan du skrive om det du lurer på eller strever med – uten å si hvem du er.',
        )}
      </p>
      <sh-phone-status .db=${this.db}></sh-phone-status>
      ${conversation ? this.renderCode(conversation) : this.renderSent()} ${this.renderFacts()}
      ${this.loaded ? this.renderForm() : html`<p class="meta">${msg('Henter utkast …')}</p>`}
      <p><a href="/sporsmal-og-svar">${msg('Les spørsmål andre har stilt, og svarene')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-contact-page': ShContactPage;
  }
}
