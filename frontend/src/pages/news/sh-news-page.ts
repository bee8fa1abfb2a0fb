import { localized, msg } from '@lit/localize';
import type { NewsLinkDto } from '@sexhandel/shared';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { formatDate } from '../../text/format.js';
import { renderLoading, renderNotSynced } from '../../components/empty-state.js';
import { listNewsLinks } from '../../data/content.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';

/** News links to other sites, newest first, each with a short comment from the editors. */
@localized()
@customElement('sh-news-page')
export class ShNewsPage extends LitElement {
  static override styles = pageStyles;

  private readonly news = new LiveQueryController<NewsLinkDto[]>(this, () => listNewsLinks());

  override render() {
    const news = this.news.value;
    return html`
      <h1 tabindex="-1">${msg('Nyheter')}</h1>
      <p class="lead">${msg('Utvalgte saker fra mediene. Lenkene åpner nettsidene til kilden.')}</p>
      ${
        !this.news.loaded || !news
          ? renderLoading()
          : news.length === 0
            ? renderNotSynced()
            : html`<ul class="plain" lang="nb">
                ${news.map(
                  (item) =>
                    html`<li class="card">
                      <p class="meta"><time datetime=${item.date}>${formatDate(item.date)}</time> · ${item.source}</p>
                      <h2><a href=${item.url} rel="noopener noreferrer">${item.title}</a></h2>
                      ${item.comment ? html`<p>${item.comment}</p>` : ''}
                    </li>`,
                )}
              </ul>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-news-page': ShNewsPage;
  }
}
