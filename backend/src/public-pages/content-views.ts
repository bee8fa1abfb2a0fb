import {
  compareResourceNames,
  RESOURCE_KINDS_SHOWN,
  sortTopics,
  type ArticleDto,
  type ForumRuleDto,
  type NewsLinkDto,
  type PageDto,
  type PhoneLineDto,
  type PressMentionDto,
  type QaDto,
  type ResourceDto,
  type StartPageDto,
} from '@sexhandel/shared';
import { html, trustedHtml, type Html } from './html';
import { phoneStatusView } from './contact-views';
import { authorRoleNb, countNb, dateNb, readingNb, resourceKindNb, topicNb } from './nb-text';

// Server-rendered main content of the public pages, in Norwegian. The markup follows the app's
// pages (headings, lists, cards) so that the page reads the same before and after the app starts.

const articleHref = (slug: string) => `/artikler/${encodeURIComponent(slug)}`;
const pageHref = (slug: string) => `/info/${encodeURIComponent(slug)}`;

function articleCard(article: ArticleDto): Html {
  return html`<li class="card">
    <a href="${articleHref(article.slug)}">${article.title}</a>
    <p class="meta">${dateNb(article.publishedAt)} · ${readingNb(article.readingMinutes)}</p>
    <p>${article.lead}</p>
  </li>`;
}

export function startView(data: {
  articles: ArticleDto[];
  pages: PageDto[];
  news: NewsLinkDto | null;
  todayNews: boolean;
  featured: ArticleDto | null;
  startPage: StartPageDto | null;
  /** The phone line and the time its status is worked out for (the help box's phone box). */
  phone: PhoneLineDto | null;
  now: Date;
}): Html {
  const intro = data.startPage?.introductionHtml
    ? html`<div class="intro editorial">${trustedHtml(data.startPage.introductionHtml)}</div>`
    : html`<div class="intro">
        <p class="lead">
          Her finner du kunnskap om kjøp av sex, prostitusjon og menneskehandel i Norge – skrevet for deg som har kjøpt
          sex, vurderer det, eller er berørt på annen måte.
        </p>
        <p>
          Du kan lese uten å logge inn og uten at noen vet hvem du er. Det du har åpnet én gang, kan du lese videre på
          også uten nett.
        </p>
      </div>`;
  const latest = data.articles.filter((article) => article.id !== data.featured?.id).slice(0, 3);
  return html`<h1>Et rolig sted å lese og snakke om kjøp av sex</h1>
    ${intro}
    ${
      data.featured &&
      html`<section aria-labelledby="featured" class="featured start">
        <h2 id="featured">Utvalgt artikkel</h2>
        <div class="card">
          <a href="${articleHref(data.featured.slug)}">${data.featured.title}</a>
          <p class="meta">
            ${data.featured.authorName} · ${dateNb(data.featured.publishedAt)} ·
            ${readingNb(data.featured.readingMinutes)}
          </p>
          <p>${data.featured.lead}</p>
        </div>
      </section>`
    }
    ${
      latest.length > 0 &&
      html`<section aria-labelledby="latest" class="start">
        <h2 id="latest">Nyeste artikler</h2>
        <ul class="plain">
          ${latest.map((article) => articleCard(article))}
        </ul>
        <p><a href="/artikler">Alle artikler</a></p>
      </section>`
    }
    ${
      data.pages.length > 0 &&
      html`<section aria-labelledby="info" class="start">
        <h2 id="info">Informasjon</h2>
        <ul>
          ${data.pages.map((page) => html`<li><a href="${pageHref(page.slug)}">${page.title}</a></li>`)}
        </ul>
      </section>`
    }
    ${
      data.news &&
      html`<section aria-labelledby="news" class="start">
        <h2 id="news">${data.todayNews ? 'Dagens nyhet' : 'Siste nytt'}</h2>
        <div class="card">
          <a href="${data.news.url}" rel="noopener noreferrer">${data.news.title}</a>
          <p class="meta">${data.news.source} · ${dateNb(data.news.date)}</p>
        </div>
        <p><a href="/nyheter">Flere nyheter</a></p>
      </section>`
    }
    <section class="help" aria-labelledby="help">
      <h2 id="help">Vil du snakke med noen?</h2>
      <p>
        Mange synes det hjelper å sette ord på tankene sine. Du finner telefonnumre og hjelpetjenester som tar imot deg
        anonymt under Ressurser.
      </p>
      ${phoneStatusView(data.phone, data.now)}
      <p>
        <a class="button" href="/kontakt">Skriv til en rådgiver</a>
        <a class="button secondary" href="/ressurser">Finn hjelp og ressurser</a>
      </p>
    </section>`;
}

export function pageIndexView(pages: PageDto[]): Html {
  return html`<h1>Informasjon</h1>
    <ul class="plain">
      ${pages.map(
        (page) =>
          html`<li class="card">
            <h2><a href="${pageHref(page.slug)}">${page.title}</a></h2>
            <p>${page.lead}</p>
          </li>`,
      )}
    </ul>`;
}

export function pageView(page: PageDto): Html {
  return html`<article>
      <h1>${page.title}</h1>
      <p class="lead">${page.lead}</p>
      <div class="prose">${trustedHtml(page.html)}</div>
      <p class="meta">Sist oppdatert <time datetime="${page.updatedAt}">${dateNb(page.updatedAt)}</time></p>
    </article>
    <p><a href="/info">Alle informasjonssider</a></p>`;
}

/** The address of the article list on one topic (or all) and page, as the pages link it. */
export function articleListHref(topic: string | null, page = 1): string {
  const query = new URLSearchParams();
  if (topic !== null) query.set('tema', topic);
  if (page > 1) query.set('side', String(page));
  const search = query.toString();
  return search ? `/artikler?${search}` : '/artikler';
}

/**
 * "Vis tema": the tags of the articles on the page, as the app draws its filter from the same rows
 * (so the app takes the page over without the list moving), each a link to the articles on it.
 */
function topicFilter(topics: string[], chosen: string | null): Html | null {
  const tags = sortTopics(topics);
  if (tags.length === 0) return null;
  const chip = (label: string, href: string, current: boolean) =>
    current
      ? html`<li><a class="topic" href="${href}" aria-current="page">${label}</a></li>`
      : html`<li><a class="topic" href="${href}">${label}</a></li>`;
  return html`<nav class="topic-filter" aria-labelledby="topic-filter-title">
    <p class="topic-filter-title" id="topic-filter-title">Vis tema</p>
    <ul class="plain">
      ${chip('Alle', articleListHref(null), chosen === null)}
      ${tags.map((tag) => chip(tag, articleListHref(tag === chosen ? null : tag), tag === chosen))}
    </ul>
  </nav>`;
}

export function articleListView(
  articles: ArticleDto[],
  list: { page: number; pages: number; total: number; topic: string | null; topics: string[] },
): Html {
  return html`<h1>Artikler</h1>
    <p class="lead">Tekster fra forskere, fagfolk, politikere og andre som kjenner feltet.</p>
    ${topicFilter(list.topics, list.topic)}
    <p class="meta">${countNb(list.total, 'artikkel', 'artikler')}</p>
    <ul class="plain article-cards">
      ${articles.map(
        (article) =>
          html`<li class="card">
            <h2><a href="${articleHref(article.slug)}">${article.title}</a></h2>
            <p class="meta">
              ${article.authorName}, ${authorRoleNb(article.authorRole)} · ${dateNb(article.publishedAt)} ·
              ${readingNb(article.readingMinutes)}
            </p>
            <p>${article.lead}</p>
          </li>`,
      )}
    </ul>
    ${
      // The app shows more in place ("Vis flere artikler"); without JavaScript the pages are links.
      list.pages > 1 &&
      html`<p class="ssr-js-only">
          <button type="button" class="button secondary">Vis flere artikler</button>
        </p>
        <noscript>${pagination((n) => articleListHref(list.topic, n), list.page, list.pages)}</noscript>`
    }`;
}

/** Plain links between the pages of a list: readable and followable without JavaScript. */
export function pagination(href: (page: number) => string, page: number, pages: number): Html | null {
  if (pages <= 1) return null;
  return html`<nav class="pagination" aria-label="Sider">
    <ul class="plain">
      ${page > 1 && html`<li><a href="${href(page - 1)}" rel="prev">← Nyere</a></li>`}
      <li aria-current="page">Side ${page} av ${pages}</li>
      ${page < pages && html`<li><a href="${href(page + 1)}" rel="next">Eldre →</a></li>`}
    </ul>
  </nav>`;
}

export function articleView(
  article: ArticleDto,
  neighbours: { newer: ArticleDto | null; older: ArticleDto | null },
): Html {
  return html`<article>
      <h1>${article.title}</h1>
      <p class="lead">${article.lead}</p>
      <p class="byline meta">
        <strong>${article.authorName}</strong>, ${authorRoleNb(article.authorRole)}<br />
        <time datetime="${article.publishedAt}">${dateNb(article.publishedAt)}</time> ·
        ${readingNb(article.readingMinutes)}
      </p>
      <div class="prose">${trustedHtml(article.html)}</div>
      ${
        article.tags.length > 0 &&
        html`<ul class="tags" aria-label="Tema">
          ${article.tags.map((tag) => html`<li>${tag}</li>`)}
        </ul>`
      }
    </article>
    ${
      article.discussionThreadId &&
      html`<p class="discuss">
        <a class="button" href="/forum/traad/${article.discussionThreadId}"
          >Diskuter (${countNb(article.discussionPostCount ?? 0, 'innlegg', 'innlegg')})</a
        >
      </p>`
    }
    <nav class="neighbours" aria-label="Flere artikler">
      <div>
        ${neighbours.older && html`<a href="${articleHref(neighbours.older.slug)}" rel="prev"><span class="label">Forrige artikkel</span><span class="title">${neighbours.older.title}</span></a>`}
      </div>
      <div class="next">
        ${neighbours.newer && html`<a href="${articleHref(neighbours.newer.slug)}" rel="next"><span class="label">Neste artikkel</span><span class="title">${neighbours.newer.title}</span></a>`}
      </div>
    </nav>
    <p><a href="/artikler">Alle artikler</a></p>`;
}

export function newsView(news: NewsLinkDto[]): Html {
  return html`<h1>Nyheter</h1>
    <p class="lead">Utvalgte saker fra mediene. Lenkene åpner nettsidene til kilden.</p>
    <ul class="plain">
      ${news.map(
        (link) =>
          html`<li class="card">
            <p class="meta"><time datetime="${link.date}">${dateNb(link.date)}</time> · ${link.source}</p>
            <h2><a href="${link.url}" rel="noopener noreferrer">${link.title}</a></h2>
            ${link.comment && html`<p>${link.comment}</p>`}
          </li>`,
      )}
    </ul>`;
}

export function resourcesView(resources: ResourceDto[]): Html {
  return html`<h1>Hjelp og ressurser</h1>
    <p class="lead">
      Her er steder du kan ringe eller skrive til, organisasjoner som jobber med feltet, og noe å lese.
    </p>
    ${RESOURCE_KINDS_SHOWN.map((kind) => {
      const items = resources.filter((resource) => resource.kind === kind).sort(compareResourceNames);
      if (items.length === 0) return null;
      return html`<section aria-labelledby="kind-${kind}">
        <h2 id="kind-${kind}">${resourceKindNb(kind)}</h2>
        <ul class="plain">
          ${items.map(
            (resource) =>
              html`<li class="card">
                <h3>
                  ${resource.url ? html`<a href="${resource.url}" rel="noopener noreferrer">${resource.name}</a>` : resource.name}
                </h3>
                <p>${resource.description}</p>
                ${resourcePhone(resource)}
              </li>`,
          )}
        </ul>
      </section>`;
    })}`;
}

/** The phone as shown, linked to the structured number only (as the app's resource page). */
function resourcePhone(resource: ResourceDto): Html | null {
  const shown = resource.phone ?? resource.phoneNumber;
  if (!shown) return null;
  return html`<p>
    Telefon: ${resource.phoneNumber ? html`<a href="tel:${resource.phoneNumber}">${shown}</a>` : shown}
  </p>`;
}

export function rulesView(rules: ForumRuleDto[]): Html {
  return html`<h1>Forumregler</h1>
    <p class="lead">Forumet er åpent for alle som vil lese. Disse reglene gjelder for alt som skrives der.</p>
    <ol class="rules">
      ${rules.map(
        (rule) =>
          html`<li value="${rule.number}">
            <h2>${rule.title}</h2>
            <p>${rule.text}</p>
          </li>`,
      )}
    </ol>
    <p>
      Når en moderator fjerner et innlegg, står regelen og en begrunnelse i tråden.
      <a href="/moderering-logg">Se moderasjonsloggen</a>
    </p>`;
}

export function qaView(qas: QaDto[]): Html {
  return html`<h1>Spørsmål og svar</h1>
    <p class="lead">
      Spørsmål andre har stilt rådgiverne, med svarene. De er gjort anonyme og publisert bare når den som spurte, sa ja.
    </p>
    <div class="field ssr-js-only">
      <label for="filter">Søk i spørsmål og svar</label>
      <input id="filter" type="search" aria-describedby="filter-count" />
      <p class="hint" id="filter-count"></p>
    </div>
    ${
      qas.length === 0
        ? html`<div class="empty"><p>Det er ikke publisert noen spørsmål og svar ennå.</p></div>`
        : html`<ul class="plain">
            ${qas.map(
              (qa) =>
                html`<li class="card">
                  <article>
                    <h2>${qa.question}</h2>
                    <p class="meta">${topicNb(qa.topic)} · ${dateNb(qa.publishedAt)}</p>
                    ${qa.answer.split(/\n{2,}/).map((part) => html`<p>${part}</p>`)}
                  </article>
                </li>`,
            )}
          </ul>`
    }
    <p><a href="/kontakt">Still ditt eget spørsmål</a></p>`;
}

export function mediaView(mentions: PressMentionDto[]): Html {
  return html`<h1>Tjenesten i mediene</h1>
    <p class="lead">Artikler og innslag andre har laget om tjenesten. Lenkene går til nettsidene deres.</p>
    ${
      mentions.length === 0
        ? html`<p class="empty">Ingen medieomtale her ennå.</p>`
        : html`<ul class="plain">
            ${mentions.map(
              (mention) =>
                html`<li class="card">
                  <a href="${mention.url}" rel="noopener noreferrer">${mention.title}</a>
                  <p class="meta">
                    ${mention.outlet} · <time datetime="${mention.date}">${dateNb(mention.date)}</time>
                  </p>
                </li>`,
            )}
          </ul>`
    }`;
}

export function notFoundView(): Html {
  return html`<h1>Vi fant ikke denne siden</h1>
    <p>Adressen finnes ikke, eller innholdet er tatt bort. Kanskje finner du det du leter etter her:</p>
    <ul>
      <li><a href="/">Forsiden</a></li>
      <li><a href="/artikler">Artikler</a></li>
      <li><a href="/info">Informasjon</a></li>
      <li><a href="/sok">Søk</a></li>
      <li><a href="/kontakt">Skriv til en rådgiver</a></li>
    </ul>`;
}

export function badRequestView(): Html {
  return html`<h1>Adressen er ugyldig</h1>
    <p>
      Lenken du fulgte, er ødelagt eller for gammel. Gå tilbake, eller begynn på nytt fra
      <a href="/forum">forumet</a> eller <a href="/">forsiden</a>.
    </p>`;
}
