import { localized, msg } from '@lit/localize';
import type { PendingQaDto } from '@sexhandel/shared';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { shEvent } from '../events.js';

/**
 * Asks the person, before anything is published, whether the anonymised question and answer a
 * counsellor made from their conversation may be published with exactly this wording.
 *
 * @fires sh-qa-decision - `{ qaId, approve }` when the person answers.
 */
@localized()
@customElement('sh-qa-approval')
export class ShQaApproval extends LitElement {
  static override styles = css`
    :host {
      display: block;
      border: 1px solid var(--sh-border);
      border-left: 4px solid var(--sh-accent);
      border-radius: 0.5rem;
      padding: 1rem;
      margin: 1rem 0;
      background: var(--sh-surface);
    }
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1.05rem;
    }
    blockquote {
      margin: 0.75rem 0;
      padding: 0.5rem 0.75rem;
      background: var(--sh-muted-surface);
      border-radius: 0.25rem;
      white-space: pre-wrap;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    button {
      font: inherit;
      padding: 0.5rem 1rem;
      border-radius: 0.375rem;
      border: 1px solid var(--sh-accent);
      background: var(--sh-accent);
      color: var(--sh-on-accent);
      cursor: pointer;
    }
    button.secondary {
      background: transparent;
      color: var(--sh-accent);
    }
    button:focus-visible {
      outline: 3px solid var(--sh-focus);
      outline-offset: 2px;
    }
    button[disabled] {
      opacity: 0.6;
      cursor: default;
    }
  `;

  /** The text waiting for the person's decision. */
  @property({ attribute: false }) pendingQa!: PendingQaDto;
  /** True while a decision is being sent. */
  @property({ type: Boolean }) busy = false;

  private decide(approve: boolean): void {
    this.dispatchEvent(shEvent('sh-qa-decision', { qaId: this.pendingQa.id, approve }));
  }

  override render() {
    return html`<section aria-labelledby="qa-approval-heading">
      <h3 id="qa-approval-heading">${msg('Kan dette publiseres?')}</h3>
      <p>
        ${msg(
          'En rådgiver har skrevet en anonymisert versjon av spørsmålet ditt til «Spørsmål og svar». Den publiseres bare hvis du sier ja. Les nøye: står det noe som kan kjenne deg igjen, si nei.',
        )}
      </p>
      <p><strong>${msg('Spørsmålet')}</strong></p>
      <blockquote lang="nb">${this.pendingQa.question}</blockquote>
      <p><strong>${msg('Svaret')}</strong></p>
      <blockquote lang="nb">${this.pendingQa.answer}</blockquote>
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${() => this.decide(true)}>
          ${msg('Ja, dette kan publiseres')}
        </button>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.decide(false)}>
          ${msg('Nei, ikke publiser')}
        </button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-qa-approval': ShQaApproval;
  }
}
