import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * A field's own error message, shown next to it. It renders in the light DOM on purpose: the
 * field's `aria-describedby` must reach the message by id, and ids do not cross shadow roots.
 * The message's id is `${fieldId}-error` (see FormErrorsController.describedBy). Styled by
 * formStyles (`.field-error`).
 */
@localized()
@customElement('sh-field-error')
export class ShFieldError extends LitElement {
  /** The id of the field this message belongs to. */
  @property({ attribute: 'field-id' }) fieldId = '';

  /** The message; empty shows nothing. */
  @property() text = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    if (!this.text) return nothing;
    return html`<p class="field-error" id="${this.fieldId}-error">
      <span class="visually-hidden">${msg('Feil:')}</span> ${this.text}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-field-error': ShFieldError;
  }
}
