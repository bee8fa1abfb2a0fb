import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import type { PostDto } from '@sexhandel/shared';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatTime } from '../../app/format.js';
import { activityLabel } from '../../app/forum-text.js';
import '../../components/sh-flag-dialog.js';
import type { ShFlagDialog } from '../../components/sh-flag-dialog.js';
import '../../components/sh-post-body.js';
import '../../components/sh-post-composer.js';
import type { ShPostComposer } from '../../components/sh-post-composer.js';
import { ApiError, type FetchFn } from '../../data/api.js';
import { appDb, type AppDB, type ThreadCacheRow } from '../../data/app-db.js';
import { getCachedThread, markThreadSeen, newPostIds, refreshThread } from '../../data/forum.js';
import { shEvent } from '../../events.js';
import { outboxServiceContext, sessionStateContext } from '../../state/contexts.js';
import { ForumRulesController } from '../../state/forum-rules.controller.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import type { OutboxService } from '../../state/outbox.service.js';
import type { SessionState } from '../../state/session.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { forumStyles } from './forum.styles.js';

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

  @state() private loadState: LoadState = 'loading';
  @state() private seenBefore: string | null = null;
  @state() private quote: PostDto | null = null;
  @state() private flagNotice = false;

  private loadedId = '';

  /** Rule titles for removal notices the server sent without one. */
  private readonly ruleTitles = new ForumRulesController(this);

  private readonly cached = new LiveQueryController<ThreadCacheRow | undefined>(
    this,
    () => getCachedThread(this.threadId, this.db),
    () => [this.threadId, this.db],
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.threadId && this.threadId !== this.loadedId) {
      this.loadedId = this.threadId;
      void this.load();
    }
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
      if (error instanceof ApiError && error.status === 404) this.loadState = 'not-found';
      else if (error instanceof TypeError) this.loadState = 'offline';
      else this.loadState = 'failed';
      const cached = this.cached.value;
      if (cached) this.dispatchEvent(shEvent('sh-title', { title: cached.thread.title }));
      return false;
    }
  }

  private async onSent(): Promise<void> {
    await this.outbox?.flushNow();
    if (await this.refresh()) await markThreadSeen(this.threadId, this.db);
  }

  private async reply(quote: PostDto | null): Promise<void> {
    if (quote) this.quote = quote;
    const composer = this.renderRoot.querySelector<ShPostComposer>('sh-post-composer');
    if (!composer) return;
    await composer.updateComplete;
    composer.scrollIntoView({ block: 'start' });
    composer.shadowRoot?.querySelector<HTMLTextAreaElement>('#body')?.focus();
  }

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
          ${
            post.authorActivity && !post.staffVoice
              ? html`<span class="badge">${activityLabel(post.authorActivity)}</span>`
              : nothing
          }
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
        ${msg(str`${thread.postCount} innlegg`)} · ${msg(str`startet ${formatDate(thread.createdAt)}`)}
        ${thread.locked ? html` · <span class="badge locked">${msg('Låst')}</span>` : nothing}
      </p>
      ${this.renderState()}
      ${fresh.size ? html`<p class="meta">${msg(str`${fresh.size} nye innlegg siden sist`)}</p>` : nothing}
      <ol class="plain" aria-label=${msg('Innlegg')}>
        ${posts.map((post) => this.renderPost(post, posts, fresh))}
      </ol>
      ${
        this.flagNotice
          ? html`<p class="notice" role="status">${msg('Takk. Rapporten sendes til moderatorene.')}</p>`
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
      <sh-flag-dialog
        .db=${this.db}
        @sh-flag-done=${(e: CustomEvent<{ queued: boolean }>) => (this.flagNotice = e.detail.queued)}
      ></sh-flag-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-thread-page': ShThreadPage;
  }
}
