import { localized, msg, str } from '@lit/localize';
import type { ThreadSummaryDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime, isToday } from '../../text/format.js';
import type { FetchFn } from '../../data/api.js';
import { appDb, type AppDB, type ThreadCacheRow } from '../../data/app-db.js';
import { fetchThreadPage, listCachedThreads } from '../../data/forum.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { forumStyles } from './forum.styles.js';
import { plural } from '../../text/plural.js';
import { trackFirstLoad } from '../../state/first-loads.js';

type ListState = 'loading' | 'ready' | 'offline' | 'failed';

/** The thread list: latest activity first, "load more" by keyset cursor; offline it shows the threads kept here. */
@localized()
@customElement('sh-forum-page')
export class ShForumPage extends LitElement {
  static override styles = [pageStyles, formStyles, forumStyles];

  @property({ attribute: false }) db: AppDB = appDb;
  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private threads: ThreadSummaryDto[] = [];
  @state() private nextCursor: string | null = null;
  @state() private listState: ListState = 'loading';
  @state() private loadingMore = false;

  private readonly cached = new LiveQueryController<ThreadCacheRow[]>(
    this,
    () => listCachedThreads(this.db),
    () => [this.db],
  );

  override connectedCallback(): void {
    super.connectedCallback();
    void trackFirstLoad(this.loadFirst());
  }

  private async loadFirst(): Promise<void> {
    this.listState = 'loading';
    try {
      const page = await fetchThreadPage(null, this.fetchFn);
      this.threads = page.items;
      this.nextCursor = page.nextCursor;
      this.listState = 'ready';
    } catch (error) {
      this.listState = error instanceof TypeError ? 'offline' : 'failed';
    }
  }

  private async loadMore(): Promise<void> {
    if (!this.nextCursor) return;
    this.loadingMore = true;
    try {
      const page = await fetchThreadPage(this.nextCursor, this.fetchFn);
      const known = new Set(this.threads.map((thread) => thread.id));
      this.threads = [...this.threads, ...page.items.filter((thread) => !known.has(thread.id))];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.listState = error instanceof TypeError ? 'offline' : 'failed';
    } finally {
      this.loadingMore = false;
    }
  }

  private activityLabel(iso: string): string {
    if (isToday(iso)) return msg(str`i dag kl. ${formatTime(iso)}`);
    return formatDate(iso);
  }

  private renderThread(thread: ThreadSummaryDto, cache: Map<string, ThreadCacheRow>) {
    const seen = cache.get(thread.id);
    const hasNew = !!seen?.lastSeenActivityAt && thread.lastActivityAt > seen.lastSeenActivityAt;
    return html`<li class="card">
      <a class="thread-title" href="/forum/traad/${encodeURIComponent(thread.id)}" lang="nb">${thread.title}</a>
      ${hasNew ? html` <span class="badge new">${msg('Nye innlegg')}</span>` : nothing}
      ${thread.locked ? html` <span class="badge locked">${msg('Låst')}</span>` : nothing}
      <p class="meta">
        ${thread.starterStaffVoice ? msg('Redaksjonen') : (thread.starterAlias ?? msg('Slettet medlem'))} ·
        ${plural(thread.postCount, (n) => ({ one: msg(str`${n} innlegg`, { id: 'count.posts.one' }), other: msg(str`${n} innlegg`) }))}
        · ${msg(str`siste aktivitet ${this.activityLabel(thread.lastActivityAt)}`)}
      </p>
    </li>`;
  }

  private renderList() {
    const cacheRows = this.cached.value ?? [];
    const cache = new Map(cacheRows.map((row) => [row.id, row]));
    if (this.listState === 'loading') return html`<p class="meta">${msg('Henter tråder …')}</p>`;
    if (this.listState !== 'ready' && this.threads.length === 0) {
      return html`<p class="notice" role="status">
          ${
            this.listState === 'offline'
              ? msg('Du er uten nett. Her er trådene du har åpnet på denne enheten.')
              : msg('Kunne ikke hente trådene akkurat nå. Her er trådene du har åpnet på denne enheten.')
          }
        </p>
        ${
          cacheRows.length
            ? html`<ul class="plain">
                ${cacheRows.map((row) => this.renderThread(row.thread, cache))}
              </ul>`
            : html`<p>${msg('Ingen tråder er lagret her ennå.')}</p>`
        }`;
    }
    if (this.threads.length === 0) {
      return html`<div class="empty"><p>${msg('Ingen har startet en tråd ennå. Vil du være den første?')}</p></div>`;
    }
    return html`<ul class="plain">
        ${this.threads.map((thread) => this.renderThread(thread, cache))}
      </ul>
      ${this.listState === 'offline' ? html`<p class="notice" role="status">${msg('Du er uten nett.')}</p>` : nothing}
      ${
        this.nextCursor
          ? html`<p>
              <button type="button" class="button secondary" ?disabled=${this.loadingMore} @click=${this.loadMore}>
                ${this.loadingMore ? msg('Henter …') : msg('Vis flere tråder')}
              </button>
            </p>`
          : nothing
      }`;
  }

  override render() {
    return html`
      <h1 tabindex="-1">${msg('Forum')}</h1>
      <p class="lead">
        ${msg('Et anonymt forum der alle kan lese. Medlemmer skriver under alias, og alt følger forumreglene.')}
      </p>
      <div class="toolbar">
        <a class="button" href="/forum/ny">${msg('Start en ny tråd')}</a>
        <a href="/forum/utkast">${msg('Mine utkast og utboks')}</a>
        <a href="/regler">${msg('Forumregler')}</a>
      </div>
      ${this.renderList()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-forum-page': ShForumPage;
  }
}
