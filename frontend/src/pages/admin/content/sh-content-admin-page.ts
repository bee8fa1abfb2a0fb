import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FetchFn } from '../../../data/api.js';
import { getEditorItem, listEditorItems, type EditorItem, type EditorKind } from '../../../data/editorial.js';
import { sessionStateContext } from '../../../state/contexts.js';
import type { SessionState } from '../../../state/session.service.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles, visuallyHiddenStyles } from '../../../styles/page.styles.js';
import { staffGate } from '../staff-gate.js';
import { StaffLoadController } from '../staff-load.controller.js';
import { itemLabel } from './content-fields.js';
import { contentAdminStyles } from './content-admin.styles.js';
import './sh-content-editor.js';
import './sh-start-page-editor.js';

type Tab = EditorKind | 'start-page';

const TABS: readonly { id: Tab; param: string; label: () => string }[] = [
  { id: 'articles', param: 'artikler', label: () => msg('Artikler') },
  { id: 'pages', param: 'informasjon', label: () => msg('Informasjonssider') },
  { id: 'news-links', param: 'nyheter', label: () => msg('Nyheter') },
  { id: 'resources', param: 'ressurser', label: () => msg('Ressurser') },
  { id: 'press-mentions', param: 'medieomtale', label: () => msg('Medieomtale') },
  { id: 'start-page', param: 'startside', label: () => msg('Startside') },
];

/** /admin/innhold: editors list, write, preview, publish and delete content; online only. */
@localized()
@customElement('sh-content-admin-page')
export class ShContentAdminPage extends LitElement {
  static override styles = [pageStyles, formStyles, contentAdminStyles, visuallyHiddenStyles];

  /** `?fane=` from the URL (artikler, informasjon, …). */
  @property() tab = '';
  @property({ attribute: false }) fetchFn?: FetchFn;
  /** Whether the server can be reached (tests set it; otherwise follows navigator.onLine). */
  @property({ type: Boolean }) online = navigator.onLine;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @state() private current: Tab = 'articles';
  @state() private items: EditorItem[] | null = null;
  @state() private failure: string | null = null;
  /** The open form: an item, `'new'`, or null for the list. */
  @state() private editing: EditorItem | 'new' | null = null;
  @state() private note = '';

  constructor() {
    super();
    // Runs after willUpdate, so a new `tab` has already chosen the list to load.
    new StaffLoadController(this, {
      roles: ['editor'],
      load: () => this.load(),
      key: () => this.current,
      online: () => this.online,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onConnectivity);
    window.addEventListener('offline', this.onConnectivity);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('online', this.onConnectivity);
    window.removeEventListener('offline', this.onConnectivity);
    super.disconnectedCallback();
  }

  private readonly onConnectivity = (): void => {
    this.online = navigator.onLine;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tab')) this.current = TABS.find((t) => t.param === this.tab)?.id ?? 'articles';
  }

  private async load(): Promise<void> {
    const kind = this.current;
    this.items = null;
    this.failure = null;
    if (kind === 'start-page') return;
    try {
      const items = await listEditorItems(kind, this.fetchFn);
      if (kind === this.current) this.items = items;
    } catch {
      this.failure = msg('Fikk ikke hentet listen. Sjekk nettet og prøv igjen.');
    }
  }

  private selectTab(tab: Tab, focus = false): void {
    this.current = tab;
    this.editing = null;
    this.note = '';
    const param = TABS.find((t) => t.id === tab)?.param ?? '';
    history.replaceState(history.state, '', `/admin/innhold?fane=${param}`);
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  /** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern). */
  private onTabKey(event: KeyboardEvent): void {
    const index = TABS.findIndex((t) => t.id === this.current);
    const last = TABS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const tab = TABS[next];
    if (!tab) return;
    event.preventDefault();
    this.selectTab(tab.id, true);
  }

  private async openItem(item: EditorItem): Promise<void> {
    if (this.current === 'start-page') return;
    try {
      // The list may be older than the item: edit the server's current copy.
      this.editing = await getEditorItem(this.current, item.id, this.fetchFn);
    } catch {
      this.failure = msg('Fikk ikke åpnet den. Sjekk nettet og prøv igjen.');
    }
  }

  private onSaved(event: CustomEvent<{ item: EditorItem }>): void {
    const saved = event.detail.item;
    // The open form shows what the server answered (status, publish button) from now on.
    if (this.editing) this.editing = saved;
    const items = this.items ?? [];
    this.items = items.some((i) => i.id === saved.id)
      ? items.map((i) => (i.id === saved.id ? saved : i))
      : [saved, ...items];
  }

  private onClosed(event: CustomEvent<{ deleted: boolean }>): void {
    const open = this.editing;
    if (event.detail.deleted && open && open !== 'new') {
      this.items = (this.items ?? []).filter((i) => i.id !== open.id);
      this.note = msg('Slettet. Leserne får den fjernet ved neste synkronisering.');
    }
    this.editing = null;
  }

  private renderList(items: EditorItem[]) {
    if (items.length === 0) return html`<p class="empty">${msg('Ingenting her ennå.')}</p>`;
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li class="item">
            <span lang="nb"
              >${itemLabel(item)}
              ${
                item.published
                  ? html`<span class="badge published">${msg('Publisert')}</span>`
                  : html`<span class="badge draft">${msg('Utkast')}</span>`
              }</span
            >
            <button type="button" class="button secondary" @click=${() => void this.openItem(item)}>
              ${msg('Rediger')}<span class="visually-hidden">: ${itemLabel(item)}</span>
            </button>
          </li>`,
      )}
    </ul>`;
  }

  private renderPanel() {
    const kind = this.current;
    if (kind === 'start-page') return html`<sh-start-page-editor .fetchFn=${this.fetchFn}></sh-start-page-editor>`;
    if (this.editing) {
      return html`<sh-content-editor
        .kind=${kind}
        .item=${this.editing === 'new' ? null : this.editing}
        .fetchFn=${this.fetchFn}
        @sh-content-saved=${this.onSaved}
        @sh-content-closed=${this.onClosed}
      ></sh-content-editor>`;
    }
    return html`
      <p><button type="button" class="button" @click=${() => (this.editing = 'new')}>${msg('Ny')}</button></p>
      <p role="status" class="meta">${this.note}</p>
      ${this.failure ? html`<div class="error-box" role="alert"><p>${this.failure}</p></div>` : nothing}
      ${this.items ? this.renderList(this.items) : this.failure ? nothing : html`<p class="meta">${msg('Henter …')}</p>`}
    `;
  }

  override render() {
    const gate = staffGate(this.session, ['editor'], this.online);
    return html`
      <h1 tabindex="-1">${msg('Redaksjon')}</h1>
      ${
        gate ??
        html`<div role="tablist" aria-label=${msg('Innholdstyper')} @keydown=${this.onTabKey}>
            ${TABS.map(
              (t) =>
                html`<button
                  type="button"
                  role="tab"
                  id=${`tab-${t.id}`}
                  aria-selected=${t.id === this.current ? 'true' : 'false'}
                  aria-controls="panel"
                  tabindex=${t.id === this.current ? '0' : '-1'}
                  @click=${() => this.selectTab(t.id)}
                >
                  ${t.label()}
                </button>`,
            )}
          </div>
          <div role="tabpanel" id="panel" aria-labelledby=${`tab-${this.current}`}>${this.renderPanel()}</div>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-content-admin-page': ShContentAdminPage;
  }
}
