import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import type { FlagCreatePayload, PostCreateResult, ThreadCreatePayload, ThreadCreateResult } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate, formatTime } from '../text/format.js';
import { errorText } from '../text/error-text.js';
import { outboxStateLabel } from '../text/forum-text.js';
import { appDb, type AppDB, type OutboxRow } from '../data/app-db.js';
import { dismissOutboxRow, listForumOutbox } from '../data/forum.js';
import { outboxServiceContext } from '../state/contexts.js';
import { LiveQueryController } from '../state/live-query.controller.js';
import type { OutboxService } from '../state/outbox.service.js';
import { embeddedHostStyles, formStyles } from '../styles/form.styles.js';
import { pageStyles } from '../styles/page.styles.js';

/** "Venter på sending": the forum part of the outbox with each item's state. */
@localized()
@customElement('sh-outbox-list')
export class ShOutboxList extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles];

  @property({ attribute: false }) db: AppDB = appDb;

  @consume({ context: outboxServiceContext })
  @property({ attribute: false })
  outbox?: OutboxService;

  private readonly rows = new LiveQueryController<OutboxRow[]>(
    this,
    () => listForumOutbox(this.db),
    () => [this.db],
  );

  private describe(row: OutboxRow): string {
    switch (row.kind) {
      case 'thread.create':
        return msg(str`Ny tråd: «${(row.payload as ThreadCreatePayload).title}»`);
      case 'flag.create':
        return msg(str`Rapport etter regel ${(row.payload as FlagCreatePayload).rule}`);
      default: {
        const title = row.draft?.threadTitle;
        return title ? msg(str`Svar i «${title}»`) : msg('Svar i en tråd');
      }
    }
  }

  private sentLink(row: OutboxRow) {
    const result = row.result as Partial<ThreadCreateResult & PostCreateResult> | undefined;
    if (row.state !== 'sent' || !result?.threadId) return nothing;
    return html`<a href="/forum/traad/${encodeURIComponent(result.threadId)}">${msg('Se tråden')}</a>`;
  }

  private renderRow(row: OutboxRow) {
    return html`<li class="card" data-outbox=${row.id} data-state=${row.state}>
      <p><strong lang="nb">${this.describe(row)}</strong></p>
      <p class="meta">
        <span class="state">${outboxStateLabel(row.state)}</span> ·
        ${msg(str`lagt i utboksen ${formatDate(row.createdAt)} kl. ${formatTime(row.createdAt)}`)}
      </p>
      ${
        row.state === 'needs-attention' && row.lastError
          ? html`<p class="error-box">${errorText(row.lastError)}</p>`
          : nothing
      }
      <div class="actions">
        ${this.sentLink(row)}
        ${
          row.state === 'sent' || row.state === 'needs-attention'
            ? html`<button type="button" class="button secondary" @click=${() => dismissOutboxRow(row.id, this.db)}>
                ${msg('Fjern fra listen')}
              </button>`
            : nothing
        }
      </div>
    </li>`;
  }

  override render() {
    if (!this.rows.loaded) return html`<p class="meta">${msg('Henter …')}</p>`;
    const rows = this.rows.value ?? [];
    if (rows.length === 0) return html`<p class="empty">${msg('Ingenting venter på å bli sendt.')}</p>`;
    const waiting = rows.some((row) => row.state === 'queued');
    return html`<ul class="plain">
        ${rows.map((row) => this.renderRow(row))}
      </ul>
      ${
        waiting && this.outbox
          ? html`<p>
              <button type="button" class="button" @click=${() => this.outbox?.flushNow()}>
                ${msg('Prøv å sende nå')}
              </button>
            </p>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-outbox-list': ShOutboxList;
  }
}
