import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate, formatTime, isToday } from '../text/format.js';
import { syncStateContext } from '../state/contexts.js';
import type { SyncState } from '../state/sync.service.js';

/** Shows whether the device is offline and when content was last brought up to date. */
@localized()
@customElement('sh-sync-status')
export class ShSyncStatus extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-size: 0.9rem;
      color: var(--sh-muted);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
    }
    .offline {
      background: var(--sh-warn-bg);
      color: var(--sh-warn-text);
      border: 1px solid var(--sh-warn-border);
      border-radius: 0.4rem;
      padding: 0.15rem 0.6rem;
      font-weight: 600;
    }
    .error {
      color: var(--sh-danger);
    }
  `;

  /** Sync state; normally provided by <sh-app> through context. */
  @consume({ context: syncStateContext, subscribe: true })
  @property({ attribute: false })
  state?: SyncState;

  private lastSyncedLabel(iso: string): string {
    const time = formatTime(iso);
    // Says what the time is: when this device last synced with the service, not when content changed.
    if (isToday(iso)) return msg(str`Sist synkronisert med tjenesten kl. ${time}`);
    const day = formatDate(iso);
    return msg(str`Sist synkronisert med tjenesten ${day} kl. ${time}`);
  }

  override render() {
    const state = this.state;
    if (!state) return nothing;
    return html`<div class="row" role="status">
      ${
        state.online
          ? nothing
          : html`<span class="offline">${msg('Frakoblet – du leser det som er lagret på enheten')}</span>`
      }
      ${
        state.syncing
          ? html`<span>${msg('Oppdaterer …')}</span>`
          : state.lastSyncedAt
            ? html`<span>${this.lastSyncedLabel(state.lastSyncedAt)}</span>`
            : html`<span>${msg('Ikke oppdatert ennå')}</span>`
      }
      ${state.error ? html`<span class="error">${msg('Kunne ikke oppdatere nå. Vi prøver igjen senere.')}</span>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-sync-status': ShSyncStatus;
  }
}
