import { localized, msg, str } from '@lit/localize';
import type { ArticleDto } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { authorRoleLabel, formatDate, readingTimeLabel } from '../../app/format.js';
import { renderLoading, renderNotSynced } from '../../components/empty-state.js';
import { listArticles } from '../../data/content.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';

/** All articles, newest first, with a filter by tag. */
@localized()
@customElement('sh-article-list-page')
export class ShArticleListPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin: 0 0 1.25rem;
        padding: 0;
        border: 0;
      }
      .tags legend {
        padding: 0;
        margin-bottom: 0.4rem;
        font-weight: 600;
      }
      .tag {
        font: inherit;
        font-size: 0.9rem;
        padding: 0.2rem 0.75rem;
        border-radius: 999px;
        border: 1px solid var(--sh-accent, #0f5e63);
        background: var(--sh-surface, #fff);
        color: var(--sh-accent, #0f5e63);
        cursor: pointer;
      }
      .tag[aria-pressed='true'] {
        background: var(--sh-accent, #0f5e63);
        color: #fff;
      }
      .tag:focus-visible {
        outline: 3px solid var(--sh-focus, #b3541e);
        outline-offset: 2px;
      }
      .card h2 {
        font-size: 1.15rem;
        margin-bottom: 0.25rem;
      }
    `,
  ];

  private readonly articles = new LiveQueryController<ArticleDto[]>(this, () => listArticles());

  @state() private tag: string | null = null;

  private renderList(articles: ArticleDto[]) {
    if (articles.length === 0) return renderNotSynced();
    const tags = [...new Set(articles.flatMap((article) => article.tags))].sort((a, b) => a.localeCompare(b, 'nb'));
    const shown = this.tag ? articles.filter((article) => article.tags.includes(this.tag ?? '')) : articles;
    const count = shown.length;
    return html`
      ${
        tags.length
          ? html`<fieldset class="tags">
              <legend>${msg('Vis tema')}</legend>
              <button
                type="button"
                class="tag"
                aria-pressed=${this.tag === null ? 'true' : 'false'}
                @click=${() => (this.tag = null)}
              >
                ${msg('Alle')}
              </button>
              ${tags.map(
                (tag) =>
                  html`<button
                    type="button"
                    class="tag"
                    aria-pressed=${this.tag === tag ? 'true' : 'false'}
                    @click=${() => (this.tag = this.tag === tag ? null : tag)}
                  >
                    ${tag}
                  </button>`,
              )}
            </fieldset>`
          : nothing
      }
      <p class="meta" role="status">${msg(str`${count} artikler`)}</p>
      <ul class="plain" lang="nb">
        ${shown.map(
          (article) =>
            html`<li class="card">
              <h2><a href="/artikler/${encodeURIComponent(article.slug)}">${article.title}</a></h2>
              <p class="meta">
                ${article.authorName}, ${authorRoleLabel(article.authorRole)} · ${formatDate(article.publishedAt)} ·
                ${readingTimeLabel(article.readingMinutes)}
              </p>
              <p>${article.lead}</p>
            </li>`,
        )}
      </ul>
    `;
  }

  override render() {
    return html`
      <h1 tabindex="-1">${msg('Artikler')}</h1>
      <p class="lead">${msg('Tekster fra forskere, fagfolk, politikere og andre som kjenner feltet.')}</p>
      ${this.articles.loaded && this.articles.value ? this.renderList(this.articles.value) : renderLoading()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-article-list-page': ShArticleListPage;
  }
}
