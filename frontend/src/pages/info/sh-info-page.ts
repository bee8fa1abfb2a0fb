import { localized, msg } from '@lit/localize';
import type { PageDto } from '@sexhandel/shared';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderLoading } from '../../components/empty-state.js';
import { getPage } from '../../data/content.js';
import { formatDate } from '../../text/format.js';
import { shEvent } from '../../events.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';
import { renderMissing } from '../not-found/missing.js';

/** One information page by slug. */
@localized()
@customElement('sh-info-page')
export class ShInfoPage extends LitElement {
  static override styles = pageStyles;

  /** The page's slug from the URL. */
  @property() slug = '';

  private readonly page = new LiveQueryController<PageDto | null>(
    this,
    () => getPage(this.slug),
    () => [this.slug],
  );

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const page = this.page.value;
    if (page) this.dispatchEvent(shEvent('sh-title', { title: page.title }));
  }

  override render() {
    if (!this.page.loaded)
      return html`<h1 tabindex="-1">${msg('Informasjon')}</h1>
        ${renderLoading()}`;
    const page = this.page.value;
    if (!page) return renderMissing();
    return html`
      <article lang="nb">
        <h1 tabindex="-1">${page.title}</h1>
        <p class="lead">${page.lead}</p>
        ${
          // `html` is rendered from Markdown and sanitised on the server (sanitize-html) before it is published.
          unsafeHTML(page.html)
        }
        <p class="meta">
          ${msg('Sist oppdatert')} <time datetime=${page.updatedAt}>${formatDate(page.updatedAt)}</time>
        </p>
      </article>
      <p><a href="/info">${msg('Alle informasjonssider')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-info-page': ShInfoPage;
  }
}
