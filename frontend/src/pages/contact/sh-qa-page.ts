import { localized, msg, str } from '@lit/localize';
import type { QaDto } from '@sexhandel/shared';
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../text/format.js';
import { renderLoading } from '../../components/empty-state.js';
import { appDb, type AppDB } from '../../data/app-db.js';
import { filterQas, listQas } from '../../data/qa.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { OnlineController } from '../../state/online.controller.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { contactStyles } from './contact.styles.js';
import { topicLabel } from './contact-text.js';

/** /sporsmal-og-svar: published questions and answers from the device (synced, readable offline), filtered as you type. */
@localized()
@customElement('sh-qa-page')
export class ShQaPage extends LitElement {
  static override styles = [pageStyles, formStyles, contactStyles];

  @property({ attribute: false }) db: AppDB = appDb;

  @state() private query = '';

  private readonly connection = new OnlineController(this);

  private readonly qas = new LiveQueryController<QaDto[]>(
    this,
    () => listQas(this.db),
    () => [this.db],
  );

  override render() {
    const all = this.qas.value ?? [];
    const shown = filterQas(all, this.query);
    return html`
      <h1 tabindex="-1">${msg('Spørsmål og svar')}</h1>
      <p class="lead">
        ${msg(
          'Spørsmål andre har stilt rådgiverne, med svarene. De er gjort anonyme og publisert bare når den som spurte, sa ja.',
        )}
      </p>
      <div class="field">
        <label for="filter">${msg('Søk i spørsmål og svar')}</label>
        <input
          id="filter"
          type="search"
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          aria-describedby="filter-count"
        />
        <p class="hint" id="filter-count" role="status">
          ${this.qas.loaded && this.query.trim() ? msg(str`${shown.length} av ${all.length} treff`) : ''}
        </p>
      </div>
      ${
        !this.qas.loaded
          ? renderLoading()
          : all.length === 0
            ? html`<div class="empty">
                <p>
                  ${
                    this.connection.online
                      ? msg('Det er ikke publisert noen spørsmål og svar ennå.')
                      : msg('Ingen spørsmål og svar er lastet ned ennå. De kommer hit neste gang du er på nett.')
                  }
                </p>
              </div>`
            : shown.length === 0
              ? html`<p class="empty">${msg('Ingen spørsmål passer til søket.')}</p>`
              : html`<ul class="plain" lang="nb">
                  ${shown.map(
                    (qa) =>
                      html`<li class="card">
                        <article>
                          <h2>${qa.question}</h2>
                          <p class="meta">${topicLabel(qa.topic)} · ${formatDate(qa.publishedAt)}</p>
                          ${qa.answer.split(/\n{2,}/).map((part) => html`<p>${part}</p>`)}
                        </article>
                      </li>`,
                  )}
                </ul>`
      }
      <p><a href="/kontakt">${msg('Still ditt eget spørsmål')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-qa-page': ShQaPage;
  }
}
