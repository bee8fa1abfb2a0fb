import { localized, msg } from '@lit/localize';
import type { AuditEntryDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../../app/format.js';
import type { FetchFn } from '../../../data/api.js';
import { fetchAuditLog } from '../../../data/moderation.js';
import { ServerListController } from '../../../state/server-list.controller.js';
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

  private readonly list = new ServerListController<AuditEntryDto>(this, (cursor) =>
    fetchAuditLog(cursor, this.fetchFn),
  );

  override render() {
    const { items, problem, nextCursor } = this.list;
    return html`
      <p class="meta">${msg('Alt ansatte gjør med innlegg, medlemmer, roller og domener, nyeste først. Loggen kan ikke endres.')}</p>
      ${problem ? html`<p class="error-box" role="alert">${problem}</p>` : nothing}
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
        nextCursor
          ? html`<p><button type="button" class="button secondary" @click=${() => this.list.loadMore()}>
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
