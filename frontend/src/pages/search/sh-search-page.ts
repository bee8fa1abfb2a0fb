import { localized, msg } from '@lit/localize';
import { splitSnippet, type SearchResultDto, type SearchType, type SnippetPart } from '@sexhandel/shared';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../../components/sh-snippet.js';
import { ApiError, type FetchFn } from '../../data/api.js';
import { appDb, type AppDB } from '../../data/app-db.js';
import { searchOnline } from '../../data/editorial.js';
import { getOfflineIndex, searchOffline, type OfflineSearchType } from '../../data/offline-search.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { errorText } from '../../text/error-text.js';

interface ShownResult {
  key: string;
  type: SearchType | OfflineSearchType;
  title: string;
  href: string;
  snippet: SnippetPart[];
}

const OFFLINE_DELAY_MS = 120;
const ONLINE_DELAY_MS = 400;

function typeLabel(type: SearchType | OfflineSearchType): string {
  switch (type) {
    case 'article':
      return msg('Artikkel');
    case 'page':
      return msg('Informasjon');
    case 'resource':
      return msg('Ressurs');
    case 'newsLink':
      return msg('Nyhet');
    case 'post':
      return msg('Foruminnlegg');
    case 'qa':
      return msg('Spørsmål og svar');
  }
}

function hrefOf(result: SearchResultDto): string {
  switch (result.type) {
    case 'article':
      return `/artikler/${encodeURIComponent(result.slug ?? '')}`;
    case 'page':
      return `/info/${encodeURIComponent(result.slug ?? '')}`;
    case 'post':
      return `/forum/traad/${encodeURIComponent(result.threadId ?? '')}`;
    case 'resource':
      return result.url ?? '/ressurser';
    case 'newsLink':
      return result.url ?? '/nyheter';
  }
}

/**
 * /sok: online, the server's full-text search (forum posts included), "Vis flere" for the next page;
 * offline, a search over what is stored on this device, as the person types.
 */
@localized()
@customElement('sh-search-page')
export class ShSearchPage extends LitElement {
  static override styles = [
    pageStyles,
    formStyles,
    css`
      form {
        display: flex;
        gap: 0.5rem;
        align-items: flex-end;
        flex-wrap: wrap;
      }
      form .field {
        flex: 1 1 14rem;
        margin: 0;
      }
      input[type='search'] {
        font: inherit;
        width: 100%;
        box-sizing: border-box;
        padding: 0.55rem 0.7rem;
        border: 1px solid var(--sh-border-strong);
        border-radius: var(--sh-radius, 0.5rem);
      }
      input[type='search']:focus-visible {
        outline: 3px solid var(--sh-focus);
        outline-offset: 1px;
      }
      .results {
        list-style: none;
        padding: 0;
        margin: 1rem 0;
      }
      .results li {
        margin: 0 0 0.75rem;
      }
      .results a {
        font-weight: 600;
      }
      .kind {
        display: block;
        font-size: 0.8rem;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--sh-muted);
      }
      .results p {
        margin: 0.3rem 0 0;
      }
      .notice {
        margin-top: 1rem;
      }
    `,
  ];

  /** The query from `?q=`, searched at once (also when it changes: Back to an earlier search). */
  @property() query = '';
  @property({ attribute: false }) fetchFn?: FetchFn;
  @property({ attribute: false }) db: AppDB = appDb;
  /** Whether the server can be asked (tests set it; otherwise follows navigator.onLine). */
  @property({ type: Boolean }) online = navigator.onLine;

  @state() private text = '';
  @state() private results: ShownResult[] = [];
  @state() private source: 'none' | 'server' | 'device' = 'none';
  @state() private nextCursor: string | null = null;
  @state() private busy = false;
  @state() private failure: string | null = null;
  private offlineTimer: ReturnType<typeof setTimeout> | undefined;
  private onlineTimer: ReturnType<typeof setTimeout> | undefined;
  /** Answers that arrive after a newer query started are dropped. */
  private generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onConnectivity);
    window.addEventListener('offline', this.onConnectivity);
    // Build the device's search index while the person starts typing (kept until the data changes).
    getOfflineIndex(this.db).catch(() => undefined);
  }

  // Not in connectedCallback: the page module loads lazily, and an element upgraded after its
  // properties were set sees them only from its first update on.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query') && this.query.trim() !== this.text.trim()) {
      this.text = this.query;
      void this.runSearch(true);
    }
  }

  /** The query lives in the address (replaced, never a new history entry per keystroke). */
  private writeQuery(q: string): void {
    const url = new URL(location.href);
    if ((url.searchParams.get('q') ?? '') === q) return;
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('online', this.onConnectivity);
    window.removeEventListener('offline', this.onConnectivity);
    clearTimeout(this.offlineTimer);
    clearTimeout(this.onlineTimer);
    super.disconnectedCallback();
  }

  private readonly onConnectivity = (): void => {
    this.online = navigator.onLine;
    if (this.text.trim()) void this.runSearch(true);
  };

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.writeQuery(this.text.trim());
    clearTimeout(this.offlineTimer);
    clearTimeout(this.onlineTimer);
    // Results from the device come as the person types; the server is asked after a short pause.
    this.offlineTimer = setTimeout(() => void this.runDeviceSearch(), OFFLINE_DELAY_MS);
    if (this.online) this.onlineTimer = setTimeout(() => void this.runSearch(false), ONLINE_DELAY_MS);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.offlineTimer);
    clearTimeout(this.onlineTimer);
    this.writeQuery(this.text.trim());
    void this.runSearch(true);
  }

  private async runDeviceSearch(): Promise<void> {
    const generation = ++this.generation;
    const found = await searchOffline(this.text, this.db);
    if (generation !== this.generation) return;
    // Keep server results on screen while the server is being asked again.
    if (this.online && this.source === 'server' && this.busy) return;
    this.results = found.map((r) => ({
      key: `${r.type}:${r.id}`,
      type: r.type,
      title: r.title,
      href: r.href,
      snippet: r.snippet,
    }));
    this.source = this.text.trim() ? 'device' : 'none';
    this.nextCursor = null;
  }

  private toShown(items: SearchResultDto[]): ShownResult[] {
    return items.map((r) => ({
      key: `${r.type}:${r.id}`,
      type: r.type,
      title: r.title,
      href: hrefOf(r),
      snippet: splitSnippet(r.snippet),
    }));
  }

  /** Server search when online (falls back to the device when the network fails), else the device. */
  private async runSearch(now: boolean): Promise<void> {
    const q = this.text.trim();
    this.failure = null;
    if (!q) {
      this.results = [];
      this.source = 'none';
      return;
    }
    if (!this.online) {
      await this.runDeviceSearch();
      return;
    }
    const generation = ++this.generation;
    this.busy = true;
    try {
      const page = await searchOnline({ q }, this.fetchFn);
      if (generation !== this.generation) return;
      this.results = this.toShown(page.items);
      this.nextCursor = page.nextCursor;
      this.source = 'server';
    } catch (error) {
      if (generation !== this.generation) return;
      if (error instanceof TypeError) {
        this.online = false;
        await this.runDeviceSearch();
      } else if (now) {
        this.failure = error instanceof ApiError ? errorText(error) : msg('Søket virket ikke.');
      }
    } finally {
      if (generation === this.generation) this.busy = false;
    }
  }

  private async showMore(): Promise<void> {
    if (!this.nextCursor) return;
    const generation = this.generation;
    this.busy = true;
    try {
      const page = await searchOnline({ q: this.text.trim(), cursor: this.nextCursor }, this.fetchFn);
      if (generation !== this.generation) return;
      this.results = [...this.results, ...this.toShown(page.items)];
      this.nextCursor = page.nextCursor;
    } catch {
      this.failure = msg('Fikk ikke hentet flere treff. Sjekk nettet og prøv igjen.');
    } finally {
      this.busy = false;
    }
  }

  private renderResult(result: ShownResult) {
    const external = !result.href.startsWith('/');
    return html`<li class="card">
      <span class="kind">${typeLabel(result.type)}</span>
      ${
        external
          ? html`<a href=${result.href} rel="noopener noreferrer">${result.title}</a>`
          : html`<a href=${result.href}>${result.title}</a>`
      }
      ${result.snippet.length ? html`<p><sh-snippet .parts=${result.snippet}></sh-snippet></p>` : nothing}
    </li>`;
  }

  override render() {
    const q = this.text.trim();
    return html`
      <h1 tabindex="-1">${msg('Søk')}</h1>
      <form role="search" @submit=${this.onSubmit}>
        <div class="field">
          <label for="q">${msg('Søk etter artikler, informasjon, ressurser og nyheter')}</label>
          <input
            id="q"
            type="search"
            name="q"
            autocomplete="off"
            data-initial-focus
            .value=${this.text}
            @input=${this.onInput}
          />
        </div>
        <button type="submit" class="button">${msg('Søk')}</button>
      </form>
      ${
        this.online
          ? nothing
          : html`<div class="notice offline-note" role="note">
              <p>
                ${msg(
                  'Du er uten nett. Søket går bare i det som er lagret på denne enheten – innlegg i forumet er ikke med.',
                )}
              </p>
            </div>`
      }
      ${this.failure ? html`<div class="error-box" role="alert"><p>${this.failure}</p></div>` : nothing}
      <div role="status" class="meta">
        ${
          q && this.source !== 'none' && !this.busy
            ? this.results.length
              ? this.source === 'device'
                ? msg('Treff på denne enheten')
                : msg('Treff')
              : msg('Ingen treff.')
            : nothing
        }
        ${this.busy ? msg('Søker …') : nothing}
      </div>
      ${
        this.results.length
          ? html`<ul class="results" lang="nb">
              ${this.results.map((r) => this.renderResult(r))}
            </ul>`
          : nothing
      }
      ${
        this.source === 'server' && this.nextCursor
          ? html`<p>
              <button type="button" class="button secondary" ?disabled=${this.busy} @click=${this.showMore}>
                ${msg('Vis flere')}
              </button>
            </p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-search-page': ShSearchPage;
  }
}
