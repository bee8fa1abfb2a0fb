import { localized, msg, str } from '@lit/localize';
import type { FlaggedPostDto, FlagQueueDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../../text/format.js';
import '../../../components/sh-post-body.js';
import type { FetchFn } from '../../../data/api.js';
import { appDb, type AppDB } from '../../../data/app-db.js';
import { dismissFlags, fetchFlagQueue } from '../../../data/moderation.js';
import { ForumRulesController } from '../../../state/forum-rules.controller.js';
import { serverProblemText } from '../../../state/server-list.controller.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { moderationStyles } from './moderation.styles.js';
import './sh-removal-dialog.js';
import type { ShRemovalDialog } from './sh-removal-dialog.js';
import { plural } from '../../../text/plural.js';

/**
 * Flaggkø: flagged posts oldest first, with the rules cited, counts and notes. Each card can be worked
 * by keyboard alone: thread link, note field, "Avvis flagg", "Fjern innlegg" (opens the removal dialog).
 * After an action, focus moves to the next card's heading link.
 */
@localized()
@customElement('sh-flag-queue')
export class ShFlagQueue extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles, moderationStyles];

  @property({ attribute: false }) db: AppDB = appDb;
  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private queue: FlagQueueDto | null = null;
  @state() private rule: number | null = null;
  @state() private failure: string | null = null;
  @state() private status = '';
  @state() private dismissNotes: Record<string, string> = {};
  private removing: string | null = null;

  @query('sh-removal-dialog') private dialog?: ShRemovalDialog;

  private readonly rules = new ForumRulesController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private ruleLabel(n: number): string {
    const title = (this.rules.value ?? []).find((rule) => rule.number === n)?.title;
    return title ? msg(str`Regel ${n}: ${title}`) : msg(str`Regel ${n}`);
  }

  async load(): Promise<void> {
    this.failure = null;
    try {
      this.queue = await fetchFlagQueue(this.rule, this.fetchFn);
    } catch (error) {
      this.failure = serverProblemText(error);
    }
  }

  private async afterAction(postId: string, message: string): Promise<void> {
    const items = this.queue?.items ?? [];
    const index = items.findIndex((item) => item.postId === postId);
    this.status = message;
    await this.load();
    await this.updateComplete;
    const links = [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('.flagged h2 a')];
    const next = links[Math.min(Math.max(index, 0), links.length - 1)];
    if (next) next.focus();
    else this.renderRoot.querySelector<HTMLSelectElement>('#rule-filter')?.focus();
  }

  private async dismiss(item: FlaggedPostDto): Promise<void> {
    try {
      const result = await dismissFlags(item.postId, this.dismissNotes[item.postId] ?? '', this.fetchFn);
      await this.afterAction(item.postId, msg(str`Flaggene er avvist (${result.dismissedFlags}). Innlegget står.`));
    } catch (error) {
      this.status = serverProblemText(error);
    }
  }

  private openRemoval(item: FlaggedPostDto): void {
    this.removing = item.postId;
    const mostCited = [...item.rules].sort((a, b) => b.count - a.count)[0]?.rule ?? 1;
    void this.dialog?.show(item.postId, mostCited);
  }

  private async onRemovalDone(event: CustomEvent<{ removal: unknown }>): Promise<void> {
    const postId = this.removing;
    this.removing = null;
    if (!postId) return;
    if (event.detail.removal) {
      await this.afterAction(postId, msg('Innlegget er fjernet. Teksten ligger i arkivet.'));
    } else {
      // Closed without removing: back to the card's remove button.
      this.renderRoot.querySelector<HTMLButtonElement>(`[data-remove="${postId}"]`)?.focus();
    }
  }

  private renderItem(item: FlaggedPostDto) {
    return html`<li>
      <article class="card flagged" aria-labelledby="t-${item.postId}">
        <h2 id="t-${item.postId}"><a href="/forum/traad/${item.threadId}">${item.threadTitle}</a></h2>
        <p class="meta">
          ${item.authorAlias ?? msg('Slettet medlem')} ·
          <time datetime=${item.createdAt}>${formatDate(item.createdAt)} ${formatTime(item.createdAt)}</time> ·
          ${plural(item.flagCount, (n) => ({ one: msg(str`${n} flagg, først ${formatDate(item.firstFlaggedAt)}`, { id: 'count.flags.one' }), other: msg(str`${n} flagg, først ${formatDate(item.firstFlaggedAt)}`) }))}
        </p>
        <ul class="chips" aria-label=${msg('Regler som er nevnt')}>
          ${item.rules.map((r) => html`<li>${this.ruleLabel(r.rule)} × ${r.count}</li>`)}
          ${item.status === 'hidden' ? html`<li class="hidden-state">${msg('Skjult til vurdering')}</li>` : nothing}
        </ul>
        <div class="body" lang="nb"><sh-post-body .text=${item.body}></sh-post-body></div>
        ${
          item.notes.length
            ? html`<p class="label">${msg('Kommentarer fra dem som flagget')}</p>
                <ul class="notes">
                  ${item.notes.map((n) => html`<li><span class="meta">${msg(str`Regel ${n.rule}`)}:</span> ${n.note}</li>`)}
                </ul>`
            : nothing
        }
        <div class="row-form">
          <div class="field">
            <label for="dn-${item.postId}">${msg('Notat ved avvisning (valgfritt)')}</label>
            <input
              type="text"
              id="dn-${item.postId}"
              maxlength="500"
              .value=${this.dismissNotes[item.postId] ?? ''}
              @input=${(e: Event) =>
                (this.dismissNotes = { ...this.dismissNotes, [item.postId]: (e.target as HTMLInputElement).value })}
            />
          </div>
          <button type="button" class="button secondary" @click=${() => this.dismiss(item)}>
            ${msg('Avvis flagg')}
          </button>
          <button type="button" class="button danger" data-remove=${item.postId} @click=${() => this.openRemoval(item)}>
            ${msg('Fjern innlegg')}
          </button>
        </div>
      </article>
    </li>`;
  }

  override render() {
    const items = this.queue?.items;
    return html`
      <div class="toolbar">
        <div class="field">
          <label for="rule-filter">${msg('Vis flagg etter regel')}</label>
          <select
            id="rule-filter"
            @change=${(e: Event) => {
              const value = Number((e.target as HTMLSelectElement).value);
              this.rule = value >= 1 && value <= 6 ? value : null;
              void this.load();
            }}
          >
            <option value="0" ?selected=${this.rule === null}>${msg('Alle regler')}</option>
            ${[1, 2, 3, 4, 5, 6].map(
              (n) => html`<option value=${String(n)} ?selected=${this.rule === n}>${this.ruleLabel(n)}</option>`,
            )}
          </select>
        </div>
      </div>
      <p class="status-line" role="status">${this.status}</p>
      ${this.failure ? html`<p class="error-box" role="alert">${this.failure}</p>` : nothing}
      ${
        items === undefined
          ? this.failure
            ? nothing
            : html`<p class="meta">${msg('Henter …')}</p>`
          : items.length === 0
            ? html`<p class="empty">${msg('Ingen flaggede innlegg. Køen er tom.')}</p>`
            : html`<ol class="plain">
                ${items.map((item) => this.renderItem(item))}
              </ol>`
      }
      <sh-removal-dialog
        .db=${this.db}
        .fetchFn=${this.fetchFn}
        @sh-removal-done=${this.onRemovalDone}
      ></sh-removal-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-flag-queue': ShFlagQueue;
  }
}
