import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../text/format.js';
import { errorText } from '../text/error-text.js';
import { appDb, type AppDB, type DraftRow } from '../data/app-db.js';
import { deleteDraft, listDrafts } from '../data/forum.js';
import { LiveQueryController } from '../state/live-query.controller.js';
import { embeddedHostStyles, formStyles } from '../styles/form.styles.js';
import { pageStyles } from '../styles/page.styles.js';

/** "Mine utkast": every draft on this device, newest first, with resume and delete (after a confirm). */
@localized()
@customElement('sh-drafts-list')
export class ShDraftsList extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles];

  @property({ attribute: false }) db: AppDB = appDb;

  /** The draft whose delete is waiting for "Ja, slett". */
  @state() private confirming: string | null = null;

  private readonly drafts = new LiveQueryController<DraftRow[]>(
    this,
    () => listDrafts(this.db),
    () => [this.db],
  );

  private resumeHref(draft: DraftRow): string {
    const id = encodeURIComponent(draft.id);
    if (draft.kind === 'thread' || !draft.threadId) return `/forum/ny?utkast=${id}`;
    return `/forum/traad/${encodeURIComponent(draft.threadId)}?utkast=${id}`;
  }

  private heading(draft: DraftRow): string {
    if (draft.kind === 'thread') return draft.title?.trim() || msg('Ny tråd uten tittel');
    const title = draft.threadTitle ?? msg('en tråd');
    return msg(str`Svar i «${title}»`);
  }

  private async removeDraft(id: string): Promise<void> {
    await deleteDraft(id, this.db);
    this.confirming = null;
  }

  private renderDraft(draft: DraftRow) {
    const excerpt = draft.body.length > 180 ? `${draft.body.slice(0, 180)}…` : draft.body;
    return html`<li class="card" data-draft=${draft.id}>
      <h3 lang="nb">${this.heading(draft)}</h3>
      <p class="meta">${msg(str`Sist endret ${formatDate(draft.updatedAt)} kl. ${formatTime(draft.updatedAt)}`)}</p>
      ${excerpt ? html`<p lang="nb">${excerpt}</p>` : nothing}
      ${
        draft.serverError
          ? html`<div class="error-box">
              <p><strong>${msg('Ikke publisert:')}</strong> ${errorText(draft.serverError)}</p>
            </div>`
          : nothing
      }
      ${
        this.confirming === draft.id
          ? html`<div class="actions" role="group" aria-label=${msg('Bekreft sletting')}>
              <span>${msg('Slette utkastet for godt?')}</span>
              <button
                type="button"
                class="button danger"
                data-action="confirm-delete"
                @click=${() => this.removeDraft(draft.id)}
              >
                ${msg('Ja, slett')}
              </button>
              <button type="button" class="button secondary" @click=${() => (this.confirming = null)}>
                ${msg('Avbryt')}
              </button>
            </div>`
          : html`<div class="actions">
              <a class="button" href=${this.resumeHref(draft)} data-action="resume">${msg('Fortsett å skrive')}</a>
              <button
                type="button"
                class="button secondary"
                data-action="delete"
                @click=${() => (this.confirming = draft.id)}
              >
                ${msg('Slett')}
              </button>
            </div>`
      }
    </li>`;
  }

  override render() {
    if (!this.drafts.loaded) return html`<p class="meta">${msg('Henter …')}</p>`;
    const drafts = this.drafts.value ?? [];
    if (drafts.length === 0) return html`<p class="empty">${msg('Du har ingen utkast på denne enheten.')}</p>`;
    return html`<ul class="plain">
      ${drafts.map((draft) => this.renderDraft(draft))}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-drafts-list': ShDraftsList;
  }
}
