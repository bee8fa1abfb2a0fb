import { localized, msg, str } from '@lit/localize';
import { GRANTABLE_ROLES, type AuditEntryDto, type GrantableRole } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../../text/format.js';
import type { FetchFn } from '../../../data/api.js';
import { fetchAuditLog } from '../../../data/moderation.js';
import { ServerListController } from '../../../state/server-list.controller.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { roleLabel } from '../../../text/role-text.js';
import { moderationStyles } from './moderation.styles.js';

/** A thread named and linked («title»), or a plain word when it is gone. */
function threadRef(entry: AuditEntryDto) {
  if (!entry.threadId) return msg('en slettet tråd');
  return html`«<a href="/forum/traad/${entry.threadId}">${entry.threadTitle ?? msg('tråd')}</a>»`;
}

/** A member named by alias (linked to the public profile), or a plain word when the account is gone. */
function memberRef(entry: AuditEntryDto) {
  if (!entry.targetAlias) return msg('et slettet medlem');
  return html`<a href="/forum/medlem/${encodeURIComponent(entry.targetAlias)}">${entry.targetAlias}</a>`;
}

function rolesText(note: string | null): string {
  const roles = (note ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter((role): role is GrantableRole => (GRANTABLE_ROLES as readonly string[]).includes(role));
  return roles.length ? roles.map(roleLabel).join(', ') : msg('bare medlem');
}

/**
 * One log row as a Norwegian sentence with links: "Fjernet innlegg i «Tittel» etter regel 2: notat".
 * Unknown actions fall back to the logged words.
 */
export function auditSentence(entry: AuditEntryDto) {
  const note = entry.note ? html`: <span lang="nb">${entry.note}</span>` : nothing;
  switch (entry.action) {
    case 'post.remove':
      return entry.rule !== null
        ? html`${msg('Fjernet innlegg i')} ${threadRef(entry)} ${msg(str`etter regel ${entry.rule}`)}${note}`
        : html`${msg('Fjernet innlegg i')} ${threadRef(entry)}${note}`;
    case 'post.restore':
      return html`${msg('Gjenopprettet innlegg i')} ${threadRef(entry)}`;
    case 'flags.dismiss':
      return html`${msg('Avviste flagg på et innlegg i')} ${threadRef(entry)}${note}`;
    case 'member.suspend':
      return entry.until
        ? html`${msg('Utestengte')} ${memberRef(entry)}
          ${msg(str`til ${formatDate(entry.until)} kl. ${formatTime(entry.until)}`)}${note}`
        : html`${msg('Utestengte')} ${memberRef(entry)}${note}`;
    case 'member.unsuspend':
      return html`${msg('Opphevet utestengelsen av')} ${memberRef(entry)}`;
    case 'staff.roles':
      return html`${msg('Endret rollene til')} ${memberRef(entry)}: ${rolesText(entry.note)}`;
    case 'blocklist.add':
      return html`${msg('Blokkerte lenker til')} <code>${entry.targetId}</code>`;
    case 'blocklist.remove':
      return html`${msg('Tillot igjen lenker til')} <code>${entry.targetId}</code>`;
    case 'research.export':
      return html`${msg(str`Lastet ned forskningsuttrekket (${entry.targetId.toUpperCase()})`)}`;
    default:
      return html`${entry.action} ${entry.targetType}
      ${entry.targetId}${entry.reason ? html`: ${entry.reason}` : nothing}`;
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
      <p class="meta">
        ${msg('Alt ansatte gjør med innlegg, medlemmer, roller og domener, nyeste først. Loggen kan ikke endres.')}
      </p>
      ${problem ? html`<p class="error-box" role="alert">${problem}</p>` : nothing}
      ${
        items === null
          ? nothing
          : items.length === 0
            ? html`<p class="empty">${msg('Loggen er tom.')}</p>`
            : html`<ul class="log">
                ${items.map(
                  (e) =>
                    html`<li>
                      <p class="what">${auditSentence(e)}</p>
                      <p class="meta">
                        ${e.actorAlias} · <time datetime=${e.at}>${formatDate(e.at)} ${formatTime(e.at)}</time>
                      </p>
                    </li>`,
                )}
              </ul>`
      }
      ${
        nextCursor
          ? html`<p>
              <button type="button" class="button secondary" @click=${() => this.list.loadMore()}>
                ${msg('Vis eldre')}
              </button>
            </p>`
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
