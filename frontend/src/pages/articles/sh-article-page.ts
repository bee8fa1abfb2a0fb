import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { authorRoleLabel, formatDate, readingTimeLabel } from '../../text/format.js';
import { renderLoading } from '../../components/empty-state.js';
import { getArticle, type ArticleWithNeighbours } from '../../data/content.js';
import { shEvent } from '../../events.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';
import { renderMissing } from '../not-found/missing.js';
import { plural } from '../../text/plural.js';

/** One article, read from the device's database (works offline once pulled). */
@localized()
@customElement('sh-article-page')
export class ShArticlePage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .byline {
        border-top: 1px solid var(--sh-border);
        border-bottom: 1px solid var(--sh-border);
        padding: 0.6rem 0;
        margin-bottom: 1.5rem;
      }
      .byline strong {
        color: var(--sh-text);
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        list-style: none;
        padding: 0;
      }
      .tags li {
        font-size: 0.85rem;
        background: var(--sh-accent-soft);
        border-radius: 999px;
        padding: 0.1rem 0.65rem;
      }
      nav.neighbours {
        display: grid;
        gap: 0.75rem;
        grid-template-columns: 1fr;
        margin: 2.5rem 0 1.5rem;
        padding-top: 1rem;
        border-top: 1px solid var(--sh-border);
      }
      @media (min-width: 40rem) {
        nav.neighbours {
          grid-template-columns: 1fr 1fr;
        }
        .next {
          text-align: right;
        }
      }
      nav.neighbours a {
        display: block;
        text-decoration: none;
      }
      nav.neighbours .title {
        text-decoration: underline;
        text-underline-offset: 0.18em;
      }
      nav.neighbours .label {
        display: block;
        font-size: 0.85rem;
        color: var(--sh-muted);
      }
    `,
  ];

  /** The article's slug from the URL. */
  @property() slug = '';

  private readonly entry = new LiveQueryController<ArticleWithNeighbours | null>(
    this,
    () => getArticle(this.slug),
    () => [this.slug],
  );

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const article = this.entry.value?.article;
    if (article) this.dispatchEvent(shEvent('sh-title', { title: article.title }));
  }

  override render() {
    if (!this.entry.loaded)
      return html`<h1 tabindex="-1">${msg('Artikkel')}</h1>
        ${renderLoading()}`;
    const entry = this.entry.value;
    if (!entry) return renderMissing();
    const { article, previous, next } = entry;
    return html`
      <article lang="nb">
        <h1 tabindex="-1">${article.title}</h1>
        <p class="lead">${article.lead}</p>
        <p class="byline meta">
          <strong>${article.authorName}</strong>, ${authorRoleLabel(article.authorRole)}<br />
          <time datetime=${article.publishedAt}>${formatDate(article.publishedAt)}</time> ·
          ${readingTimeLabel(article.readingMinutes)}
        </p>
        ${
          // `html` is rendered from Markdown and sanitised on the server (sanitize-html) before it is published.
          unsafeHTML(article.html)
        }
        ${
          article.tags.length
            ? html`<ul class="tags" aria-label=${msg('Tema')}>
                ${article.tags.map((tag) => html`<li>${tag}</li>`)}
              </ul>`
            : nothing
        }
      </article>
      ${
        article.discussionThreadId
          ? html`<p class="discuss">
              <a class="button" href="/forum/traad/${encodeURIComponent(article.discussionThreadId)}"
                >${plural(article.discussionPostCount ?? 0, (n) => ({ one: msg(str`Diskuter (${n} innlegg)`, { id: 'count.discuss-posts.one' }), other: msg(str`Diskuter (${n} innlegg)`) }))}</a
              >
            </p>`
          : nothing
      }
      <nav class="neighbours" aria-label=${msg('Flere artikler')}>
        <div>
          ${
            previous
              ? html`<a href="/artikler/${encodeURIComponent(previous.slug)}" rel="prev"
                  ><span class="label">${msg('Forrige artikkel')}</span><span class="title">${previous.title}</span></a
                >`
              : nothing
          }
        </div>
        <div class="next">
          ${
            next
              ? html`<a href="/artikler/${encodeURIComponent(next.slug)}" rel="next"
                  ><span class="label">${msg('Neste artikkel')}</span><span class="title">${next.title}</span></a
                >`
              : nothing
          }
        </div>
      </nav>
      <p><a href="/artikler">${msg('Alle artikler')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-article-page': ShArticlePage;
  }
}
