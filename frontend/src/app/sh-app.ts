import { provide } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../components/sh-quick-exit.js';
import '../components/sh-sync-status.js';
import '../components/sh-update-prompt.js';
import {
  outboxServiceContext,
  sessionServiceContext,
  sessionStateContext,
  syncServiceContext,
  syncStateContext,
} from '../state/contexts.js';
import { takeCampaignParam } from '../data/campaign-param.js';
import type { OutboxService } from '../state/outbox.service.js';
import { SessionService, type SessionState } from '../state/session.service.js';
import { SyncService, type SyncState } from '../state/sync.service.js';
import { firstLoadsPending, firstLoadsSettled } from '../state/first-loads.js';
import { Router } from './router.js';
import { navItems, NOT_FOUND, ROUTES } from './routes.js';
import { loginHref, staffLinks } from '../state/staff-links.js';
import { shAppStyles } from './sh-app.styles.js';

const SERVICE_NAME = 'Sexhandel';

/** Runs `work` when the main thread is idle (at the latest after 3 s). */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 3_000 });
  else setTimeout(work, 200);
}

/** The app shell: header with navigation and sync status, the routed page, footer, "leave quickly". */
@localized()
@customElement('sh-app')
export class ShApp extends LitElement {
  static override styles = shAppStyles;

  /** Runs sync for the whole app (pushing through its outbox service); tests pass one with a stubbed fetch. */
  @provide({ context: syncServiceContext })
  @property({ attribute: false })
  syncService: SyncService = new SyncService();

  /** The sync service's outbox service, for Send (it alone pushes: Send, online, backoff timer, background sync). */
  @provide({ context: outboxServiceContext })
  @state()
  protected outboxService: OutboxService = this.syncService.outbox;

  @provide({ context: syncStateContext })
  @state()
  protected syncState: SyncState = this.syncService.state;

  /** Who is signed in; tests pass one with a stubbed fetch. */
  @provide({ context: sessionServiceContext })
  @property({ attribute: false })
  sessionService: SessionService = new SessionService();

  @provide({ context: sessionStateContext })
  @state()
  protected sessionState: SessionState = this.sessionService.state;

  @state() private menuOpen = false;

  private readonly router = new Router(this, ROUTES);
  private unsubscribe: (() => void) | null = null;
  private unsubscribeSession: (() => void) | null = null;
  private handledNavigations = 0;
  private headingWatch: MutationObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.outboxService = this.syncService.outbox;
    this.unsubscribe = this.syncService.subscribe((syncState) => (this.syncState = syncState));
    const campaign = takeCampaignParam();
    if (this.hidden) {
      // Taking over a server-rendered page: the first pull waits until the page is shown and the
      // browser is idle, so it never competes with the first render on a slow phone.
      void this.whenPageShown().then(() =>
        whenIdle(() => {
          if (this.isConnected) void this.syncService.start(campaign);
        }),
      );
    } else void this.syncService.start(campaign);
    this.unsubscribeSession = this.sessionService.subscribe((session) => (this.sessionState = session));
    void this.sessionService.start();
    this.addEventListener('sh-title', this.onTitle);
    this.addEventListener('sh-navigate', this.onNavigate);
  }

  override disconnectedCallback(): void {
    this.unsubscribe?.();
    this.syncService.stop();
    this.unsubscribeSession?.();
    this.sessionService.stop();
    this.removeEventListener('sh-title', this.onTitle);
    this.removeEventListener('sh-navigate', this.onNavigate);
    super.disconnectedCallback();
  }

  /**
   * Resolves once the routed page has rendered what the device holds for it: its module loaded, every
   * live query answered, every element inside it updated. main.ts waits for this before it swaps a
   * server-rendered page for the app, so the swap never shows a loading state.
   */
  async whenPageShown(): Promise<void> {
    await this.router.match?.route.load?.();
    for (let round = 0; round < 5; round++) {
      await this.updateComplete;
      const page = this.renderRoot.querySelector('main')?.firstElementChild;
      if (page instanceof LitElement) await page.updateComplete;
      await firstLoadsSettled();
      // Elements the page rendered start their own queries in their first update: one more turn.
      await new Promise((resolve) => setTimeout(resolve));
      if (!firstLoadsPending()) return;
    }
  }

  /** Navigates client-side (same as clicking a link). */
  navigate(path: string): void {
    this.router.navigate(path);
  }

  private readonly onTitle = (event: CustomEvent<{ title: string }>): void => {
    document.title = `${event.detail.title} – ${SERVICE_NAME}`;
  };

  private readonly onNavigate = (event: CustomEvent<{ path: string }>): void => {
    this.router.navigate(event.detail.path);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.router.navigations !== this.handledNavigations) this.menuOpen = false;
  }

  protected override firstUpdated(): void {
    this.setRouteTitle();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.router.navigations !== this.handledNavigations) {
      this.handledNavigations = this.router.navigations;
      this.setRouteTitle();
      void this.focusPageHeading();
    }
  }

  private setRouteTitle(): void {
    const route = this.router.match?.route ?? NOT_FOUND;
    document.title = `${route.title()} – ${SERVICE_NAME}`;
  }

  /** After a client-side navigation, move focus to the new page's main heading so screen readers announce it. */
  private async focusPageHeading(): Promise<void> {
    // A lazily loaded page is an un-upgraded element until its module has run.
    await (this.router.match?.route ?? NOT_FOUND).load?.();
    const page = this.renderRoot.querySelector('main')?.firstElementChild;
    if (page instanceof LitElement) await page.updateComplete;
    window.scrollTo({ top: 0 });
    // A page whose purpose is typing (search) names its field; every other page starts at its heading.
    const field = page?.shadowRoot?.querySelector<HTMLElement>('[data-initial-focus]');
    if (field) {
      field.focus();
      return;
    }
    const heading = page?.shadowRoot?.querySelector<HTMLElement>('h1');
    if (page && heading) {
      heading.focus();
      this.keepHeadingFocus(page, heading);
    } else this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  /**
   * A page that shows a placeholder heading while it loads replaces that heading, and the focus with it
   * (it falls back to <body>). For a few seconds after a navigation, focus follows to the new heading.
   */
  private keepHeadingFocus(page: Element, heading: HTMLElement): void {
    this.headingWatch?.disconnect();
    const root = page.shadowRoot;
    if (!root) return;
    const watch = new MutationObserver(() => {
      if (heading.isConnected) return;
      watch.disconnect();
      const next = root.querySelector<HTMLElement>('h1');
      const focusLost = document.activeElement === document.body || document.activeElement === null;
      if (next && focusLost && page.isConnected) {
        next.focus();
        this.keepHeadingFocus(page, next);
      }
    });
    watch.observe(root, { childList: true, subtree: true });
    this.headingWatch = watch;
    setTimeout(() => watch.disconnect(), 5_000);
  }

  /** Focus on the page's main heading (after the app replaced a server-rendered page that had focus). */
  focusPage(): void {
    this.skipToContent();
  }

  // A fragment link cannot reach into shadow DOM, so the skip control moves focus itself.
  private skipToContent(): void {
    const page = this.renderRoot.querySelector('main')?.firstElementChild;
    const heading = page?.shadowRoot?.querySelector<HTMLElement>('h1');
    (heading ?? this.renderRoot.querySelector<HTMLElement>('main'))?.focus();
  }

  private isCurrent(href: string): boolean {
    const path = this.router.path;
    return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
  }

  private renderAccountLink() {
    const me = this.sessionState.me;
    if (me) {
      return html`<a class="account" href="/konto" aria-label=${msg(str`Min konto: ${me.alias}`)}>${me.alias}</a>`;
    }
    return html`<a class="account" href=${loginHref(`${location.pathname}${location.search}`)}>${msg('Logg inn')}</a>`;
  }

  /** Staff get their screens in the header, by role (counsellors their inbox, moderators the queue …). */
  private renderStaffNav() {
    const links = staffLinks(this.sessionState.me?.roles ?? []);
    if (links.length === 0) return nothing;
    return html`<nav class="staff" aria-label=${msg('For ansatte')}>
      <ul>
        <li class="label" aria-hidden="true">${msg('For ansatte:')}</li>
        ${links.map(
          (link) =>
            html`<li>
              <a href=${link.href} aria-current=${this.isCurrent(link.href) ? 'page' : 'false'}>${link.label}</a>
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  override render() {
    const match = this.router.match;
    const route = match?.route ?? NOT_FOUND;
    void route.load?.();
    const page = route.render(match?.params ?? {});
    return html`
      <button type="button" class="skip" @click=${this.skipToContent}>${msg('Hopp til innholdet')}</button>
      <sh-update-prompt></sh-update-prompt>
      <header>
        <div class="bar">
          <a class="brand" href="/">
            <strong>${SERVICE_NAME}</strong>
            <span>${msg('Informasjon og samtale om kjøp av sex')}</span>
          </a>
          <a class="search-link" href="/sok" aria-current=${this.isCurrent('/sok') ? 'page' : 'false'}>${msg('Søk')}</a>
          ${this.renderAccountLink()}
          <button
            type="button"
            class="menu-toggle"
            aria-expanded=${this.menuOpen ? 'true' : 'false'}
            aria-controls="main-nav"
            @click=${() => (this.menuOpen = !this.menuOpen)}
          >
            ${msg('Meny')}
          </button>
        </div>
        <nav id="main-nav" class=${this.menuOpen ? 'open' : 'closed'} aria-label=${msg('Hovedmeny')}>
          <ul>
            ${navItems().map(
              (item) =>
                html`<li>
                  <a href=${item.href} aria-current=${this.isCurrent(item.href) ? 'page' : 'false'}>${item.label}</a>
                </li>`,
            )}
          </ul>
        </nav>
        ${this.renderStaffNav()}
        <div class="status"><sh-sync-status></sh-sync-status></div>
      </header>
      ${
        this.router.canGoBack
          ? html`<div class="discreet-back">
              <button type="button" @click=${() => this.router.back()}>← ${msg('Tilbake')}</button>
            </div>`
          : nothing
      }
      <main id="main" tabindex="-1">${page}</main>
      <footer>
        <div class="inner">
          <p>${msg('Tjenesten er anonym. Vi lagrer ikke IP-adresser, og det du leser blir værende på din enhet.')}</p>
          <p><a href="/innstillinger">${msg('Språk og sletting av data på denne enheten')}</a></p>
          <p><a href="/skjul-besoket">${msg('Slik skjuler du besøket')}</a></p>
          <p>
            ${msg('Nyhetsstrømmer (Atom):')} <a href="/feeds/articles.xml">${msg('Artikler')}</a> ·
            <a href="/feeds/news.xml">${msg('Nyheter')}</a> · <a href="/media">${msg('Tjenesten i mediene')}</a>
          </p>
        </div>
      </footer>
      <sh-quick-exit></sh-quick-exit>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-app': ShApp;
  }
}
