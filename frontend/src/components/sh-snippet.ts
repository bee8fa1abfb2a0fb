import type { SnippetPart } from '@sexhandel/shared';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * A search snippet: text with the matched words in <mark>. Parts are always rendered as text
 * through Lit bindings, so nothing in a snippet can become an element.
 */
@customElement('sh-snippet')
export class ShSnippet extends LitElement {
  static override styles = css`
    :host {
      display: inline;
    }
    mark {
      background: var(--sh-mark);
      color: inherit;
      padding: 0 0.1em;
      border-radius: 0.15em;
    }
  `;

  /** Parts from splitSnippet() (online) or the offline search. */
  @property({ attribute: false }) parts: SnippetPart[] = [];

  override render() {
    return html`${this.parts.map((part) => (part.mark ? html`<mark>${part.text}</mark>` : html`${part.text}`))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-snippet': ShSnippet;
  }
}
