import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';

/**
 * "En ny versjon er klar": appears when the service worker reports a waiting version
 * (window event `sh-sw-waiting`); the button activates it and the page reloads.
 */
@localized()
@customElement('sh-update-prompt')
export class ShUpdatePrompt extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .banner {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: center;
      padding: 0.6rem 1rem;
      background: var(--sh-accent-soft);
      color: var(--sh-text);
      border-bottom: 1px solid var(--sh-border);
    }
    button {
      font: inherit;
      font-weight: 600;
      padding: 0.35rem 0.9rem;
      border-radius: var(--sh-radius, 0.5rem);
      border: 2px solid var(--sh-accent);
      background: var(--sh-accent);
      color: var(--sh-on-accent);
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid var(--sh-focus);
      outline-offset: 2px;
    }
  `;

  @state() private accept: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('sh-sw-waiting', this.onWaiting);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('sh-sw-waiting', this.onWaiting);
    super.disconnectedCallback();
  }

  private readonly onWaiting = (event: CustomEvent<{ accept: () => void }>): void => {
    this.accept = event.detail.accept;
  };

  override render() {
    const accept = this.accept;
    return html`<div role="status" aria-live="polite">
      ${
        accept
          ? html`<div class="banner">
              <span>${msg('En ny versjon er klar – last inn på nytt')}</span>
              <button type="button" @click=${() => accept()}>${msg('Last inn på nytt')}</button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-update-prompt': ShUpdatePrompt;
  }
}
