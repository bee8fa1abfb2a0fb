import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { FormErrorsController } from '../../../components/form-errors.controller.js';
import { modalFrame } from '../../../components/modal-frame.js';
import type { FetchFn } from '../../../data/api.js';
import { appDb, type AppDB } from '../../../data/app-db.js';
import { removePost } from '../../../data/moderation.js';
import { shEvent } from '../../../events.js';
import { ForumRulesController } from '../../../state/forum-rules.controller.js';
import { dialogStyles } from '../../../styles/dialog.styles.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';

const NOTE_MAX = 500;

/**
 * "Fjern innlegg": a native modal dialog with a rule picker (1–6, titles from the synced rules) and a
 * required public note. Opens focused on the rule picker; Escape closes it. Call `show(postId)`.
 *
 * @fires sh-removal-done - the post was removed (with the archive entry) or the dialog closed (null)
 */
@localized()
@customElement('sh-removal-dialog')
export class ShRemovalDialog extends LitElement {
  static override styles = [
    pageStyles,
    formStyles,
    embeddedHostStyles,
    dialogStyles,
    css`
      dialog {
        width: min(34rem, calc(100vw - 2rem));
      }
    `,
  ];

  @property({ attribute: false }) db: AppDB = appDb;
  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private postId = '';
  @state() private rule = 1;
  @state() private note = '';
  @state() private busy = false;
  private readonly errors = new FormErrorsController(this, {
    rule: { id: 'rule', label: () => msg('Regel som er brutt') },
    note: { id: 'note', label: () => msg('Begrunnelse (vises offentlig)') },
  });

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('#rule') private picker?: HTMLSelectElement;

  private readonly rules = new ForumRulesController(this);

  /** Opens the dialog for one post, focused on the rule picker. */
  async show(postId: string, rule = 1): Promise<void> {
    this.postId = postId;
    this.rule = rule >= 1 && rule <= 6 ? rule : 1;
    this.note = '';
    this.errors.clear();
    this.busy = false;
    await this.updateComplete;
    this.dialog?.showModal();
    this.picker?.focus();
  }

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  private close(): void {
    this.dialog?.close();
    this.dispatchEvent(shEvent('sh-removal-done', { removal: null }));
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const note = this.note.trim();
    if (!note || note.length > NOTE_MAX) {
      this.errors.show([
        [
          'note',
          note
            ? msg(str`Begrunnelsen kan ha høyst ${NOTE_MAX} tegn.`)
            : msg('Skriv en kort begrunnelse. Den vises i tråden der innlegget stod.'),
        ],
      ]);
      return;
    }
    this.busy = true;
    this.errors.clear();
    try {
      const removal = await removePost(this.postId, this.rule, note, this.fetchFn);
      this.dialog?.close();
      this.dispatchEvent(shEvent('sh-removal-done', { removal }));
    } catch (error) {
      this.errors.showError(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const rules = this.rules.value ?? [];
    return modalFrame(
      {
        labelledBy: 'removal-heading',
        onCancel: (e: Event) => {
          e.preventDefault();
          this.close();
        },
      },
      html`<form @submit=${this.submit} novalidate>
        <h2 id="removal-heading">${msg('Fjern innlegget')}</h2>
        <p>
          ${msg('Teksten forsvinner fra forumet og legges i arkivet for moderatorer. I tråden står regelen og begrunnelsen din.')}
        </p>
        ${this.errors.renderSummary()}
        <div class="field">
          <label for="rule">${msg('Regel som er brutt')}</label>
          ${this.errors.renderFieldError('rule')}
          <select
            id="rule"
            aria-invalid=${this.errors.invalid('rule')}
            aria-describedby=${this.errors.describedBy('rule')}
            .value=${String(this.rule)}
            @change=${(e: Event) => (this.rule = Number((e.target as HTMLSelectElement).value))}
          >
            ${[1, 2, 3, 4, 5, 6].map((n) => {
              const title = rules.find((candidate) => candidate.number === n)?.title;
              return html`<option value=${String(n)} ?selected=${this.rule === n}>
                ${title ? `${n}. ${title}` : msg(str`Regel ${n}`)}
              </option>`;
            })}
          </select>
        </div>
        <div class="field">
          <label for="note">${msg('Begrunnelse (vises offentlig)')}</label>
          ${this.errors.renderFieldError('note')}
          <textarea
            id="note"
            required
            maxlength=${NOTE_MAX}
            aria-invalid=${this.errors.invalid('note')}
            aria-describedby=${this.errors.describedBy('note', 'note-hint')}
            .value=${this.note}
            @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p class="hint" id="note-hint">${msg('Kort og saklig. Ikke gjenta det som stod i innlegget.')}</p>
        </div>
        <div class="actions">
          <button type="submit" class="button danger" ?disabled=${this.busy}>${msg('Fjern innlegget')}</button>
          <button type="button" class="button secondary" @click=${() => this.close()}>${msg('Avbryt')}</button>
        </div>
      </form>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-removal-dialog': ShRemovalDialog;
  }
}
