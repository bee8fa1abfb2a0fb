import { localized, msg } from '@lit/localize';
import type { PageDto } from '@sexhandel/shared';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { renderLoading, renderNotSynced } from '../../components/empty-state.js';
import { listPages } from '../../data/content.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';

/** All information pages, in the editors' order. */
@localized()
@customElement('sh-info-list-page')
export class ShInfoListPage extends LitElement {
  static override styles = pageStyles;

  private readonly pages = new LiveQueryController<PageDto[]>(this, () => listPages());

  override render() {
    const pages = this.pages.value;
    return html`
      <h1 tabindex="-1">${msg('Informasjon')}</h1>
      ${
        !this.pages.loaded || !pages
          ? renderLoading()
          : pages.length === 0
            ? renderNotSynced()
            : html`<ul class="plain" lang="nb">
                ${pages.map(
                  (page) =>
                    html`<li class="card">
                      <h2><a href="/info/${encodeURIComponent(page.slug)}">${page.title}</a></h2>
                      <p>${page.lead}</p>
                    </li>`,
                )}
              </ul>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-info-list-page': ShInfoListPage;
  }
}
