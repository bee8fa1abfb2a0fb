import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LIMITS, type PostDto } from '@sexhandel/shared';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { characterCount, errorText } from '../app/forum-text.js';
import { shEvent } from '../events.js';
import type { FetchFn } from '../data/api.js';
import { appDb, type AppDB, type DraftKind, type DraftRow } from '../data/app-db.js';
import {
  deleteDraft,
  draftProblem,
  findReplyDraft,
  getDraft,
  newDraftId,
  saveDraft,
  sendDraft,
  type DraftProblem,
} from '../data/forum.js';
import { outboxServiceContext, sessionStateContext } from '../state/contexts.js';
import type { OutboxService } from '../state/outbox.service.js';
import type { SessionState } from '../state/session.service.js';
import { embeddedHostStyles, formStyles } from '../styles/form.styles.js';
import { pageStyles } from '../styles/page.styles.js';
import { ForumRulesGateController } from './forum-rules-gate.controller.js';
import { composerStyles } from './sh-post-composer.styles.js';
import './sh-rules-list.js';

type SaveState = 'empty' | 'pending' | 'saved';

/**
 * Writes a new thread (title + text) or a reply (text, optional quote). Everything typed is saved
 * as a draft on this device only: ~500 ms after typing stops and when the page is hidden. Send
 * moves the draft into the outbox (see sendDraft) and asks the outbox to push.
 *
 * @fires sh-draft-saved - the first save of a new draft (its id)
 * @fires sh-draft-sent - the draft is in the outbox
 */
@localized()
@customElement('sh-post-composer')
export class ShPostComposer extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles, composerStyles];

  /** 'thread' for a new thread, 'reply' for an answer in `threadId`. */
  @property() kind: DraftKind = 'reply';

  /** The thread a reply belongs to. */
  @property({ attribute: 'thread-id' }) threadId?: string;

  /** Title of that thread (shown in the drafts list). */
  @property({ attribute: 'thread-title' }) threadTitle?: string;

  /** Continue this draft; without it a reply continues the thread's latest draft, a thread starts fresh. */
  @property({ attribute: 'draft-id' }) draftId?: string;

  /** The post being quoted ("Siter"); set by the thread page. */
  @property({ attribute: false }) quote: PostDto | null = null;

  /** Milliseconds of quiet before a save. */
  @property({ type: Number, attribute: false }) autosaveMs = 500;

  /** Database and fetch; tests pass their own. */
  @property({ attribute: false }) db: AppDB = appDb;
  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @consume({ context: outboxServiceContext })
  @property({ attribute: false })
  outbox?: OutboxService;

  @state() private currentId = '';
  @state() private titleText = '';
  @state() private body = '';
  @state() private quotePostId: string | null = null;
  @state() private asStaff = false;
  @state() private saveState: SaveState = 'empty';
  @state() private serverError: DraftRow['serverError'];
  @state() private problem: DraftProblem | null = null;
  @state() private sentNotice = false;
  @state() private loaded = false;

  private timer: ReturnType<typeof setTimeout> | null = null;
  private loadedKey = '';
  private stored = false;

  // The accept button had focus and is gone once acceptance is stored: focus goes to the first field.
  private readonly rulesGate = new ForumRulesGateController(this, () =>
    this.renderRoot.querySelector<HTMLElement>(this.kind === 'thread' ? '#title' : '#body')?.focus(),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.flushSave);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pagehide', this.flushSave);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flushSave();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = `${this.kind}|${this.threadId ?? ''}|${this.draftId ?? ''}|${this.db.name}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load();
    }
    if (changed.has('quote') && this.quote && this.quote.id !== this.quotePostId) {
      this.quotePostId = this.quote.id;
      this.scheduleSave();
    }
  }

  /** Saves right away (pending debounce included). Resolves when the draft is in IndexedDB. */
  readonly flushSave = async (): Promise<void> => {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    await this.save();
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flushSave();
  };

  private async load(): Promise<void> {
    await this.flushSave();
    this.loaded = false;
    let draft: DraftRow | undefined;
    if (this.draftId) draft = await getDraft(this.draftId, this.db);
    else if (this.kind === 'reply' && this.threadId) draft = await findReplyDraft(this.threadId, this.db);
    this.currentId = draft?.id || this.draftId || newDraftId();
    this.titleText = draft?.title ?? '';
    this.body = draft?.body ?? '';
    this.quotePostId = draft?.quotePostId ?? this.quote?.id ?? null;
    this.serverError = draft?.serverError;
    this.asStaff = draft?.asStaff ?? false;
    this.stored = !!draft;
    this.saveState = draft ? 'saved' : 'empty';
    this.loaded = true;
  }

  private scheduleSave(): void {
    this.saveState = 'pending';
    this.sentNotice = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, this.autosaveMs);
  }

  private async save(): Promise<void> {
    if (!this.currentId) return;
    const empty = !this.titleText.trim() && !this.body.trim();
    if (empty) {
      // Nothing written: no draft to keep (and none to leave behind in the list).
      if (this.stored) await deleteDraft(this.currentId, this.db);
      this.stored = false;
      this.saveState = 'empty';
      return;
    }
    const draft: DraftRow = {
      id: this.currentId,
      kind: this.kind,
      body: this.body,
      updatedAt: new Date().toISOString(),
    };
    if (this.kind === 'thread') draft.title = this.titleText;
    if (this.threadId) draft.threadId = this.threadId;
    if (this.threadTitle) draft.threadTitle = this.threadTitle;
    if (this.quotePostId) draft.quotePostId = this.quotePostId;
    if (this.serverError) draft.serverError = this.serverError;
    if (this.asStaff) draft.asStaff = true;
    await saveDraft(draft, this.db);
    const first = !this.stored;
    this.stored = true;
    if (!this.timer) this.saveState = 'saved';
    if (first) this.dispatchEvent(shEvent('sh-draft-saved', { id: this.currentId }));
  }

  private onTitle(event: Event): void {
    this.titleText = (event.target as HTMLInputElement).value;
    this.problem = null;
    this.scheduleSave();
  }

  private onBody(event: Event): void {
    this.body = (event.target as HTMLTextAreaElement).value;
    this.problem = null;
    this.scheduleSave();
  }

  private removeQuote(): void {
    this.quotePostId = null;
    this.scheduleSave();
  }

  private get canSend(): boolean {
    if (this.session?.status === 'signed-out') return false;
    return this.rulesGate.accepted;
  }

  private async send(): Promise<void> {
    const problem = draftProblem({ kind: this.kind, title: this.titleText, body: this.body });
    if (problem) {
      this.problem = problem;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(problem.includes('title') ? '#title' : '#body')?.focus();
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.serverError = undefined;
    await this.save();
    const mutationId = await sendDraft(this.currentId, this.db);
    const kind = this.kind;
    this.currentId = newDraftId();
    this.titleText = '';
    this.body = '';
    this.quotePostId = null;
    this.asStaff = false;
    this.stored = false;
    this.saveState = 'empty';
    this.sentNotice = true;
    this.dispatchEvent(shEvent('sh-draft-sent', { mutationId, kind }));
    void this.outbox?.flushNow();
  }

  private problemText(problem: DraftProblem): string {
    switch (problem) {
      case 'empty_title':
        return msg('Tråden trenger en tittel.');
      case 'title_too_long':
        return msg(str`Tittelen kan ha høyst ${LIMITS.threadTitleMax} tegn.`);
      case 'too_long':
        return msg(str`Innlegget kan ha høyst ${LIMITS.postBodyMax.toLocaleString('nb-NO')} tegn.`);
      case 'missing':
        return msg('Utkastet finnes ikke lenger.');
      default:
        return msg('Skriv noe før du sender.');
    }
  }

  private renderQuote() {
    if (!this.quotePostId) return nothing;
    const quoted = this.quote?.id === this.quotePostId ? this.quote : null;
    const who = quoted?.authorAlias ?? msg('Slettet medlem');
    const excerpt = (quoted?.body ?? '').slice(0, 160);
    return html`<div class="quote">
      <p>
        ${quoted ? msg(str`Siterer ${who}:`) : msg('Siterer et innlegg i tråden.')}
        ${excerpt ? html`<span lang="nb">«${excerpt}${(quoted?.body?.length ?? 0) > 160 ? '…' : ''}»</span>` : nothing}
      </p>
      <button type="button" class="link-button" @click=${this.removeQuote}>${msg('Fjern sitat')}</button>
    </div>`;
  }

  /** Moderators and editors may post as "Redaksjonen", e.g. to put news or questions up for discussion. */
  private renderStaffVoice() {
    const roles = this.session?.me?.roles ?? [];
    if (!roles.some((role) => role === 'moderator' || role === 'editor' || role === 'admin')) return nothing;
    return html`<div class="field">
      <label
        ><input
          type="checkbox"
          .checked=${this.asStaff}
          @change=${(event: Event) => {
            this.asStaff = (event.target as HTMLInputElement).checked;
            this.scheduleSave();
          }}
        />
        ${msg('Publiser som Redaksjonen (ikke under ditt alias)')}</label
      >
    </div>`;
  }

  private renderSaveState() {
    switch (this.saveState) {
      case 'pending':
        return html`<span>${msg('Lagrer …')}</span>`;
      case 'saved':
        return html`<span class="saved">${msg('Lagret på denne enheten')}</span>`;
      default:
        return html`<span>${msg('Ikke lagret ennå')}</span>`;
    }
  }

  override render() {
    if (!this.loaded) return html`<p class="meta">${msg('Henter utkast …')}</p>`;
    const isThread = this.kind === 'thread';
    const over = this.body.length > LIMITS.postBodyMax;
    const titleOver = this.titleText.length > LIMITS.threadTitleMax;
    return html`<div class="composer">
      <h2>${isThread ? msg('Ny tråd') : msg('Skriv et svar')}</h2>
      <div class="rules"><sh-rules-list .db=${this.db}></sh-rules-list></div>
      ${
        this.serverError
          ? html`<div class="error-box" role="alert">
              <p><strong>${msg('Ikke publisert:')}</strong> ${errorText(this.serverError)}</p>
              <p>${msg('Teksten din er tatt vare på her. Rett den og send på nytt.')}</p>
            </div>`
          : nothing
      }
      ${
        this.sentNotice
          ? html`<div class="notice" role="status">
              <p>
                ${msg('Innlegget er lagt i utboksen og sendes så snart du er på nett.')}
                <a href="/forum/utkast">${msg('Se utkast og utboks')}</a>
              </p>
            </div>`
          : nothing
      }
      ${this.rulesGate.render()}
      ${
        isThread
          ? html`<div class="field">
              <label for="title">${msg('Tittel')}</label>
              <input
                id="title"
                type="text"
                .value=${this.titleText}
                @input=${this.onTitle}
                aria-describedby="title-count"
                aria-invalid=${titleOver || this.problem === 'empty_title' ? 'true' : 'false'}
                autocomplete="off"
              />
              <p class="hint ${titleOver ? 'over' : ''}" id="title-count">
                ${characterCount(this.titleText.length, LIMITS.threadTitleMax)}
              </p>
            </div>`
          : nothing
      }
      ${this.renderQuote()}
      <div class="field">
        <label for="body">${isThread ? msg('Første innlegg') : msg('Ditt svar')}</label>
        <textarea
          id="body"
          .value=${this.body}
          @input=${this.onBody}
          aria-describedby="body-hint body-count"
          aria-invalid=${over || this.problem === 'empty_body' ? 'true' : 'false'}
          spellcheck="true"
        ></textarea>
        <p class="hint" id="body-hint">
          ${msg('Tomme linjer gir nye avsnitt. Linjer som starter med «> » blir sitat. Nettadresser blir lenker.')}
        </p>
      </div>
      <div class="status-row">
        <span id="save-state" role="status">${this.renderSaveState()}</span>
        <span id="body-count" class=${over ? 'over' : ''}>${characterCount(this.body.length, LIMITS.postBodyMax)}</span>
      </div>
      ${this.problem ? html`<p class="error-box" role="alert">${this.problemText(this.problem)}</p>` : nothing}
      ${this.renderStaffVoice()}
      <div class="actions">
        <button type="button" class="button" id="send" ?disabled=${!this.canSend} @click=${this.send}>
          ${msg('Send')}
        </button>
        <a href="/forum/utkast">${msg('Mine utkast')}</a>
      </div>
      <p class="private">${msg('Utkastet lagres bare på denne enheten. Ingenting sendes før du trykker Send.')}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-post-composer': ShPostComposer;
  }
}
