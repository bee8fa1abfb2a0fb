import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** One problem in the summary; `fieldId` is the id of the field it is about (in the same root), if any. */
export interface ErrorSummaryItem {
  fieldId?: string;
  text: string;
}

/**
 * The error summary at the top of a form (the GOV.UK/Aksel pattern): after a failed submit it lists
 * every problem, each linked to its field, and takes focus (and scrolls into view) so a screen reader
 * hears it. A new `items` list (a new failed submit) takes focus again.
 */
@localized()
@customElement('sh-error-summary')
export class ShErrorSummary extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .summary {
      border: 3px solid var(--sh-danger);
      border-radius: var(--sh-radius, 0.5rem);
      background: var(--sh-surface);
      padding: 0.8rem 1rem;
      margin: 0 0 1.25rem;
      scroll-margin-top: 5rem;
    }
    .summary:focus-visible {
      outline: 3px solid var(--sh-focus);
      outline-offset: 2px;
    }
    h2 {
      font-size: 1.1rem;
      margin: 0 0 0.5rem;
    }
    ul {
      margin: 0;
      padding-left: 1.2rem;
    }
    li {
      margin: 0.2rem 0;
      color: var(--sh-danger-strong);
    }
    a {
      color: var(--sh-danger);
      font-weight: 600;
    }
    a:focus-visible {
      outline: 3px solid var(--sh-focus);
      outline-offset: 2px;
    }
  `;

  /** The problems to list; empty shows nothing. */
  @property({ attribute: false }) items: ErrorSummaryItem[] = [];

  /**
   * The title. Empty: "what must be fixed" (a form). A button's failed action names what did not
   * happen instead, e.g. «Samtalen ble ikke lukket».
   */
  @property() heading = '';

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('items') || this.items.length === 0) return;
    const box = this.renderRoot.querySelector<HTMLElement>('.summary');
    box?.focus({ preventScroll: true });
    box?.scrollIntoView({ block: 'start', behavior: 'auto' });
  }

  private goTo(event: MouseEvent, fieldId: string): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const field = root.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center', behavior: 'auto' });
    field.focus({ preventScroll: true });
  }

  override render() {
    if (this.items.length === 0) return nothing;
    return html`
      <div class="summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
        <h2 id="summary-title">${this.heading || msg('Dette må rettes før du kan gå videre')}</h2>
        <ul>
          ${this.items.map((item) =>
            item.fieldId
              ? html`<li>
                  <a href="#${item.fieldId}" @click=${(event: MouseEvent) => this.goTo(event, item.fieldId as string)}
                    >${item.text}</a
                  >
                </li>`
              : html`<li>${item.text}</li>`,
          )}
        </ul>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-error-summary': ShErrorSummary;
  }
}
