import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../components/sh-post-composer.js';
import { pageStyles } from '../../styles/page.styles.js';

/** /forum/ny: the new-thread composer. The draft id goes into the address so a reload continues it. */
@localized()
@customElement('sh-new-thread-page')
export class ShNewThreadPage extends LitElement {
  static override styles = pageStyles;

  /** Draft to continue (`?utkast=`). */
  @property({ attribute: 'draft-id' }) draftId?: string;

  private onSaved(event: CustomEvent<{ id: string }>): void {
    const url = new URL(location.href);
    url.searchParams.set('utkast', event.detail.id);
    history.replaceState(history.state, '', url);
  }

  private onSent(): void {
    const url = new URL(location.href);
    url.searchParams.delete('utkast');
    history.replaceState(history.state, '', url);
  }

  override render() {
    return html`
      <p class="meta"><a href="/forum">← ${msg('Alle tråder')}</a></p>
      <h1 tabindex="-1">${msg('Start en ny tråd')}</h1>
      <p>
        ${msg('Skriv i ro og mak. Teksten lagres bare på denne enheten til du trykker Send, også om du mister nettet eller lukker appen.')}
      </p>
      <sh-post-composer
        kind="thread"
        draft-id=${this.draftId ?? nothing}
        @sh-draft-saved=${this.onSaved}
        @sh-draft-sent=${this.onSent}
      ></sh-post-composer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-new-thread-page': ShNewThreadPage;
  }
}
