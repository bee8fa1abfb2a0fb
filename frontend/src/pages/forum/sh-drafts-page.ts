import { localized, msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../../components/sh-drafts-list.js';
import '../../components/sh-outbox-list.js';
import { pageStyles } from '../../styles/page.styles.js';

/** /forum/utkast: "Mine utkast" and "Venter på sending". */
@localized()
@customElement('sh-drafts-page')
export class ShDraftsPage extends LitElement {
  static override styles = pageStyles;

  override render() {
    return html`
      <p class="meta"><a href="/forum">← ${msg('Til forumet')}</a></p>
      <h1 tabindex="-1">${msg('Mine utkast')}</h1>
      <p>
        ${msg('Utkast ligger bare på denne enheten. Ingen andre kan se dem, og de sendes ikke før du trykker Send.')}
      </p>
      <sh-drafts-list></sh-drafts-list>
      <h2>${msg('Venter på sending')}</h2>
      <p>${msg('Det du har sendt uten nett, ligger her til det er kommet fram.')}</p>
      <sh-outbox-list></sh-outbox-list>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-drafts-page': ShDraftsPage;
  }
}
