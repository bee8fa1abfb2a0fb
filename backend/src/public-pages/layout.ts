import { html, type Html } from './html';
import { SERVICE_NAME, SERVICE_TAGLINE } from './nb-text';

/** The main menu, as the app shows it ("Forside", not "Start": a link text that says where it goes). */
export const NAV_ITEMS: readonly { href: string; label: string }[] = [
  { href: '/', label: 'Forside' },
  { href: '/info', label: 'Informasjon' },
  { href: '/artikler', label: 'Artikler' },
  { href: '/nyheter', label: 'Nyheter' },
  { href: '/ressurser', label: 'Ressurser' },
  { href: '/forum', label: 'Forum' },
  { href: '/kontakt', label: 'Kontakt' },
  { href: '/regler', label: 'Forumregler' },
  { href: '/innstillinger', label: 'Innstillinger' },
];

/** Where "leave quickly" goes; the same neutral site the app uses. */
export const QUICK_EXIT_URL = 'https://www.yr.no/';

function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

/**
 * The app's layout in plain HTML for the server-rendered page: the same landmarks, menu, footer
 * and "leave quickly" link, styled by the app's external stylesheet (classes under `.ssr`). No
 * personal data: the account link always says "Logg inn"; the app shows the alias once it runs.
 */
export function pageLayout(path: string, main: Html): Html {
  const current = (href: string) => (isCurrent(href, path) ? 'page' : 'false');
  return html`<div class="ssr" id="sh-ssr">
    <a class="ssr-skip" href="#innhold">Hopp til innholdet</a>
    <header class="ssr-header">
      <div class="ssr-bar">
        <a class="ssr-brand" href="/"><strong>${SERVICE_NAME}</strong><span>${SERVICE_TAGLINE}</span></a>
        <a class="ssr-search" href="/sok">Søk</a>
        <a class="ssr-account" href="/logg-inn">Logg inn</a>
        <a class="ssr-menu" href="#hovedmeny">Meny</a>
      </div>
      <nav class="ssr-nav" id="hovedmeny" aria-label="Hovedmeny">
        <ul>
          ${NAV_ITEMS.map(
            (item) => html`<li><a href="${item.href}" aria-current="${current(item.href)}">${item.label}</a></li>`,
          )}
        </ul>
      </nav>
      <div class="ssr-status"></div>
    </header>
    <main id="innhold" class="ssr-main" tabindex="-1"><div class="ssr-page">${main}</div></main>
    <footer class="ssr-footer">
      <div class="ssr-inner">
        <p>Tjenesten er anonym. Vi lagrer ikke IP-adresser, og det du leser blir værende på din enhet.</p>
        <p><a href="/innstillinger">Språk og sletting av data på denne enheten</a></p>
        <p><a href="/skjul-besoket">Slik skjuler du besøket</a></p>
        <p>
          Nyhetsstrømmer (Atom): <a href="/feeds/articles.xml">Artikler</a> · <a href="/feeds/news.xml">Nyheter</a> ·
          <a href="/media">Tjenesten i mediene</a>
        </p>
      </div>
    </footer>
    <div class="ssr-exit">
      <a href="/skjul-besoket">Slik skjuler du besøket</a
      ><a class="ssr-exit-button" href="${QUICK_EXIT_URL}" rel="noreferrer">Forlat siden raskt</a>
    </div>
  </div>`;
}
