import { localized } from '@lit/localize';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { pageStyles } from '../../styles/page.styles.js';
import { renderMissing } from './missing.js';

/** Any path the app does not know. */
@localized()
@customElement('sh-not-found-page')
export class ShNotFoundPage extends LitElement {
  static override styles = pageStyles;

  override render() {
    return renderMissing();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-not-found-page': ShNotFoundPage;
  }
}
