import { localized, msg, str } from '@lit/localize';
import type { ModlogEntryDto } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../text/format.js';
import { ApiError, type FetchFn } from '../../data/api.js';
import { appDb, type AppDB } from '../../data/app-db.js';
import { fetchModlog } from '../../data/moderation.js';
import { ForumRulesController } from '../../state/forum-rules.controller.js';
import { pageStyles } from '../../styles/page.styles.js';
import { errorText } from '../../text/error-text.js';
import { trackFirstLoad } from '../../state/first-loads.js';

/** /moderering-logg: the public moderation log — date, action, rule, thread. Never the removed text or any name. */
@localized()
@customElement('sh-modlog-page')
export class ShModlogPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      .log {
        list-style: none;
        padding: 0;
        margin: 1rem 0;
      }
      .log li {
        padding: 0.7rem 0;
        border-bottom: 1px solid var(--sh-border);
        overflow-wrap: anywhere;
      }
      .what {
        font-weight: 650;
      }
      .notice {
        background: var(--sh-accent-soft);
        border-radius: var(--sh-radius, 0.5rem);
        padding: 0.8rem 1rem;
      }
    `,
  ];

  @property({ attribute: false }) fetchFn?: FetchFn;
  @property({ attribute: false }) db: AppDB = appDb;

  @state() private items: ModlogEntryDto[] | null = null;
  @state() private nextCursor: string | null = null;
  @state() private failure: string | null = null;

  private readonly rules = new ForumRulesController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void trackFirstLoad(this.load(null));
  }

  private async load(cursor: string | null): Promise<void> {
    this.failure = null;
    try {
      const page = await fetchModlog(cursor, this.fetchFn);
      this.items = cursor ? [...(this.items ?? []), ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.failure =
        error instanceof ApiError
          ? errorText(error)
          : msg('Du er uten nett. Moderasjonsloggen hentes fra serveren og kan ikke vises nå.');
    }
  }

  private ruleText(entry: ModlogEntryDto): string {
    const title = entry.ruleTitle ?? (this.rules.value ?? []).find((r) => r.number === entry.rule)?.title;
    return title ? msg(str`regel ${entry.rule}: ${title}`) : msg(str`regel ${entry.rule}`);
  }

  override render() {
    const items = this.items;
    return html`
      <h1 tabindex="-1">${msg('Moderasjonslogg')}</h1>
      <p class="lead">
        ${msg('Her ser du hvordan moderatorene bruker forumreglene: når et innlegg er fjernet eller gjenopprettet, og etter hvilken regel.')}
      </p>
      <p class="notice">
        ${msg('Teksten i et fjernet innlegg vises aldri her, og heller ikke hvem som skrev det eller hvem som fjernet det. I tråden står regelen og moderatorens begrunnelse der innlegget var.')}
      </p>
      <p><a href="/regler">${msg('Les forumreglene')}</a></p>
      ${this.failure ? html`<p class="notice" role="status">${this.failure}</p>` : nothing}
      ${
        items === null
          ? this.failure
            ? nothing
            : html`<p class="meta" role="status">${msg('Henter …')}</p>`
          : items.length === 0
            ? html`<p class="empty">${msg('Ingen innlegg er fjernet ennå.')}</p>`
            : html`<ul class="log">
                ${items.map(
                  (e) =>
                    html`<li>
                      <time datetime=${e.at}>${formatDate(e.at)}</time> ·
                      <span class="what">${e.action === 'removal' ? msg('Fjernet') : msg('Gjenopprettet')}</span>
                      ${e.action === 'removal' ? msg('etter') : msg('– var fjernet etter')}
                      <span lang="nb">${this.ruleText(e)}</span>
                      <br />${msg('Tråd:')}
                      ${
                        e.threadTitle === null
                          ? msg('slettet sammen med forfatterens konto')
                          : html`<a href="/forum/traad/${e.threadId}" lang="nb">${e.threadTitle}</a>`
                      }
                    </li>`,
                )}
              </ul>`
      }
      ${
        this.nextCursor
          ? html`<p>
              <button type="button" class="button secondary" @click=${() => this.load(this.nextCursor)}>
                ${msg('Vis eldre')}
              </button>
            </p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-modlog-page': ShModlogPage;
  }
}
