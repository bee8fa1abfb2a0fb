import { localized, msg, str } from '@lit/localize';
import type { BlockedDomainDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../../text/format.js';
import type { FetchFn } from '../../../data/api.js';
import { addBlockedDomain, fetchBlockedDomains, removeBlockedDomain } from '../../../data/moderation.js';
import { ServerListController } from '../../../state/server-list.controller.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { moderationStyles } from './moderation.styles.js';
import { FormErrorsController } from '../../../components/form-errors.controller.js';

const domainText = () => msg('Skriv et domene, for eksempel eksempel.no.');

/** Blokkerte domener: posts linking to these domains (and their subdomains) are refused on sending. */
@localized()
@customElement('sh-blocked-domains-panel')
export class ShBlockedDomainsPanel extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles, moderationStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private domain = '';
  @state() private status = '';
  private readonly errors = new FormErrorsController(
    this,
    { domain: { id: 'domain', label: () => msg('Domene å blokkere'), texts: { required: domainText } } },
    { bad_domain: 'domain', already_blocked: 'domain' },
  );

  private readonly list = new ServerListController<BlockedDomainDto>(this, () => fetchBlockedDomains(this.fetchFn));

  private async add(event: Event): Promise<void> {
    event.preventDefault();
    this.list.showProblem(null);
    if (!this.domain.trim()) {
      this.errors.show([['domain', domainText()]]);
      return;
    }
    this.errors.clear();
    try {
      const added = await addBlockedDomain(this.domain.trim(), this.fetchFn);
      this.status = msg(str`${added.domain} er blokkert.`);
      this.domain = '';
      await this.list.reload();
    } catch (error) {
      this.errors.showError(error);
    }
  }

  private async unblock(domain: string): Promise<void> {
    this.list.showProblem(null);
    try {
      await removeBlockedDomain(domain, this.fetchFn);
      this.status = msg(str`${domain} er ikke lenger blokkert.`);
      await this.list.reload();
      this.renderRoot.querySelector<HTMLInputElement>('#domain')?.focus();
    } catch (error) {
      this.list.fail(error);
    }
  }

  override render() {
    const { items, problem } = this.list;
    return html`
      <p class="meta">
        ${msg('Innlegg med lenker til disse domenene, eller underdomener av dem, blir avvist når de sendes.')}
      </p>
      ${this.errors.renderSummary()}
      <form class="row-form" @submit=${this.add} novalidate>
        <div class="field">
          <label for="domain">${msg('Domene å blokkere')}</label>
          ${this.errors.renderFieldError('domain')}
          <input
            type="text"
            id="domain"
            inputmode="url"
            aria-invalid=${this.errors.invalid('domain')}
            aria-describedby=${this.errors.describedBy('domain')}
            .value=${this.domain}
            @input=${(e: Event) => (this.domain = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="button">${msg('Blokker')}</button>
      </form>
      <p class="status-line" role="status">${this.status}</p>
      ${problem ? html`<p class="error-box" role="alert">${problem}</p>` : nothing}
      ${
        items === null
          ? nothing
          : items.length === 0
            ? html`<p class="empty">${msg('Ingen domener er blokkert.')}</p>`
            : html`<ul class="log">
                ${items.map(
                  (d) =>
                    html`<li>
                      <span class="what">${d.domain}</span> <span class="meta">${formatDate(d.createdAt)}</span>
                      <button
                        type="button"
                        class="link-button"
                        aria-label=${msg(str`Fjern blokkeringen av ${d.domain}`)}
                        @click=${() => this.unblock(d.domain)}
                      >
                        ${msg('Fjern')}
                      </button>
                    </li>`,
                )}
              </ul>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-blocked-domains-panel': ShBlockedDomainsPanel;
  }
}
