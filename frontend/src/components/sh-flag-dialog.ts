import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LIMITS, type FlagCreatePayload } from '@sexhandel/shared';
import { css, html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { appDb, type AppDB } from '../data/app-db.js';
import { enqueueFlag, NotSignedInError } from '../data/forum.js';
import { FormErrorsController, requestErrorText } from './form-errors.controller.js';
import { modalFrame } from './modal-frame.js';
import { shEvent } from '../events.js';
import { outboxServiceContext } from '../state/contexts.js';
import { ForumRulesController } from '../state/forum-rules.controller.js';
import type { OutboxService } from '../state/outbox.service.js';
import { dialogStyles } from '../styles/dialog.styles.js';
import { embeddedHostStyles, formStyles } from '../styles/form.styles.js';
import { pageStyles } from '../styles/page.styles.js';

/**
 * "Rapporter": pick the rule a post breaks (1–6) and add an optional note; queues a flag.create.
 * Call `show(postId)`.
 *
 * @fires sh-flag-done - closed, with `queued` true when a flag went into the outbox
 */
@localized()
@customElement('sh-flag-dialog')
export class ShFlagDialog extends LitElement {
  static override styles = [
    pageStyles,
    formStyles,
    embeddedHostStyles,
    dialogStyles,
    css`
      dialog {
        max-width: min(34rem, calc(100vw - 2rem));
      }
    `,
  ];

  @property({ attribute: false }) db: AppDB = appDb;

  @consume({ context: outboxServiceContext })
  @property({ attribute: false })
  outbox?: OutboxService;

  @state() private postId = '';
  @state() private rule = 0;
  @state() private note = '';

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly rules = new ForumRulesController(this);

  /** A missing rule is said at the rule choice (its first radio is the summary's link target). */
  private readonly errors = new FormErrorsController(this, {
    rule: { id: 'flag-rule-1', label: () => msg('Hvilken regel?') },
  });

  /** Opens the dialog for one post. */
  async show(postId: string): Promise<void> {
    this.postId = postId;
    this.rule = 0;
    this.note = '';
    this.errors.clear();
    await this.updateComplete;
    this.dialog?.showModal();
  }

  private close(queued: boolean): void {
    this.dialog?.close();
    this.dispatchEvent(shEvent('sh-flag-done', { queued }));
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.rule < 1 || this.rule > 6) {
      this.errors.show([['rule', msg('Velg regelen du mener innlegget bryter.')]]);
      return;
    }
    const payload: FlagCreatePayload = { postId: this.postId, rule: this.rule };
    const note = this.note.trim();
    if (note) payload.note = note.slice(0, LIMITS.flagNoteMax);
    try {
      await enqueueFlag(payload, this.db);
    } catch (error) {
      // The session may have ended in another tab; anything else is said as any failed action is.
      const text =
        error instanceof NotSignedInError
          ? msg('Logg inn igjen for å rapportere. Rapporten ble ikke sendt.')
          : requestErrorText(error);
      this.errors.show([[null, text]]);
      return;
    }
    void this.outbox?.flushNow();
    this.close(true);
  }

  override render() {
    const rules = this.rules.value ?? [];
    const numbers = [1, 2, 3, 4, 5, 6];
    return modalFrame(
      { labelledBy: 'flag-heading', onCancel: () => this.close(false) },
      html`<form @submit=${this.submit} novalidate>
        <h2 id="flag-heading">${msg('Rapporter innlegget')}</h2>
        ${this.errors.renderSummary()}
        <p>
          ${msg('Velg regelen du mener innlegget bryter. En moderator ser på det. Den som skrev, får ikke vite hvem som rapporterte.')}
        </p>
        <fieldset aria-describedby=${this.errors.describedBy('flag-rule-1')}>
          <legend>${msg('Hvilken regel?')}</legend>
          ${this.errors.renderFieldError('flag-rule-1')}
          ${numbers.map((n) => {
            const rule = rules.find((candidate) => candidate.number === n);
            const label = rule ? `${n}. ${rule.title}` : msg(str`Regel ${n}`);
            return html`<label class="choice"
              ><input
                type="radio"
                id="flag-rule-${n}"
                name="rule"
                .value=${String(n)}
                .checked=${this.rule === n}
                @change=${() => ((this.rule = n), this.errors.clear())}
              />
              <span lang="nb">${label}</span></label
            >`;
          })}
        </fieldset>
        <div class="field">
          <label for="note">${msg('Kommentar til moderator (valgfritt)')}</label>
          <textarea
            id="note"
            maxlength=${LIMITS.flagNoteMax}
            .value=${this.note}
            @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <div class="actions">
          <button type="submit" class="button">${msg('Send rapport')}</button>
          <button type="button" class="button secondary" @click=${() => this.close(false)}>${msg('Avbryt')}</button>
        </div>
      </form>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-flag-dialog': ShFlagDialog;
  }
}
