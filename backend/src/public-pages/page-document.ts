import { createHash } from 'node:crypto';
import { escapeHtml, html, jsonScriptText } from './html';
import { pageLayout } from './layout';
import { SERVICE_NAME } from './nb-text';
import type { PublicPage } from './public-page';

/** The id of the JSON block the app reads its first render's data from (frontend/src/data/page-data.ts). */
export const PAGE_DATA_ID = 'sh-page-data';

/** Hides `.ssr-js-only` (frontend/public/noscript.css); linked only inside <noscript>. */
export const NOSCRIPT_STYLESHEET = '/noscript.css';

/**
 * Puts a server-rendered page into the built app's index.html: its own title, description,
 * canonical link, Open Graph, robots and schema.org data in <head>; the page's content in the app's
 * layout in place of <sh-app>: the app adds itself hidden and takes the page's place once it has
 * rendered the same page (frontend/src/app/take-over.ts: no flash, no shift, never both at once). Data blocks are JSON, which the CSP does not run.
 */
export class PageDocument {
  /** Changes with every build: part of the ETag. */
  readonly buildId: string;

  constructor(
    private readonly template: string,
    private readonly publicUrl: string,
  ) {
    this.buildId = createHash('sha256').update(template).digest('hex').slice(0, 12);
    if (!template.includes('<sh-app></sh-app>') || !/<title>[^<]*<\/title>/.test(template)) {
      throw new Error('index.html has no <title> or no <sh-app></sh-app>: cannot render pages into it');
    }
  }

  render(page: PublicPage, path: string): string {
    // The app's own routes carry the service name alone; the app names the screen once it runs.
    const title = page.title === SERVICE_NAME ? SERVICE_NAME : `${page.title} – ${SERVICE_NAME}`;
    const canonical = page.canonicalPath === null ? null : `${this.publicUrl}${page.canonicalPath}`;
    const head = html`
      <link rel="alternate" type="application/atom+xml" title="Sexhandel – artikler" href="/feeds/articles.xml" />
      <link rel="alternate" type="application/atom+xml" title="Sexhandel – nyheter" href="/feeds/news.xml" />
      ${page.noindex && html`<meta name="robots" content="noindex" />`}
      ${canonical && html`<link rel="canonical" href="${canonical}" />`}
      <meta property="og:site_name" content="${SERVICE_NAME}" />
      <meta property="og:locale" content="nb_NO" />
      <meta property="og:type" content="${page.ogType ?? 'website'}" />
      <meta property="og:title" content="${page.title}" />
      <meta property="og:description" content="${page.description}" />
      ${canonical && html`<meta property="og:url" content="${canonical}" />`}
    `;
    const jsonLd = page.jsonLd ? `<script type="application/ld+json">${jsonScriptText(page.jsonLd)}</script>\n` : '';
    let document = this.template
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(
        /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
        `<meta name="description" content="${escapeHtml(page.description)}" />`,
      )
      .replace('</head>', `${head.value}${jsonLd}</head>`);
    if (page.main) {
      const data = `<script type="application/json" id="${PAGE_DATA_ID}">${jsonScriptText({ path, changes: page.changes ?? [], ...(page.articleTopics && { articleTopics: page.articleTopics }), ...(page.articleCount && { articleCount: page.articleCount }) })}</script>`;
      document = document
        .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
        // Controls only the app can work are drawn (so its take-over changes nothing) but hidden without JavaScript.
        .replace('</head>', `<noscript><link rel="stylesheet" href="${NOSCRIPT_STYLESHEET}" /></noscript>\n</head>`)
        .replace('<sh-app></sh-app>', `${pageLayout(path, page.main).value}\n${data}`);
    }
    return document;
  }
}
