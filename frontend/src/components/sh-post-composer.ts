import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LIMITS, type PostDto } from '@sexhandel/shared';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { errorText } from '../text/error-text.js';
import { draftProblemText } from '../text/forum-text.js';
import { characterCount, overLimitText } from '../text/limit-text.js';
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
} from '../data/forum.js';
import { AutosaveController } from '../state/autosave.controller.js';
import { outboxServiceContext, sessionStateContext } from '../state/contexts.js';
import type { OutboxService } from '../state/outbox.service.js';
import type { SessionState } from '../state/session.service.js';
import { LiveQueryController } from '../state/live-query.controller.js';
import { OutcomeFocusController } from './outcome-focus.controller.js';
import { embeddedHostStyles, formStyles } from '../styles/form.styles.js';
import { pageStyles } from '../styles/page.styles.js';
import { ForumRulesGateController } from './forum-rules-gate.controller.js';
import { composerStyles } from './sh-post-composer.styles.js';
import { renderSendOutcome, type SentState } from './send-outcome.js';
import './sh-rules-list.js';
import { FormErrorsController } from './form-errors.controller.js';
import { trackFirstLoad } from '../state/first-loads.js';

type SaveState = 'empty' | 'pending' | 'saved';

/**
 * Writes a new thread (title + text) or a reply (text, optional quote). Everything typed is saved
 * as a draft on this device only: ~500 ms after typing stops and when the page is hidden. Send
 * moves the draft into the outbox (see sendDraft) and asks the outbox to push; what became of it
 * ("sending", "waiting for the network", "published", or the server's refusal with the text put
 * back in the composer) comes into view with focus on it.
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
  private readonly errors = new FormErrorsController(this, {
    title: { id: 'title', label: () => msg('Tittel') },
    body: { id: 'body', label: () => msg('Innlegg') },
  });
  /** The last Send: its mutation id and the draft it came from (a refusal restores that draft). */
  @state() private sent: { mutationId: string; draftId: string; kind: DraftKind } | null = null;
  @state() private loaded = false;

  private readonly autosave = new AutosaveController(
    this,
    () => this.save(),
    () => this.autosaveMs,
  );
  private readonly outcome = new OutcomeFocusController(this);
  private readonly sentState = new LiveQueryController<SentState>(
    this,
    async () => {
      const sent = this.sent;
      if (!sent) return { row: undefined, refused: undefined };
      const row = await this.db.outbox.get(sent.mutationId);
      const draft = row ? undefined : await this.db.drafts.get(sent.draftId);
      return { row, refused: draft?.serverError ? draft : undefined };
    },
    () => [this.db, this.sent],
  );
  private loadedKey = '';
  private stored = false;

  // The accept button had focus and is gone once acceptance is stored: focus goes to the first field.
  private readonly rulesGate = new ForumRulesGateController(this, () =>
    this.renderRoot.querySelector<HTMLElement>(this.kind === 'thread' ? '#title' : '#body')?.focus(),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = `${this.kind}|${this.threadId ?? ''}|${this.draftId ?? ''}|${this.db.name}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void trackFirstLoad(this.load());
    }
    if (changed.has('quote') && this.quote && this.quote.id !== this.quotePostId) {
      this.quotePostId = this.quote.id;
      this.scheduleSave();
    }
    this.takeBackRefused();
  }

  /**
   * The server refused what was just sent: the text comes back here, where it was written, with the
   * reason in view (unless something new is being written; then the reason points to Mine utkast).
   */
  private takeBackRefused(): void {
    const refused = this.sentState.value?.refused;
    if (!this.sent || !refused || refused.id !== this.sent.draftId) return;
    const writingSomethingElse = !!(this.body.trim() || this.titleText.trim());
    if (writingSomethingElse) return;
    this.sent = null;
    this.currentId = refused.id;
    this.titleText = refused.title ?? '';
    this.body = refused.body;
    this.quotePostId = refused.quotePostId ?? null;
    this.serverError = refused.serverError;
    this.asStaff = refused.asStaff ?? false;
    this.stored = true;
    this.saveState = 'saved';
    this.outcome.reveal();
  }

  private async load(): Promise<void> {
    await this.autosave.flush();
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
    // "Published" has been read once the next text is being written; a wait or a refusal stays.
    if (this.sentState.value?.row?.state === 'sent') this.sent = null;
    this.autosave.schedule();
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
    if (!this.autosave.pending) this.saveState = 'saved';
    if (first) this.dispatchEvent(shEvent('sh-draft-saved', { id: this.currentId }));
  }

  private onTitle(event: Event): void {
    this.titleText = (event.target as HTMLInputElement).value;
    this.scheduleSave();
  }

  private onBody(event: Event): void {
    this.body = (event.target as HTMLTextAreaElement).value;
    this.scheduleSave();
  }

  private removeQuote(): void {
    this.quotePostId = null;
    this.scheduleSave();
  }

  private get overLimit(): boolean {
    return this.body.length > LIMITS.postBodyMax || this.titleText.length > LIMITS.threadTitleMax;
  }

  private get canSend(): boolean {
    if (this.session?.status === 'signed-out') return false;
    if (this.overLimit) return false;
    return this.rulesGate.accepted;
  }

  private async send(): Promise<void> {
    const problem = draftProblem({ kind: this.kind, title: this.titleText, body: this.body });
    if (problem) {
      this.errors.show([[problem.includes('title') ? 'title' : 'body', draftProblemText(problem)]]);
      return;
    }
    this.errors.clear();
    this.autosave.cancel();
    this.serverError = undefined;
    await this.save();
    const draftId = this.currentId;
    const mutationId = await sendDraft(draftId, this.db);
    const kind = this.kind;
    this.currentId = newDraftId();
    this.titleText = '';
    this.body = '';
    this.quotePostId = null;
    this.asStaff = false;
    this.stored = false;
    this.saveState = 'empty';
    this.sent = { mutationId, draftId, kind };
    this.outcome.reveal();
    this.dispatchEvent(shEvent('sh-draft-sent', { mutationId, kind }));
    void this.outbox?.flushNow();
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
          ? html`<section class="error-box" role="alert" data-outcome aria-labelledby="refused-heading">
              <h3 class="outcome-title" id="refused-heading" tabindex="-1">${msg('Ikke publisert')}</h3>
              <p>${errorText(this.serverError)}</p>
              <p>${msg('Teksten din er tatt vare på her. Rett den og send på nytt.')}</p>
            </section>`
          : nothing
      }
      ${this.sent && this.sentState.value ? renderSendOutcome(this.sent.kind, this.sentState.value) : nothing}
      ${this.rulesGate.render()} ${this.errors.renderSummary()}
      ${
        isThread
          ? html`<div class="field">
              <label for="title">${msg('Tittel')}</label>
              ${this.errors.renderFieldError('title')}
              <input
                id="title"
                type="text"
                .value=${this.titleText}
                @input=${this.onTitle}
                aria-describedby=${this.errors.describedBy('title', 'title-count')}
                aria-invalid=${titleOver ? 'true' : this.errors.invalid('title')}
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
        ${this.errors.renderFieldError('body')}
        <textarea
          id="body"
          .value=${this.body}
          @input=${this.onBody}
          aria-describedby=${this.errors.describedBy('body', 'body-hint body-count')}
          aria-invalid=${over ? 'true' : this.errors.invalid('body')}
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
      ${
        this.overLimit
          ? html`<p class="error-box" id="send-blocked">
              ${
                over
                  ? overLimitText(this.body.length, LIMITS.postBodyMax)
                  : overLimitText(this.titleText.length, LIMITS.threadTitleMax, 'title')
              }
            </p>`
          : nothing
      }
      ${this.renderStaffVoice()}
      <div class="actions">
        <button
          type="button"
          class="button"
          id="send"
          ?disabled=${!this.canSend}
          aria-describedby=${this.overLimit ? 'send-blocked' : nothing}
          @click=${this.send}
        >
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
