import { parsePostBody, type PostInline } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * A post's text: paragraphs, quote blocks and http(s) links from parsePostBody, rendered only
 * through Lit text and attribute bindings. Whatever HTML or script someone typed stays text.
 */
@customElement('sh-post-body')
export class ShPostBody extends LitElement {
  static override styles = css`
    :host {
      display: block;
      overflow-wrap: anywhere;
    }
    p {
      margin: 0 0 0.8rem;
    }
    blockquote {
      margin: 0 0 0.8rem;
      padding: 0.4rem 0.9rem;
      border-left: 4px solid var(--sh-border);
      color: var(--sh-muted);
      background: var(--sh-bg);
    }
    blockquote p {
      margin: 0;
    }
    :last-child {
      margin-bottom: 0;
    }
    a {
      color: var(--sh-accent);
    }
  `;

  /** The post's plain text as written. */
  @property() text = '';

  private renderInline(inline: PostInline) {
    switch (inline.type) {
      case 'break':
        return html`<br />`;
      case 'link':
        return html`<a href=${inline.href} rel="noopener noreferrer nofollow ugc" target="_blank">${inline.text}</a>`;
      default:
        return inline.text;
    }
  }

  override render() {
    return parsePostBody(this.text).map((block) => {
      const inlines = block.inlines.map((inline) => this.renderInline(inline));
      return block.type === 'quote'
        ? html`<blockquote><p>${inlines}</p></blockquote>`
        : html`<p>${inlines.length ? inlines : nothing}</p>`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-post-body': ShPostBody;
  }
}
