import { localized, msg } from '@lit/localize';
import { RESOURCE_KINDS, type ResourceDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { resourceKindLabel } from '../../app/format.js';
import { renderLoading, renderNotSynced } from '../../components/empty-state.js';
import { listResources } from '../../data/content.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';

/** Makes a dialable tel: URI from a printed number ("22 00 00 00" → "tel:22000000"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Help services, organisations and literature, grouped by kind (help first). */
@localized()
@customElement('sh-resources-page')
export class ShResourcesPage extends LitElement {
  static override styles = pageStyles;

  private readonly resources = new LiveQueryController<ResourceDto[]>(this, () => listResources());

  private renderGroups(resources: ResourceDto[]) {
    if (resources.length === 0) return renderNotSynced();
    const order = [
      'helpService',
      'organisation',
      'literature',
    ] as const satisfies readonly (typeof RESOURCE_KINDS)[number][];
    return order.map((kind) => {
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
                ${
                  item.phone
                    ? html`<p>${msg('Telefon:')} <a href=${telHref(item.phone)}>${item.phone}</a></p>`
                    : nothing
                }
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
