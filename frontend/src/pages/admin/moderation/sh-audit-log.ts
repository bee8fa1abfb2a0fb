import { localized, msg } from '@lit/localize';
import type { AuditEntryDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../../app/format.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import { fetchAuditLog } from '../../../data/moderation.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { moderationStyles } from './moderation.styles.js';

/** Norwegian name of an audit action. */
export function auditActionLabel(action: string): string {
  switch (action) {
    case 'post.remove':
      return msg('Fjernet innlegg');
    case 'post.restore':
      return msg('Gjenopprettet innlegg');
    case 'flags.dismiss':
      return msg('Avviste flagg');
    case 'member.suspend':
      return msg('Utestengte medlem');
    case 'member.unsuspend':
      return msg('Opphevet utestengelse');
    case 'staff.roles':
      return msg('Endret roller');
    case 'blocklist.add':
      return msg('Blokkerte domene');
    case 'blocklist.remove':
      return msg('Fjernet blokkert domene');
    case 'research.export':
      return msg('Lastet ned forskningsuttrekk');
    default:
      return action;
  }
}

/** Logg: every staff action, newest first, paged. Read only (the log is append-only). */
@localized()
@customElement('sh-audit-log')
export class ShAuditLog extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles, moderationStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private items: AuditEntryDto[] | null = null;
  @state() private nextCursor: string | null = null;
  @state() private failure: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(null);
  }

  private async load(cursor: string | null): Promise<void> {
    this.failure = null;
    try {
      const page = await fetchAuditLog(cursor, this.fetchFn);
      this.items = cursor ? [...(this.items ?? []), ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.failure =
        error instanceof ApiError ? error.message : msg('Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen.');
    }
  }

  override render() {
    const items = this.items;
    return html`
      <p class="meta">${msg('Alt ansatte gjør med innlegg, medlemmer, roller og domener, nyeste først. Loggen kan ikke endres.')}</p>
      ${this.failure ? html`<p class="error-box" role="alert">${this.failure}</p>` : nothing}
      ${
        items === null
          ? nothing
          : items.length === 0
            ? html`<p class="empty">${msg('Loggen er tom.')}</p>`
            : html`<ul class="log">
                ${items.map(
                  (e) => html`<li>
                    <span class="what">${auditActionLabel(e.action)}</span> ·
                    <time datetime=${e.at}>${formatDate(e.at)} ${formatTime(e.at)}</time> · ${e.actorAlias}
                    <br /><span class="meta">${e.targetType} ${e.targetId}</span>
                    ${e.reason ? html`<br />${e.reason}` : nothing}
                  </li>`,
                )}
              </ul>`
      }
      ${
        this.nextCursor
          ? html`<p><button type="button" class="button secondary" @click=${() => this.load(this.nextCursor)}>
              ${msg('Vis eldre')}
            </button></p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-audit-log': ShAuditLog;
  }
}
