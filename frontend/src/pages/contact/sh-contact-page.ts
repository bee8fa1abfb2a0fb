import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { CONTACT_TOPICS, LIMITS, type ContactReplyBy, type ContactTopic } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { characterCount, overLimitText } from '../../text/limit-text.js';
import { OutcomeFocusController } from '../../components/outcome-focus.controller.js';
import '../../components/sh-phone-status.js';
import '../../components/sh-pickup-code.js';
import { appDb, type AppDB, type CodeChoice, type ContactDraftRow, type OutboxRow } from '../../data/app-db.js';
import {
  chooseCodeFate,
  contactProblems,
  dropStaleHeldCodes,
  emptyContactDraft,
  findHeldCode,
  getContactDraft,
  saveContactDraft,
  sendContact,
  type ContactProblem,
  type HeldCode,
} from '../../data/contact.js';
import { AutosaveController } from '../../state/autosave.controller.js';
import { outboxServiceContext } from '../../state/contexts.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import type { OutboxService } from '../../state/outbox.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { contactStyles } from './contact.styles.js';
import { contactErrorText, topicLabel } from './contact-text.js';
import { FormErrorsController } from '../../components/form-errors.controller.js';
import { formatCount } from '../../text/plural.js';
import { trackFirstLoad } from '../../state/first-loads.js';

interface SentState {
  /** The outbox row while it waits or is being sent. */
  outbox: OutboxRow | undefined;
  /** The pick-up code waiting for the person's choice (made on the device at Send). */
  held: HeldCode | undefined;
}

/**
 * /kontakt: says plainly what is stored, for how long and who reads it, then the form. What is
 * typed is a draft on this device (saved ~500 ms after typing stops); Send moves it into the outbox
 * in one transaction. The pick-up code is made on the device, so it is shown at Send, also offline;
 * the person then says they wrote it down (the device forgets it) or chooses to keep it here.
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
  private readonly errors = new FormErrorsController(this, {
    topic: { id: 'topic', label: () => msg('Hva handler det om?') },
    body: { id: 'body', label: () => msg('Meldingen din') },
    email: { id: 'email', label: () => msg('E-postadresse for svaret') },
  });
  /** The mutation id of what was just sent, and how the answer comes. */
  @state() private sent: { mutationId: string; replyBy: ContactReplyBy } | null = null;
  /** What the person chose for the code just shown (for the confirmation line). */
  @state() private chosen: CodeChoice | null = null;

  private readonly autosave = new AutosaveController(
    this,
    () => this.save(),
    () => this.autosaveMs,
  );
  /** After Send: the code box or the confirmation comes into view with focus on its heading. */
  private readonly outcome = new OutcomeFocusController(this);

  private readonly sentState = new LiveQueryController<SentState>(
    this,
    async () => {
      const id = this.sent?.mutationId;
      // Also after a reload: a code sent earlier that still waits for the person's choice.
      const [held, outbox] = await Promise.all([
        findHeldCode(this.db, id),
        id ? this.db.outbox.get(id) : Promise.resolve(undefined),
      ]);
      return { outbox, held };
    },
    () => [this.db, this.sent?.mutationId],
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // A first load: the take-over waits for the draft, so it never shows "Henter utkast …".
    void trackFirstLoad(this.load());
  }

  private async load(): Promise<void> {
    await dropStaleHeldCodes(this.db);
    const draft = await getContactDraft(this.db);
    this.draft = draft ?? emptyContactDraft();
    this.saved = !!draft;
    this.loaded = true;
  }

  private async save(): Promise<void> {
    await saveContactDraft(this.draft, this.db);
    if (!this.autosave.pending) this.saved = true;
  }

  private change(patch: Partial<ContactDraftRow>): void {
    this.draft = { ...this.draft, ...patch };
    this.saved = false;
    this.autosave.schedule();
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const problems = contactProblems(this.draft);
    if (problems.length > 0) {
      const fieldOf = {
        no_topic: 'topic',
        empty_body: 'body',
        too_long: 'body',
        no_email: 'email',
        bad_email: 'email',
      };
      this.errors.show(problems.map((problem) => [fieldOf[problem], this.problemText(problem)]));
      return;
    }
    this.errors.clear();
    this.autosave.cancel();
    const replyBy = this.draft.replyBy;
    const mutationId = await sendContact(this.draft, this.db);
    this.draft = emptyContactDraft();
    this.saved = false;
    this.chosen = null;
    this.sent = { mutationId, replyBy };
    this.outcome.reveal();
    void this.outbox?.flushNow();
  }

  /** The outcome is done with: back to the (empty) form. */
  private async backToForm(): Promise<void> {
    this.outcome.forget();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus();
  }

  private async choose(held: HeldCode, choice: CodeChoice): Promise<void> {
    this.outcome.forget();
    await chooseCodeFate(held.mutationId, choice, this.db);
    this.chosen = choice;
    this.sent = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#code-choice')?.focus();
  }

  private writeAnother(): void {
    this.sent = null;
    void this.backToForm();
  }

  private problemText(problem: ContactProblem): string {
    switch (problem) {
      case 'no_topic':
        return msg('Velg hva meldingen handler om.');
      case 'empty_body':
        return msg('Skriv en melding før du sender.');
      case 'too_long':
        return msg(str`Meldingen kan ha høyst ${formatCount(LIMITS.contactBodyMax)} tegn.`);
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
            'Enten med en hentekode du skriver ned – den vises når du trykker Send, og lagres bare på enheten hvis du velger det – eller på e-post. Velger du e-post, slettes adressen når svaret er sendt.',
          )}
        </dd>
      </dl>
    </section>`;
  }

  private renderCode(held: HeldCode, outbox: OutboxRow | undefined) {
    const offline = !navigator.onLine || (outbox?.attempts ?? 0) > 0;
    const status = held.sent
      ? msg('Meldingen din er kommet fram.')
      : offline
        ? msg('Meldingen sendes når du er på nett igjen. Koden gjelder fra da.')
        : msg('Sender meldingen …');
    return html`<section class="code-box" data-outcome aria-labelledby="code-heading">
      <h2 id="code-heading" tabindex="-1">${msg('Skriv ned koden')}</h2>
      <p role="status">${status}</p>
      <p>
        ${msg(
          'Med denne koden henter du svaret. Skriv den ned et sted bare du ser. Vi kan ikke finne den igjen for deg.',
        )}
      </p>
      <sh-pickup-code code=${held.code}></sh-pickup-code>
      <p>
        ${msg(
          'Koden blir ikke lagret på denne enheten med mindre du velger det. Alle som bruker enheten, kan da lese samtalen under «Mine samtaler».',
        )}
      </p>
      <div class="actions">
        <button type="button" class="button" data-choice="written" @click=${() => this.choose(held, 'written')}>
          ${msg('Jeg har skrevet ned koden')}
        </button>
        <button type="button" class="button secondary" data-choice="keep" @click=${() => this.choose(held, 'keep')}>
          ${msg('Behold koden på denne enheten')}
        </button>
      </div>
    </section>`;
  }

  private renderChosen() {
    if (!this.chosen) return nothing;
    return html`<div class="notice" id="code-choice" tabindex="-1" role="status">
      <p>
        ${
          this.chosen === 'keep'
            ? html`${msg('Samtalen er lagret på denne enheten.')}
                <a href="/kontakt/samtaler">${msg('Gå til Mine samtaler')}</a>`
            : msg('Koden er ikke lagret på denne enheten. Bruk koden du skrev ned for å hente svaret.')
        }
      </p>
    </div>`;
  }

  private renderSent() {
    const sent = this.sent;
    const state = this.sentState.value;
    if (!sent || !state) return nothing;
    if (state.outbox) {
      const offline = !navigator.onLine || state.outbox.attempts > 0;
      return html`<section class="notice" data-outcome role="status" aria-labelledby="outcome-heading">
        <h2 class="outcome-title" id="outcome-heading" tabindex="-1">
          ${offline ? msg('Sendes når du er på nett igjen.') : msg('Sender meldingen …')}
        </h2>
        <p>
          ${msg(
            'Meldingen ligger trygt i utboksen på denne enheten. Du kan lukke appen; den sendes neste gang du åpner den med nett.',
          )}
        </p>
      </section>`;
    }
    if (sent.replyBy === 'email') {
      return html`<section class="notice" data-outcome role="status" aria-labelledby="outcome-heading">
        <h2 class="outcome-title" id="outcome-heading" tabindex="-1">${msg('Meldingen er sendt.')}</h2>
        <p>${msg('Svaret kommer på e-post. Adressen din slettes når svaret er sendt.')}</p>
        <p>
          <button type="button" class="link-button" @click=${this.writeAnother}>${msg('Skriv en ny melding')}</button>
        </p>
      </section>`;
    }
    return nothing;
  }

  private renderForm() {
    const draft = this.draft;
    const errors = this.errors;
    const length = draft.body.length;
    const over = draft.body.trim().length > LIMITS.contactBodyMax;
    return html`<form novalidate @submit=${this.send} aria-labelledby="form-heading">
      <h2 id="form-heading" tabindex="-1">${msg('Skriv meldingen din')}</h2>
      ${
        draft.serverError
          ? html`<div class="error-box" role="alert">
              <p><strong>${msg('Meldingen ble ikke tatt imot:')}</strong> ${contactErrorText(draft.serverError)}</p>
              <p>${msg('Teksten din er tatt vare på her. Rett den og send på nytt.')}</p>
            </div>`
          : nothing
      }
      ${errors.renderSummary()}
      <div class="field">
        <label for="topic">${msg('Hva handler det om?')}</label>
        ${errors.renderFieldError('topic')}
        <select
          id="topic"
          .value=${draft.topic}
          aria-invalid=${errors.invalid('topic')}
          aria-describedby=${errors.describedBy('topic')}
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
        ${errors.renderFieldError('body')}
        <textarea
          id="body"
          .value=${draft.body}
          aria-describedby=${errors.describedBy('body', 'body-hint body-count')}
          aria-invalid=${over ? 'true' : errors.invalid('body')}
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
                ${errors.renderFieldError('email')}
                <input
                  id="email"
                  type="email"
                  autocomplete="email"
                  .value=${draft.email}
                  aria-invalid=${errors.invalid('email')}
                  aria-describedby=${errors.describedBy('email')}
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
      ${over ? html`<p class="error-box" id="send-blocked">${overLimitText(draft.body.trim().length, LIMITS.contactBodyMax)}</p>` : nothing}
      <div class="actions">
        <button
          type="submit"
          class="button"
          id="send"
          ?disabled=${over}
          aria-describedby=${over ? 'send-blocked' : nothing}
        >
          ${msg('Send')}
        </button>
        <a href="/kontakt/samtaler">${msg('Mine samtaler')}</a>
      </div>
      <p class="private">
        ${msg('Utkastet lagres bare på denne enheten mens du skriver. Ingenting sendes før du trykker Send.')}
      </p>
    </form>`;
  }

  override render() {
    const held = this.sentState.value?.held;
    return html`
      <h1 tabindex="-1">${msg('Snakk med en rådgiver')}</h1>
      <p class="lead">
        ${msg(
          'Mange som har kjøpt sex, har aldri fortalt det til noen. Her kan du skrive om det du lurer på eller strever med – uten å si hvem du er.',
        )}
      </p>
      <sh-phone-status .db=${this.db}></sh-phone-status>
      ${held ? this.renderCode(held, this.sentState.value?.outbox) : this.renderSent()} ${this.renderChosen()}
      ${this.renderFacts()} ${this.loaded ? this.renderForm() : html`<p class="meta">${msg('Henter utkast …')}</p>`}
      <p><a href="/sporsmal-og-svar">${msg('Les spørsmål andre har stilt, og svarene')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-contact-page': ShContactPage;
  }
}
