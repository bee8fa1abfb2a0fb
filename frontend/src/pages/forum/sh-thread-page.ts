import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import type { PostDto } from '@sexhandel/shared';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../text/format.js';
import { OutcomeFocusController } from '../../components/outcome-focus.controller.js';
import '../../components/sh-flag-dialog.js';
import type { ShFlagDialog } from '../../components/sh-flag-dialog.js';
import '../../components/sh-post-body.js';
import '../../components/sh-post-composer.js';
import type { ShPostComposer } from '../../components/sh-post-composer.js';
import { ApiError, type FetchFn } from '../../data/api.js';
import { appDb, type AppDB, type OutboxRow, type ThreadCacheRow } from '../../data/app-db.js';
import { getCachedThread, listPendingReplies, markThreadSeen, newPostIds, refreshThread } from '../../data/forum.js';
import { shEvent } from '../../events.js';
import { outboxServiceContext, sessionStateContext, syncStateContext } from '../../state/contexts.js';
import { ForumRulesController } from '../../state/forum-rules.controller.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import type { OutboxService } from '../../state/outbox.service.js';
import type { SessionState } from '../../state/session.service.js';
import type { SyncState } from '../../state/sync.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { forumStyles } from './forum.styles.js';
import { plural } from '../../text/plural.js';
import { trackFirstLoad } from '../../state/first-loads.js';

type LoadState = 'loading' | 'fresh' | 'offline' | 'not-found' | 'failed';

/** One thread: posts oldest first, new ones marked, reply composer; kept on the device for offline reading. */
@localized()
@customElement('sh-thread-page')
export class ShThreadPage extends LitElement {
  static override styles = [pageStyles, formStyles, forumStyles];

  @property({ attribute: 'thread-id' }) threadId = '';

  /** A reply draft to continue (from the drafts list). */
  @property({ attribute: 'draft-id' }) draftId?: string;

  @property({ attribute: false }) db: AppDB = appDb;
  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @consume({ context: outboxServiceContext })
  @property({ attribute: false })
  outbox?: OutboxService;

  /** The app's sync: when a run ends online (e.g. the connection came back), the thread is fetched again. */
  @consume({ context: syncStateContext, subscribe: true })
  @property({ attribute: false })
  sync?: SyncState;

  @state() private loadState: LoadState = 'loading';
  @state() private seenBefore: string | null = null;
  @state() private quote: PostDto | null = null;
  @state() private flagNotice = false;

  private loadedId = '';
  private readonly flagOutcome = new OutcomeFocusController(this, '#flag-notice');

  /** Applied replies of one's own the thread was already fetched again for. */
  private readonly fetchedFor = new Set<string>();

  /** Rule titles for removal notices the server sent without one. */
  private readonly ruleTitles = new ForumRulesController(this);

  /** One's own replies to this thread still in the outbox: shown in place, marked as sending. */
  private readonly pending = new LiveQueryController<OutboxRow[]>(
    this,
    () => listPendingReplies(this.threadId, this.db),
    () => [this.threadId, this.db],
  );

  private readonly cached = new LiveQueryController<ThreadCacheRow | undefined>(
    this,
    () => getCachedThread(this.threadId, this.db),
    () => [this.threadId, this.db],
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.threadId && this.threadId !== this.loadedId) {
      this.loadedId = this.threadId;
      void trackFirstLoad(this.load());
    } else if (changed.has('sync') && this.loadedId) {
      // A run ended online (several sync updates may fall into one render, so compare more than `syncing`).
      const before = changed.get('sync');
      const now = this.sync;
      const ended =
        !!before &&
        !!now &&
        !now.syncing &&
        now.online &&
        (before.syncing || !before.online || before.lastSyncedAt !== now.lastSyncedAt);
      if (ended) void this.refreshSeen();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // One's own reply was applied but the stored thread does not have it yet: fetch the thread, once per reply.
    const posts = this.cached.value?.posts ?? [];
    for (const row of this.pending.value ?? []) {
      const postId = (row.result as { postId?: string } | undefined)?.postId;
      if (row.state !== 'sent' || !postId || this.fetchedFor.has(postId)) continue;
      if (posts.some((post) => post.id === postId)) continue;
      this.fetchedFor.add(postId);
      void this.refreshSeen();
      break;
    }
  }

  private async refreshSeen(): Promise<void> {
    if (await this.refresh()) await markThreadSeen(this.threadId, this.db);
  }

  override disconnectedCallback(): void {
    if (this.loadedId) void markThreadSeen(this.loadedId, this.db).catch(() => undefined);
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    const id = this.threadId;
    this.loadState = 'loading';
    this.quote = null;
    this.seenBefore = (await getCachedThread(id, this.db))?.lastSeenPostId ?? null;
    const fresh = await this.refresh();
    if (id === this.threadId && fresh) await markThreadSeen(id, this.db);
  }

  /** True when the thread came fresh from the server. */
  private async refresh(): Promise<boolean> {
    try {
      const row = await refreshThread(this.threadId, this.fetchFn, this.db);
      this.loadState = 'fresh';
      this.dispatchEvent(shEvent('sh-title', { title: row.thread.title }));
      return true;
    } catch (error) {
      // A malformed id (400 invalid_id) names no thread either.
      if (error instanceof ApiError && (error.status === 404 || error.code === 'invalid_id'))
        this.loadState = 'not-found';
      else if (error instanceof TypeError) this.loadState = 'offline';
      else this.loadState = 'failed';
      const cached = this.cached.value;
      if (cached) this.dispatchEvent(shEvent('sh-title', { title: cached.thread.title }));
      return false;
    }
  }

  private async onSent(): Promise<void> {
    await this.outbox?.flushNow();
    await this.refreshSeen();
  }

  private async reply(quote: PostDto | null): Promise<void> {
    if (quote) this.quote = quote;
    const composer = this.renderRoot.querySelector<ShPostComposer>('sh-post-composer');
    if (!composer) return;
    await composer.updateComplete;
    composer.scrollIntoView({ block: 'start' });
    composer.shadowRoot?.querySelector<HTMLTextAreaElement>('#body')?.focus();
  }

  /** The flag dialog closed: its outcome comes into view with focus (the dialog's opener may be far up). */
  private readonly onFlagDone = (event: CustomEvent<{ queued: boolean }>): void => {
    this.flagNotice = event.detail.queued;
    if (this.flagNotice) this.flagOutcome.reveal();
  };

  private flag(post: PostDto): void {
    this.flagNotice = false;
    void this.renderRoot.querySelector<ShFlagDialog>('sh-flag-dialog')?.show(post.id);
  }

  private renderPostText(post: PostDto) {
    if (post.status === 'published' && post.body !== null) {
      return html`<sh-post-body lang="nb" .text=${post.body}></sh-post-body>`;
    }
    if (post.status === 'hidden') {
      return html`<p class="removed">${msg('Venter på vurdering av en moderator.')}</p>`;
    }
    const removal = post.removal;
    if (!removal) {
      return html`<p class="removed">
        ${msg('Dette innlegget er fjernet av en moderator fordi det brøt forumreglene.')}
      </p>`;
    }
    const title = removal.ruleTitle ?? this.ruleTitles.value?.find((rule) => rule.number === removal.rule)?.title;
    return html`<div class="removed">
      <p>
        ${
          title
            ? msg(str`Fjernet av moderator etter regel ${removal.rule}: ${title}`)
            : msg(str`Fjernet av moderator etter regel ${removal.rule}.`)
        }
      </p>
      <p lang="nb">${msg('Moderatorens begrunnelse:')} ${removal.note}</p>
    </div>`;
  }

  private renderPost(post: PostDto, posts: PostDto[], fresh: Set<string>) {
    const alias = post.authorAlias;
    const quoted = post.quotePostId ? posts.find((candidate) => candidate.id === post.quotePostId) : undefined;
    const me = this.session?.me?.alias;
    const canFlag = this.session?.status === 'signed-in' && alias !== me && post.status === 'published';
    const isNew = fresh.has(post.id);
    return html`<li>
      <article class="card post ${isNew ? 'is-new' : ''}" aria-labelledby="by-${post.id}">
        <header>
          <span class="author" id="by-${post.id}">
            ${
              post.staffVoice
                ? msg('Redaksjonen')
                : alias
                  ? html`<a href="/forum/medlem/${encodeURIComponent(alias)}">${alias}</a>`
                  : msg('Slettet medlem')
            }
          </span>
          ${post.articleAuthor ? html`<span class="badge">${msg('Artikkelforfatter')}</span>` : nothing}
          <span class="meta"
            ><time datetime=${post.createdAt}>${formatDate(post.createdAt)} ${formatTime(post.createdAt)}</time></span
          >
          ${isNew ? html`<span class="badge new">${msg('Nytt')}</span>` : nothing}
        </header>
        ${
          quoted?.body
            ? html`<div class="quoted" lang="nb">
                <span>${msg(str`${quoted.authorAlias ?? msg('Slettet medlem')} skrev:`)}</span>
                <sh-post-body .text=${quoted.body.slice(0, 300) + (quoted.body.length > 300 ? '…' : '')}></sh-post-body>
              </div>`
            : nothing
        }
        ${this.renderPostText(post)}
        ${
          post.status === 'published'
            ? html`<div class="post-actions">
                <button type="button" class="link-button" @click=${() => this.reply(null)}>${msg('Svar')}</button>
                <button type="button" class="link-button" @click=${() => this.reply(post)}>${msg('Siter')}</button>
                ${
                  canFlag
                    ? html`<button type="button" class="link-button" @click=${() => this.flag(post)}>
                        ${msg('Rapporter')}
                      </button>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </article>
    </li>`;
  }

  /** A reply of one's own not yet in the thread: queued, being sent, or sent and waiting for the refresh. */
  private renderPending(row: OutboxRow, posts: PostDto[]) {
    const postId = (row.result as { postId?: string } | undefined)?.postId;
    if (row.state === 'sent' && (!postId || posts.some((post) => post.id === postId))) return nothing;
    if (row.state === 'needs-attention') return nothing;
    const body = (row.payload as { body?: string }).body ?? '';
    const label =
      row.state === 'sent'
        ? msg('Sendt')
        : !navigator.onLine || this.sync?.online === false || row.attempts > 0
          ? msg('Venter på nett')
          : msg('Sendes …');
    return html`<li>
      <article class="card post pending" aria-labelledby="pending-${row.id}">
        <header>
          <span class="author" id="pending-${row.id}">${this.session?.me?.alias ?? msg('Du')}</span>
          <span class="badge sending">${label}</span>
        </header>
        <sh-post-body lang="nb" .text=${body}></sh-post-body>
      </article>
    </li>`;
  }

  private renderState() {
    switch (this.loadState) {
      case 'loading':
        return html`<p class="meta" role="status">${msg('Henter nye innlegg …')}</p>`;
      case 'offline':
        return html`<p class="notice" role="status">
          ${msg('Du er uten nett. Du leser kopien som er lagret på denne enheten.')}
        </p>`;
      case 'failed':
        return html`<p class="notice" role="status">
          ${msg('Kunne ikke hente nye innlegg akkurat nå. Du ser den lagrede kopien.')}
        </p>`;
      default:
        return nothing;
    }
  }

  override render() {
    const row = this.cached.value;
    if (!row) {
      // 'fresh' without a row: the thread is stored but the live query has not caught up yet.
      if (this.loadState === 'loading' || this.loadState === 'fresh' || !this.cached.loaded) {
        return html`<h1 tabindex="-1">${msg('Tråd')}</h1>
          <p class="meta">${msg('Henter tråden …')}</p>`;
      }
      if (this.loadState === 'offline') {
        return html`<h1 tabindex="-1">${msg('Tråden er ikke lagret her')}</h1>
          <p>
            ${msg('Du er uten nett, og denne tråden er ikke åpnet på denne enheten før. Prøv igjen når du er på nett.')}
          </p>
          <p><a href="/forum">${msg('Til forumet')}</a></p>`;
      }
      return html`<h1 tabindex="-1">${msg('Fant ikke tråden')}</h1>
        <p>${msg('Tråden finnes ikke, eller den er fjernet.')}</p>
        <p><a href="/forum">${msg('Til forumet')}</a></p>`;
    }
    const { thread, posts } = row;
    const fresh = newPostIds(posts, this.seenBefore);
    return html`
      <p class="meta"><a href="/forum">← ${msg('Alle tråder')}</a></p>
      <h1 tabindex="-1" lang="nb">${thread.title}</h1>
      <p class="meta">
        ${plural(thread.postCount, (n) => ({ one: msg(str`${n} innlegg`, { id: 'count.posts.one' }), other: msg(str`${n} innlegg`) }))}
        · ${msg(str`startet ${formatDate(thread.createdAt)}`)}
        ${thread.locked ? html` · <span class="badge locked">${msg('Låst')}</span>` : nothing}
      </p>
      ${this.renderState()}
      ${fresh.size ? html`<p class="meta">${plural(fresh.size, (n) => ({ one: msg(str`${n} nytt innlegg siden sist`), other: msg(str`${n} nye innlegg siden sist`) }))}</p>` : nothing}
      <ol class="plain" aria-label=${msg('Innlegg')}>
        ${posts.map((post) => this.renderPost(post, posts, fresh))}
        ${(this.pending.value ?? []).map((row) => this.renderPending(row, posts))}
      </ol>
      ${
        this.flagNotice
          ? html`<p class="notice" role="status" id="flag-notice">
              ${msg('Takk. Rapporten sendes til moderatorene.')}
            </p>`
          : nothing
      }
      ${
        thread.locked
          ? html`<p class="notice">${msg('Tråden er låst. Det kan ikke skrives flere svar.')}</p>`
          : html`<sh-post-composer
              kind="reply"
              thread-id=${thread.id}
              thread-title=${thread.title}
              draft-id=${this.draftId ?? nothing}
              .quote=${this.quote}
              .db=${this.db}
              .fetchFn=${this.fetchFn}
              @sh-draft-sent=${this.onSent}
            ></sh-post-composer>`
      }
      <sh-flag-dialog .db=${this.db} @sh-flag-done=${this.onFlagDone}></sh-flag-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-thread-page': ShThreadPage;
  }
}
