import { localized, msg, str } from '@lit/localize';
import type { RemovalDetailDto, RemovalDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../../text/format.js';
import '../../../components/sh-post-body.js';
import type { FetchFn } from '../../../data/api.js';
import { fetchRemoval, fetchRemovals, restorePost } from '../../../data/moderation.js';
import { ServerListController, serverProblemText } from '../../../state/server-list.controller.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { moderationStyles } from './moderation.styles.js';

/** Fjernet: the staff-only removal archive, newest first; a detail view with the archived text and "Gjenopprett". */
@localized()
@customElement('sh-removal-archive')
export class ShRemovalArchive extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles, moderationStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private detail: RemovalDetailDto | null = null;
  @state() private status = '';

  private readonly list = new ServerListController<RemovalDto>(this, (cursor) => fetchRemovals(cursor, this.fetchFn));

  /** Opens one removal with its archived text. */
  async openRemoval(id: string): Promise<void> {
    this.list.showProblem(null);
    this.status = '';
    try {
      this.detail = await fetchRemoval(id, this.fetchFn);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
    } catch (error) {
      this.list.fail(error);
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
      void this.list.reload();
    } catch (error) {
      this.status = serverProblemText(error);
    }
  }

  private renderDetail(d: RemovalDetailDto) {
    return html`<article class="card" aria-labelledby="detail-heading">
      <h2 id="detail-heading" tabindex="-1">${d.threadTitle ?? msg('Slettet tråd')}</h2>
      <p class="meta">
        ${msg(str`Skrevet av ${d.authorAlias ?? msg('slettet medlem')}`)} · ${formatDate(d.postCreatedAt)}
        ${formatTime(d.postCreatedAt)}
      </p>
      <p>
        ${msg(str`Fjernet ${formatDate(d.removedAt)} av ${d.moderatorAlias} etter regel ${d.rule}.`)}
        ${msg('Begrunnelse:')} ${d.note}
      </p>
      ${d.restoredAt ? html`<p class="notice">${msg(str`Gjenopprettet ${formatDate(d.restoredAt)}.`)}</p>` : nothing}
      <h3>${msg('Arkivert tekst')}</h3>
      ${
        d.body === null
          ? html`<p class="notice">
              ${msg('Forfatteren har slettet kontoen sin og innleggene sine, og teksten ble slettet med dem.')}
            </p>`
          : html`<div class="body archived" lang="nb"><sh-post-body .text=${d.body}></sh-post-body></div>`
      }
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
    const { items, problem, nextCursor } = this.list;
    return html`
      ${problem ? html`<p class="error-box" role="alert">${problem}</p>` : nothing}
      ${
        items === null
          ? problem
            ? nothing
            : html`<p class="meta">${msg('Henter …')}</p>`
          : items.length === 0
            ? html`<p class="empty">${msg('Ingen innlegg er fjernet.')}</p>`
            : html`<ul class="plain">
                ${items.map(
                  (r) =>
                    html`<li class="card">
                      <p>
                        <strong>${r.threadTitle ?? msg('Slettet tråd')}</strong>
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
                        ${
                          r.textErased
                            ? msg('Vis fjerningen (teksten er slettet)')
                            : msg(str`Vis arkivert tekst fra ${r.authorAlias ?? msg('slettet medlem')}`)
                        }
                      </button>
                    </li>`,
                )}
              </ul>`
      }
      ${
        nextCursor
          ? html`<p>
              <button type="button" class="button secondary" @click=${() => this.list.loadMore()}>
                ${msg('Vis flere')}
              </button>
            </p>`
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
