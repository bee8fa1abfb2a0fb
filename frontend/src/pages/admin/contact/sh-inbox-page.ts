import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { CONVERSATION_STATUSES, type ConversationStatus, type InboxDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../../text/format.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import { fetchInbox } from '../../../data/inbox.js';
import { sessionStateContext } from '../../../state/contexts.js';
import type { SessionState } from '../../../state/session.service.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { contactStyles } from '../../contact/contact.styles.js';
import { statusTabLabel, topicLabel } from '../../contact/contact-text.js';
import { inboxStyles } from './inbox.styles.js';
import { staffGate } from '../staff-gate.js';
import { StaffLoadController } from '../staff-load.controller.js';
import { OnlineController } from '../../../state/online.controller.js';
import { plural } from '../../../text/plural.js';
import { errorText } from '../../../text/error-text.js';

/** /admin/kontakt: the counsellor inbox, one tab per status with counts. Online only. */
@localized()
@customElement('sh-inbox-page')
export class ShInboxPage extends LitElement {
  static override styles = [pageStyles, formStyles, contactStyles, inboxStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  /** The tab shown first (from `?status=`). */
  @property() status: ConversationStatus = 'new';

  @state() private inbox: InboxDto | null = null;
  @state() private failure: string | null = null;
  // Back online, the inbox loads again.
  private readonly connection = new OnlineController(this, () => this.loader.reset());
  private readonly loader = new StaffLoadController(this, {
    roles: ['counsellor'],
    load: () => this.load(),
    key: () => this.status,
    online: () => this.connection.online,
  });

  private async load(): Promise<void> {
    this.failure = null;
    try {
      this.inbox = await fetchInbox(this.status, this.fetchFn);
    } catch (error) {
      this.failure =
        error instanceof ApiError
          ? errorText(error)
          : msg('Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen.');
    }
  }

  private selectStatus(status: ConversationStatus): void {
    this.status = status;
    history.replaceState(null, '', `/admin/kontakt?status=${status}`);
  }

  private renderList(inbox: InboxDto) {
    if (inbox.conversations.length === 0) {
      return html`<p class="empty">${msg('Ingen samtaler her.')}</p>`;
    }
    return html`<ul class="plain">
      ${inbox.conversations.map(
        (c) =>
          html`<li class="card row">
            <a href="/admin/kontakt/${c.id}">${topicLabel(c.topic)}</a>
            <p class="meta">
              ${msg(str`Sist ${formatDate(c.lastMessageAt)} ${formatTime(c.lastMessageAt)}`)} ·
              ${plural(c.messageCount, (n) => ({ one: msg(str`${n} melding`), other: msg(str`${n} meldinger`) }))} ·
              ${c.replyBy === 'email' ? msg('Svar på e-post') : msg('Svar med hentekode')}
              ${c.publishConsent ? html` · <span class="badge">${msg('Samtykke til Spørsmål og svar')}</span>` : nothing}
            </p>
          </li>`,
      )}
    </ul>`;
  }

  override render() {
    const gate = staffGate(this.session, ['counsellor'], this.connection.online);
    const inbox = this.inbox;
    return html`
      <h1 tabindex="-1">${msg('Innboks for rådgivere')}</h1>
      ${
        gate ??
        html`
          <div class="tabs" role="group" aria-label=${msg('Vis samtaler som er')}>
            ${CONVERSATION_STATUSES.map(
              (status) =>
                html`<button
                  type="button"
                  aria-pressed=${this.status === status ? 'true' : 'false'}
                  @click=${() => this.selectStatus(status)}
                >
                  ${statusTabLabel(status)} <span class="count">${inbox ? inbox.counts[status] : '–'}</span>
                </button>`,
            )}
          </div>
          ${this.failure ? html`<p class="error-box" role="alert">${this.failure}</p>` : nothing}
          ${inbox ? this.renderList(inbox) : this.failure ? nothing : html`<p class="meta">${msg('Henter …')}</p>`}
          <p><a href="/admin/telefon">${msg('Telefontider')}</a></p>
        `
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-inbox-page': ShInboxPage;
  }
}
