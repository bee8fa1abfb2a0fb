import { localized, msg } from '@lit/localize';
import type { PressMentionDto } from '@sexhandel/shared';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate } from '../../text/format.js';
import { renderLoading } from '../../components/empty-state.js';
import { appDb, type AppDB } from '../../data/app-db.js';
import { listPressMentions } from '../../data/editorial.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';

/** /media: what others have written about the service, from the device's database. */
@localized()
@customElement('sh-media-page')
export class ShMediaPage extends LitElement {
  static override styles = [pageStyles];

  @property({ attribute: false }) db: AppDB = appDb;

  private readonly mentions = new LiveQueryController<PressMentionDto[]>(
    this,
    () => listPressMentions(this.db),
    () => [this.db],
  );

  override render() {
    const mentions = this.mentions.value ?? [];
    return html`
      <h1 tabindex="-1">${msg('Tjenesten i mediene')}</h1>
      <p class="lead">${msg('Artikler og innslag andre har laget om tjenesten. Lenkene går til nettsidene deres.')}</p>
      ${
        !this.mentions.loaded
          ? renderLoading()
          : mentions.length === 0
            ? html`<p class="empty">${msg('Ingen medieomtale her ennå.')}</p>`
            : html`<ul class="plain">
                ${mentions.map(
                  (m) =>
                    html`<li class="card">
                      <a href=${m.url} rel="noopener noreferrer">${m.title}</a>
                      <p class="meta">${m.outlet} · <time datetime=${m.date}>${formatDate(m.date)}</time></p>
                    </li>`,
                )}
              </ul>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-media-page': ShMediaPage;
  }
}
