import { localized, msg } from '@lit/localize';
import { RESOURCE_KINDS_SHOWN, type ResourceDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { resourceKindLabel } from '../../text/format.js';
import { renderLoading, renderNotSynced } from '../../components/empty-state.js';
import { appDb, type AppDB } from '../../data/app-db.js';
import { listResources } from '../../data/content.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';

/** Help services, organisations and literature, grouped by kind (help first). */
@localized()
@customElement('sh-resources-page')
export class ShResourcesPage extends LitElement {
  static override styles = pageStyles;

  /** Database; tests pass their own. */
  @property({ attribute: false }) db: AppDB = appDb;

  private readonly resources = new LiveQueryController<ResourceDto[]>(
    this,
    () => listResources(this.db),
    () => [this.db],
  );

  /**
   * The phone as shown, linked to the structured number only: the shown text may hold more than one
   * number ("02800 (nødnummer 112)"), so digits are never taken out of it.
   */
  private renderPhone(item: ResourceDto) {
    const shown = item.phone ?? item.phoneNumber;
    if (!shown) return nothing;
    return html`<p>
      ${msg('Telefon:')} ${item.phoneNumber ? html`<a href="tel:${item.phoneNumber}">${shown}</a>` : shown}
    </p>`;
  }

  private renderGroups(resources: ResourceDto[]) {
    if (resources.length === 0) return renderNotSynced();
    return RESOURCE_KINDS_SHOWN.map((kind) => {
      const items = resources.filter((resource) => resource.kind === kind);
      if (items.length === 0) return nothing;
      return html`<section aria-labelledby="kind-${kind}">
        <h2 id="kind-${kind}">${resourceKindLabel(kind)}</h2>
        <ul class="plain" lang="nb">
          ${items.map(
            (item) =>
              html`<li class="card">
                <h3>${item.url ? html`<a href=${item.url} rel="noopener noreferrer">${item.name}</a>` : item.name}</h3>
                <p>${item.description}</p>
                ${this.renderPhone(item)}
              </li>`,
          )}
        </ul>
      </section>`;
    });
  }

  override render() {
    const resources = this.resources.value;
    return html`
      <h1 tabindex="-1">${msg('Hjelp og ressurser')}</h1>
      <p class="lead">
        ${msg('Her er steder du kan ringe eller skrive til, organisasjoner som jobber med feltet, og noe å lese.')}
      </p>
      ${!this.resources.loaded || !resources ? renderLoading() : this.renderGroups(resources)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-resources-page': ShResourcesPage;
  }
}
