import { localized, msg, str } from '@lit/localize';
import type { RemovalDetailDto, RemovalDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../../app/format.js';
import '../../../components/sh-post-body.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import { fetchRemoval, fetchRemovals, restorePost } from '../../../data/moderation.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { moderationStyles } from './moderation.styles.js';

function problemText(error: unknown): string {
  return error instanceof ApiError ? error.message : msg('Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen.');
}

/** Fjernet: the staff-only removal archive, newest first; a detail view with the archived text and "Gjenopprett". */
@localized()
@customElement('sh-removal-archive')
export class ShRemovalArchive extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles, moderationStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private items: RemovalDto[] | null = null;
  @state() private nextCursor: string | null = null;
  @state() private detail: RemovalDetailDto | null = null;
  @state() private failure: string | null = null;
  @state() private status = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(null);
  }

  private async load(cursor: string | null): Promise<void> {
    this.failure = null;
    try {
      const page = await fetchRemovals(cursor, this.fetchFn);
      this.items = cursor ? [...(this.items ?? []), ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.failure = problemText(error);
    }
  }

  /** Opens one removal with its archived text. */
  async openRemoval(id: string): Promise<void> {
    this.failure = null;
    this.status = '';
    try {
      this.detail = await fetchRemoval(id, this.fetchFn);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
    } catch (error) {
      this.failure = problemText(error);
    }
  }

  private async backToList(): Promise<void> {
    const id = this.detail?.id;
    this.detail = null;
    await this.updateComplete;
    if (id) this.renderRoot.querySelector<HTMLButtonElement>(`[data-open="${id}"]`)?.focus();
  }

  private async restore(detail: RemovalDetailDto): Promise<void> {
    if (!detail.postId) return;
    try {
      await restorePost(detail.postId, this.fetchFn);
      this.status = msg('Innlegget er gjenopprettet og vises igjen i tråden.');
      this.detail = { ...detail, restoredAt: new Date().toISOString() };
      void this.load(null);
    } catch (error) {
      this.status = problemText(error);
    }
  }

  private renderDetail(d: RemovalDetailDto) {
    return html`<article class="card" aria-labelledby="detail-heading">
      <h2 id="detail-heading" tabindex="-1">${d.threadTitle}</h2>
      <p class="meta">
        ${msg(str`Skrevet av ${d.authorAlias ?? msg('slettet medlem')}`)} ·
        ${formatDate(d.postCreatedAt)} ${formatTime(d.postCreatedAt)}
      </p>
      <p>
        ${msg(str`Fjernet ${formatDate(d.removedAt)} av ${d.moderatorAlias} etter regel ${d.rule}.`)}
        ${msg('Begrunnelse:')} ${d.note}
      </p>
      ${d.restoredAt ? html`<p class="notice">${msg(str`Gjenopprettet ${formatDate(d.restoredAt)}.`)}</p>` : nothing}
      <h3>${msg('Arkivert tekst')}</h3>
      <div class="body archived" lang="nb"><sh-post-body .text=${d.body}></sh-post-body></div>
      <p class="status-line" role="status">${this.status}</p>
      <div class="actions">
        ${
          d.restoredAt || !d.postId
            ? nothing
            : html`<button type="button" class="button" @click=${() => this.restore(d)}>${msg('Gjenopprett')}</button>`
        }
        <button type="button" class="button secondary" @click=${() => this.backToList()}>
          ${msg('Tilbake til listen')}
        </button>
      </div>
    </article>`;
  }

  override render() {
    if (this.detail) return this.renderDetail(this.detail);
    const items = this.items;
    return html`
      ${this.failure ? html`<p class="error-box" role="alert">${this.failure}</p>` : nothing}
      ${
        items === null
          ? this.failure
            ? nothing
            : html`<p class="meta">${msg('Henter …')}</p>`
          : items.length === 0
            ? html`<p class="empty">${msg('Ingen innlegg er fjernet.')}</p>`
            : html`<ul class="plain">
                ${items.map(
                  (r) => html`<li class="card">
                    <p>
                      <strong>${r.threadTitle}</strong>
                      ${r.restoredAt ? html` <span class="badge">${msg('Gjenopprettet')}</span>` : nothing}
                    </p>
                    <p class="meta">
                      ${msg(str`Regel ${r.rule}`)} · ${formatDate(r.removedAt)} · ${r.moderatorAlias} · ${r.note}
                    </p>
                    <button
                      type="button"
                      class="link-button"
                      data-open=${r.id}
                      @click=${() => this.openRemoval(r.id)}
                    >
                      ${msg(str`Vis arkivert tekst fra ${r.authorAlias ?? msg('slettet medlem')}`)}
                    </button>
                  </li>`,
                )}
              </ul>`
      }
      ${
        this.nextCursor
          ? html`<p><button type="button" class="button secondary" @click=${() => this.load(this.nextCursor)}>
              ${msg('Vis flere')}
            </button></p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-removal-archive': ShRemovalArchive;
  }
}
