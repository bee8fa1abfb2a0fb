import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { spacedCode } from '../data/contact.js';
import { visuallyHiddenStyles } from '../styles/page.styles.js';

/** A pick-up code in large, spaced groups of four, with a copy button. */
@localized()
@customElement('sh-pickup-code')
export class ShPickupCode extends LitElement {
  static override styles = [
    css`
      :host {
        display: block;
        margin: 0 0 1rem;
      }
      .code {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: clamp(1.6rem, 1.1rem + 2.5vw, 2.3rem);
        font-weight: 700;
        letter-spacing: 0.12em;
        margin: 0.5rem 0 0.75rem;
      }
      .code .group {
        background: var(--sh-surface);
        border: 1px solid var(--sh-border);
        border-radius: var(--sh-radius, 0.5rem);
        padding: 0.2rem 0.5rem;
      }
      button {
        font: inherit;
        font-weight: 600;
        padding: 0.45rem 0.9rem;
        border-radius: var(--sh-radius, 0.5rem);
        border: 2px solid var(--sh-accent);
        background: transparent;
        color: var(--sh-accent);
        cursor: pointer;
      }
      button:focus-visible {
        outline: 3px solid var(--sh-focus);
        outline-offset: 2px;
      }
      .copied {
        margin-left: 0.6rem;
      }
    `,
    visuallyHiddenStyles,
  ];

  /** The code (any format; shown as four groups of four). */
  @property() code = '';

  @state() private copied: 'no' | 'yes' | 'failed' = 'no';

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(spacedCode(this.code));
      this.copied = 'yes';
    } catch {
      this.copied = 'failed';
    }
  }

  override render() {
    const groups = spacedCode(this.code).split(' ');
    return html`
      <p class="code">
        <span class="visually-hidden">${spacedCode(this.code).split('').join(' ')}</span>
        ${groups.map((group) => html`<span class="group" aria-hidden="true">${group}</span>`)}
      </p>
      <button type="button" @click=${this.copy}>${msg('Kopier koden')}</button>
      <span class="copied" role="status"
        >${this.copied === 'yes' ? msg('Kopiert.') : this.copied === 'failed' ? msg('Kunne ikke kopiere. Skriv den av i stedet.') : ''}</span
      >
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-pickup-code': ShPickupCode;
  }
}
