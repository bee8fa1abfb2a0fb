import { localized, msg, str } from '@lit/localize';
import { sortTopics, type ArticleDto } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { authorRoleLabel, formatDate, readingTimeLabel } from '../../text/format.js';
import { renderLoading, renderNotSynced } from '../../components/empty-state.js';
import { listArticles, pendingArticleCount, pendingArticleTopics, type ArticleCount } from '../../data/content.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';
import { plural } from '../../text/plural.js';

/** All articles, newest first, with a filter by tag. */
/** Articles drawn at first and added by "Vis flere artikler" (the server renders 20 per page). */
const ARTICLES_SHOWN_AT_ONCE = 20;

interface ArticleList {
  articles: ArticleDto[];
  /** The topic filter: the articles' tags, and a server page's while the device lacks articles. */
  topics: string[];
  /** A server page's count while the device lacks articles: said as the list's size on its topic. */
  serverCount: ArticleCount | null;
}

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
        border: 1px solid var(--sh-accent);
        background: var(--sh-surface);
        color: var(--sh-accent);
        cursor: pointer;
      }
      .tag[aria-pressed='true'] {
        background: var(--sh-accent);
        color: var(--sh-on-accent);
      }
      .tag:focus-visible {
        outline: 3px solid var(--sh-focus);
        outline-offset: 2px;
      }
      .card h2 {
        font-size: 1.15rem;
        margin-bottom: 0.25rem;
      }
    `,
  ];

  private readonly articles = new LiveQueryController<ArticleList>(this, async () => {
    const [articles, serverTopics, serverCount] = await Promise.all([
      listArticles(),
      pendingArticleTopics(),
      pendingArticleCount(),
    ]);
    return {
      articles,
      topics: sortTopics([...articles.flatMap((article) => article.tags), ...serverTopics]),
      serverCount,
    };
  });

  @state() private tag: string | null = null;
  /** How many articles are drawn: a first visit with a large archive must not render them all at once. */
  @state() private shownCount = ARTICLES_SHOWN_AT_ONCE;

  override connectedCallback(): void {
    super.connectedCallback();
    // The topic lives in the address (`/artikler?tema=…`), as on the server's page: a shared or
    // reloaded link shows the same articles, and a server page on a topic is taken over as it is.
    this.tag = new URL(location.href).searchParams.get('tema') || null;
  }

  private chooseTag(tag: string | null): void {
    this.tag = tag;
    this.shownCount = ARTICLES_SHOWN_AT_ONCE;
    const url = new URL(location.href);
    if (tag) url.searchParams.set('tema', tag);
    else url.searchParams.delete('tema');
    url.searchParams.delete('side');
    // Replaced, never a new history entry: the filter is a view of this page, not another page.
    history.replaceState(history.state, '', url);
  }

  private renderList({ articles, topics: tags, serverCount }: ArticleList) {
    if (articles.length === 0) return renderNotSynced();
    const shown = this.tag ? articles.filter((article) => article.tags.includes(this.tag ?? '')) : articles;
    // Until the first complete pull, the server page's count (the articles are on their way).
    const count = serverCount?.topic === this.tag ? Math.max(shown.length, serverCount.total) : shown.length;
    const drawn = shown.slice(0, this.shownCount);
    return html`
      ${
        tags.length
          ? html`<fieldset class="tags">
              <legend>${msg('Vis tema')}</legend>
              <button
                type="button"
                class="tag"
                aria-pressed=${this.tag === null ? 'true' : 'false'}
                @click=${() => this.chooseTag(null)}
              >
                ${msg('Alle')}
              </button>
              ${tags.map(
                (tag) =>
                  html`<button
                    type="button"
                    class="tag"
                    aria-pressed=${this.tag === tag ? 'true' : 'false'}
                    @click=${() => this.chooseTag(this.tag === tag ? null : tag)}
                  >
                    ${tag}
                  </button>`,
              )}
            </fieldset>`
          : nothing
      }
      <p class="meta" role="status">
        ${plural(count, (n) => ({ one: msg(str`${n} artikkel`), other: msg(str`${n} artikler`) }))}
      </p>
      <ul class="plain" lang="nb">
        ${drawn.map(
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
      ${
        count > drawn.length
          ? html`<p>
              <button type="button" class="button secondary" @click=${this.showMore}>
                ${msg('Vis flere artikler')}
              </button>
            </p>`
          : nothing
      }
    `;
  }

  /** Draws the next articles and moves focus to the first of them (keyboard and screen readers read on). */
  private async showMore(): Promise<void> {
    const firstNew = this.shownCount;
    this.shownCount += ARTICLES_SHOWN_AT_ONCE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLAnchorElement>('ul.plain > li a')[firstNew]?.focus();
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
