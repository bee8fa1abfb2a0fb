import { localized, msg } from '@lit/localize';
import type { ArticleDto, NewsLinkDto, PageDto } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { formatDate, readingTimeLabel } from '../../text/format.js';
import { renderLoading, renderNotSynced } from '../../components/empty-state.js';
import '../../components/sh-phone-status.js';
import '../../components/sh-survey-invite.js';
import { listArticles, listNewsLinks, listPages } from '../../data/content.js';
import { getStartPageContent, type StartPageContent } from '../../data/editorial.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';

interface StartContent {
  articles: ArticleDto[];
  news: NewsLinkDto | null;
  pages: PageDto[];
  /** What editors chose for the start page (null until it has been synced). */
  shaped: StartPageContent | null;
}

/** The front page: what the service is, what is new, where to get help. */
@localized()
@customElement('sh-start-page')
export class ShStartPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .intro {
        background: var(--sh-surface);
        border-left: 4px solid var(--sh-accent);
        border-radius: var(--sh-radius, 0.5rem);
        padding: 1rem 1.25rem;
        margin-bottom: 1.5rem;
      }
      .intro p:last-child {
        margin-bottom: 0;
      }
      .help {
        background: var(--sh-accent-soft);
        border-radius: var(--sh-radius, 0.5rem);
        padding: 1rem 1.25rem;
        margin-top: 2rem;
      }
      .help h2 {
        margin-top: 0;
      }
      .card a {
        font-weight: 600;
      }
    `,
  ];

  private readonly content = new LiveQueryController<StartContent>(this, async () => {
    const [articles, news, pages, shaped] = await Promise.all([
      listArticles(),
      listNewsLinks(),
      listPages(),
      getStartPageContent(),
    ]);
    const featuredId = shaped?.featuredArticle?.id;
    return {
      articles: articles.filter((a) => a.id !== featuredId).slice(0, 3),
      news: shaped?.todayNews ?? news[0] ?? null,
      pages,
      shaped,
    };
  });

  private renderContent(content: StartContent) {
    if (content.articles.length === 0 && content.pages.length === 0 && !content.news) return renderNotSynced();
    const featured = content.shaped?.featuredArticle;
    return html`
      ${
        featured
          ? html`<section aria-labelledby="featured" class="featured">
              <h2 id="featured">${msg('Utvalgt artikkel')}</h2>
              <div class="card" lang="nb">
                <a href="/artikler/${encodeURIComponent(featured.slug)}">${featured.title}</a>
                <p class="meta">
                  ${featured.authorName} · ${formatDate(featured.publishedAt)} ·
                  ${readingTimeLabel(featured.readingMinutes)}
                </p>
                <p>${featured.lead}</p>
              </div>
            </section>`
          : nothing
      }
      ${
        content.articles.length
          ? html`<section aria-labelledby="latest">
              <h2 id="latest">${msg('Nyeste artikler')}</h2>
              <ul class="plain" lang="nb">
                ${content.articles.map(
                  (article) =>
                    html`<li class="card">
                      <a href="/artikler/${encodeURIComponent(article.slug)}">${article.title}</a>
                      <p class="meta">
                        ${formatDate(article.publishedAt)} · ${readingTimeLabel(article.readingMinutes)}
                      </p>
                      <p>${article.lead}</p>
                    </li>`,
                )}
              </ul>
              <p><a href="/artikler">${msg('Alle artikler')}</a></p>
            </section>`
          : nothing
      }
      ${
        content.pages.length
          ? html`<section aria-labelledby="info">
              <h2 id="info">${msg('Informasjon')}</h2>
              <ul lang="nb">
                ${content.pages.map(
                  (page) => html`<li><a href="/info/${encodeURIComponent(page.slug)}">${page.title}</a></li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      ${
        content.news
          ? html`<section aria-labelledby="news">
              <h2 id="news">${content.shaped?.todayNews ? msg('Dagens nyhet') : msg('Siste nytt')}</h2>
              <div class="card">
                <a href=${content.news.url} rel="noopener noreferrer">${content.news.title}</a>
                <p class="meta">${content.news.source} · ${formatDate(content.news.date)}</p>
              </div>
              <p><a href="/nyheter">${msg('Flere nyheter')}</a></p>
            </section>`
          : nothing
      }
    `;
  }

  /** The editors' introduction once synced, else the built-in one: never both (they say the same). */
  private renderIntroduction() {
    const editorial = this.content.value?.shaped?.introductionHtml;
    if (editorial) {
      return html`<div class="intro editorial" lang="nb">
        ${
          // Introduction written by editors, rendered from Markdown and sanitised on the server.
          unsafeHTML(editorial)
        }
      </div>`;
    }
    return html`<div class="intro">
      <p class="lead">
        ${msg(
          'Her finner du kunnskap om kjøp av sex, prostitusjon og menneskehandel i Norge – skrevet for deg som har kjøpt sex, vurderer det, eller er berørt på annen måte.',
        )}
      </p>
      <p>
        ${msg(
          'Du kan lese uten å logge inn og uten at noen vet hvem du er. Det du har åpnet én gang, kan du lese videre på også uten nett.',
        )}
      </p>
    </div>`;
  }

  override render() {
    return html`
      <h1 tabindex="-1">${msg('Et rolig sted å lese og snakke om kjøp av sex')}</h1>
      ${this.renderIntroduction()}
      ${this.content.loaded && this.content.value ? this.renderContent(this.content.value) : renderLoading()}
      <section class="help" aria-labelledby="help">
        <h2 id="help">${msg('Vil du snakke med noen?')}</h2>
        <p>
          ${msg(
            'Mange synes det hjelper å sette ord på tankene sine. Du finner telefonnumre og hjelpetjenester som tar imot deg anonymt under Ressurser.',
          )}
        </p>
        <sh-phone-status></sh-phone-status>
        <p>
          <a class="button" href="/kontakt">${msg('Skriv til en rådgiver')}</a>
          <a class="button secondary" href="/ressurser">${msg('Finn hjelp og ressurser')}</a>
        </p>
      </section>
      <sh-survey-invite></sh-survey-invite>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-start-page': ShStartPage;
  }
}
