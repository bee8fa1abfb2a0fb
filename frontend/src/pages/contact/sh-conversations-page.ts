import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LIMITS, type ContactReplyPayload, type ConversationDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../text/format.js';
import { characterCount, overLimitText } from '../../text/limit-text.js';
import '../../components/sh-pickup-code.js';
import '../../components/sh-qa-approval.js';
import { FormErrorsController } from '../../components/form-errors.controller.js';
import { ApiError, type FetchFn } from '../../data/api.js';
import { appDb, type AppDB, type ContactConversationRow, type OutboxRow } from '../../data/app-db.js';
import {
  decideQa,
  listContactConversations,
  listContactOutbox,
  openConversationByCode,
  refreshConversation,
  removeConversation,
  sendContactReply,
} from '../../data/contact.js';
import { outboxServiceContext } from '../../state/contexts.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import type { OutboxService } from '../../state/outbox.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { contactStyles } from './contact.styles.js';
import { contactErrorText, statusLabel, topicLabel } from './contact-text.js';

interface DeviceConversations {
  conversations: ContactConversationRow[];
  outbox: OutboxRow[];
}

type FetchState = 'loading' | 'ok' | 'offline' | { error: string };

function errorOf(error: unknown): FetchState {
  if (error instanceof ApiError) return { error: contactErrorText({ code: error.code ?? '' }) };
  return 'offline';
}

/**
 * /kontakt/samtaler ("Mine samtaler"): the conversations this device holds codes for. Each is
 * fetched with its code when online (the last copy stays for offline reading); follow-ups go
 * through the outbox as `contact.reply`. A conversation written down elsewhere opens by its code.
 */
@localized()
@customElement('sh-conversations-page')
export class ShConversationsPage extends LitElement {
  static override styles = [pageStyles, formStyles, contactStyles];

  /** Database and fetch; tests pass their own. */
  @property({ attribute: false }) db: AppDB = appDb;
  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: outboxServiceContext })
  @property({ attribute: false })
  outbox?: OutboxService;

  @state() private fetchStates: Record<string, FetchState> = {};
  @state() private replies: Record<string, string> = {};
  /** Per conversation: change the answer about Q&A publication with the next follow-up ('' = leave it). */
  @state() private consents: Record<string, '' | 'yes' | 'no'> = {};
  @state() private confirmRemove: string | null = null;
  @state() private codeInput = '';
  @state() private openState: 'idle' | 'busy' | 'added' | 'known' = 'idle';

  /** The code form's problems, at the code field (a wrong format, a code nobody has) or for the form. */
  private readonly openErrors = new FormErrorsController(this, {
    code: { id: 'open-code', label: () => msg('Hentekode') },
  });

  private readonly data = new LiveQueryController<DeviceConversations>(
    this,
    async () => ({ conversations: await listContactConversations(this.db), outbox: await listContactOutbox(this.db) }),
    () => [this.db],
  );

  private refreshedIds = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.refreshAll);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('online', this.refreshAll);
    super.disconnectedCallback();
  }

  protected override updated(): void {
    // Fetch each conversation once per visit as soon as it is known (new ones too).
    for (const row of this.data.value?.conversations ?? []) {
      if (!this.refreshedIds.has(row.conversationId)) {
        this.refreshedIds.add(row.conversationId);
        // After this update, not inside it (refresh changes state).
        setTimeout(() => void this.refresh(row));
      }
    }
  }

  private readonly refreshAll = (): void => {
    for (const row of this.data.value?.conversations ?? []) void this.refresh(row);
  };

  private async refresh(row: ContactConversationRow): Promise<void> {
    this.fetchStates = { ...this.fetchStates, [row.conversationId]: 'loading' };
    let next: FetchState;
    try {
      await refreshConversation(row, this.fetchFn, this.db);
      next = 'ok';
    } catch (error) {
      next = errorOf(error);
    }
    this.fetchStates = { ...this.fetchStates, [row.conversationId]: next };
  }

  private async sendReply(event: Event, row: ContactConversationRow): Promise<void> {
    event.preventDefault();
    const body = (this.replies[row.conversationId] ?? '').trim();
    if (!body || body.length > LIMITS.contactBodyMax) return;
    const consent = this.consents[row.conversationId];
    await sendContactReply(row.code, body, this.db, consent ? consent === 'yes' : undefined);
    this.replies = { ...this.replies, [row.conversationId]: '' };
    this.consents = { ...this.consents, [row.conversationId]: '' };
    await this.outbox?.flushNow();
    await this.refresh(row);
  }

  private async decidePendingQa(event: CustomEvent<{ qaId: string; approve: boolean }>, row: ContactConversationRow) {
    this.fetchStates = { ...this.fetchStates, [row.conversationId]: 'loading' };
    let next: FetchState;
    try {
      await decideQa(row, event.detail.qaId, event.detail.approve, this.fetchFn, this.db);
      next = 'ok';
    } catch (error) {
      next = errorOf(error);
    }
    this.fetchStates = { ...this.fetchStates, [row.conversationId]: next };
  }

  private async removeFromDevice(row: ContactConversationRow): Promise<void> {
    await removeConversation(row.conversationId, this.db);
    this.confirmRemove = null;
  }

  private async openByCode(event: Event): Promise<void> {
    event.preventDefault();
    this.openState = 'busy';
    this.openErrors.clear();
    try {
      const opened = await openConversationByCode(this.codeInput, this.fetchFn, this.db);
      if (opened === 'bad_format') {
        this.openState = 'idle';
        this.openErrors.show([['code', msg('Koden skal ha 16 tegn (bokstaver og tall), gjerne i fire grupper.')]]);
        return;
      }
      this.openState = opened;
      this.codeInput = '';
    } catch (error) {
      this.openState = 'idle';
      const state = errorOf(error);
      // A code the server does not know is about the field; being offline is about the whole form.
      if (state === 'offline') this.openErrors.show([[null, msg('Du er uten nett. Prøv igjen når du er på nett.')]]);
      else if (error instanceof ApiError && error.status === 404)
        this.openErrors.show([['code', (state as { error: string }).error]]);
      else this.openErrors.show([[null, (state as { error: string }).error]]);
    }
  }

  private renderMessages(conversation: ConversationDto) {
    return html`<ol class="messages" lang="nb">
      ${conversation.messages.map(
        (message) =>
          html`<li class=${message.from}>
            <span class="who"
              >${message.from === 'counsellor' ? msg('Rådgiver') : msg('Du')} · ${formatDate(message.sentAt)}
              ${formatTime(message.sentAt)}</span
            ><span class="body">${message.body}</span>
          </li>`,
      )}
    </ol>`;
  }

  private renderFetchState(id: string) {
    const state = this.fetchStates[id];
    if (state === 'loading') return html`<p class="meta" role="status">${msg('Henter svar …')}</p>`;
    if (state === 'offline') {
      return html`<p class="meta" role="status">${msg('Du er uten nett. Her er det som ble hentet sist.')}</p>`;
    }
    if (state && typeof state === 'object') return html`<p class="error-box" role="alert">${state.error}</p>`;
    return nothing;
  }

  private renderPendingReplies(row: ContactConversationRow, outbox: OutboxRow[]) {
    const pending = outbox.filter(
      (item) => item.kind === 'contact.reply' && (item.payload as ContactReplyPayload).code === row.code,
    );
    if (pending.length === 0) return nothing;
    return html`<ul class="messages">
      ${pending.map(
        (item) =>
          html`<li>
            <span class="who"
              >${item.state === 'needs-attention' ? msg('Ikke sendt') : msg('Venter på å bli sendt')}</span
            ><span class="body">${(item.payload as ContactReplyPayload).body}</span>
            ${item.lastError ? html`<span class="who">${contactErrorText(item.lastError)}</span>` : nothing}
          </li>`,
      )}
    </ul>`;
  }

  private renderConversation(row: ContactConversationRow, outbox: OutboxRow[]) {
    const conversation = row.cached;
    const closed = conversation?.status === 'closed';
    const reply = this.replies[row.conversationId] ?? '';
    const headingId = `c-${row.conversationId}`;
    return html`<li class="card">
      <article aria-labelledby=${headingId}>
        <h2 id=${headingId}>${topicLabel(row.topic)}</h2>
        <p class="meta">
          ${msg(str`Sendt ${formatDate(row.createdAt)}`)}${conversation ? html` · ${statusLabel(conversation.status)}` : nothing}
        </p>
        <details>
          <summary>${msg('Vis koden')}</summary>
          <sh-pickup-code code=${row.code}></sh-pickup-code>
        </details>
        ${this.renderFetchState(row.conversationId)} ${conversation ? this.renderMessages(conversation) : nothing}
        ${
          conversation && !conversation.messages.some((m) => m.from === 'counsellor')
            ? html`<p class="meta">${msg('Ingen svar ennå. Rådgiverne svarer vanligvis i løpet av noen dager.')}</p>`
            : nothing
        }
        ${
          conversation?.pendingQa
            ? html`<sh-qa-approval
                .pendingQa=${conversation.pendingQa}
                ?busy=${this.fetchStates[row.conversationId] === 'loading'}
                @sh-qa-decision=${(event: CustomEvent<{ qaId: string; approve: boolean }>) =>
                  this.decidePendingQa(event, row)}
              ></sh-qa-approval>`
            : nothing
        }
        ${this.renderPendingReplies(row, outbox)}
        ${
          closed
            ? html`<p class="meta">${msg('Samtalen er avsluttet. Du kan lese den, men ikke skrive mer i den.')}</p>`
            : html`<form @submit=${(e: Event) => this.sendReply(e, row)}>
                <div class="field">
                  <label for=${`reply-${row.conversationId}`}>${msg('Skriv mer i samtalen')}</label>
                  <textarea
                    class="short"
                    id=${`reply-${row.conversationId}`}
                    .value=${reply}
                    @input=${(e: Event) =>
                      (this.replies = {
                        ...this.replies,
                        [row.conversationId]: (e.target as HTMLTextAreaElement).value,
                      })}
                  ></textarea>
                  <p class="hint">${characterCount(reply.length, LIMITS.contactBodyMax)}</p>
                  ${
                    reply.trim().length > LIMITS.contactBodyMax
                      ? html`<p class="error-box">${overLimitText(reply.trim().length, LIMITS.contactBodyMax)}</p>`
                      : nothing
                  }
                </div>
                <div class="field">
                  <label for=${`consent-${row.conversationId}`}>${msg('Spørsmål og svar')}</label>
                  <select
                    id=${`consent-${row.conversationId}`}
                    .value=${this.consents[row.conversationId] ?? ''}
                    @change=${(e: Event) =>
                      (this.consents = {
                        ...this.consents,
                        [row.conversationId]: (e.target as HTMLSelectElement).value as '' | 'yes' | 'no',
                      })}
                  >
                    <option value="">${msg('Som før')}</option>
                    <option value="yes">${msg('Dere kan bruke spørsmålet mitt, anonymisert')}</option>
                    <option value="no">${msg('Ikke bruk spørsmålet mitt')}</option>
                  </select>
                </div>
                <button
                  type="submit"
                  class="button"
                  ?disabled=${!reply.trim() || reply.trim().length > LIMITS.contactBodyMax}
                >
                  ${msg('Send')}
                </button>
              </form>`
        }
        <p>
          ${
            this.confirmRemove === row.conversationId
              ? html`<span
                    >${msg('Fjerne samtalen og koden fra denne enheten? Har du ikke skrevet ned koden, kan du ikke åpne den igjen.')}</span
                  >
                  <button type="button" class="link-button" @click=${() => this.removeFromDevice(row)}>
                    ${msg('Ja, fjern')}
                  </button>
                  <button type="button" class="link-button" @click=${() => (this.confirmRemove = null)}>
                    ${msg('Avbryt')}
                  </button>`
              : html`<button
                  type="button"
                  class="link-button"
                  @click=${() => (this.confirmRemove = row.conversationId)}
                >
                  ${msg('Fjern fra denne enheten')}
                </button>`
          }
        </p>
      </article>
    </li>`;
  }

  private renderOpenByCode() {
    const state = this.openState;
    return html`<section aria-labelledby="open-heading">
      <h2 id="open-heading">${msg('Har du en kode?')}</h2>
      <p>${msg('Skrev du ned koden på en annen enhet? Skriv den inn her for å lese svaret.')}</p>
      ${this.openErrors.renderSummary()}
      <form class="inline-form" @submit=${this.openByCode} novalidate>
        <div class="field">
          <label for="open-code">${msg('Hentekode')}</label>
          ${this.openErrors.renderFieldError('open-code')}
          <input
            id="open-code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-invalid=${this.openErrors.invalid('open-code')}
            aria-describedby=${this.openErrors.describedBy('open-code')}
            .value=${this.codeInput}
            @input=${(e: Event) => (this.codeInput = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="button" ?disabled=${state === 'busy' || !this.codeInput.trim()}>
          ${msg('Åpne')}
        </button>
      </form>
      ${
        state === 'added' || state === 'known'
          ? html`<p class="notice" role="status">${msg('Samtalen er åpnet og lagret på denne enheten.')}</p>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const data = this.data.value;
    const waiting = (data?.outbox ?? []).filter((row) => row.kind === 'contact.create');
    return html`
      <h1 tabindex="-1">${msg('Mine samtaler')}</h1>
      <div class="notice" role="note">
        <p>
          ${msg(
            'Samtalene og kodene ligger bare på denne enheten. Alle som har en kode, kan lese svarene i samtalen. Bruker andre denne enheten, bør du fjerne samtalen her når du har lest svaret.',
          )}
        </p>
      </div>
      ${
        waiting.length
          ? html`<p class="notice" role="status">
              ${msg('En melding venter på å bli sendt. Hentekoden kommer når du er på nett igjen.')}
            </p>`
          : nothing
      }
      ${
        !this.data.loaded
          ? html`<p class="meta">${msg('Henter …')}</p>`
          : data?.conversations.length
            ? html`<ul class="plain">
                ${data.conversations.map((row) => this.renderConversation(row, data.outbox))}
              </ul>`
            : html`<div class="empty">
                <p>${msg('Ingen samtaler er lagret på denne enheten.')}</p>
                <p><a href="/kontakt">${msg('Skriv til en rådgiver')}</a></p>
              </div>`
      }
      ${this.renderOpenByCode()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-conversations-page': ShConversationsPage;
  }
}
