import { localized, msg, str } from '@lit/localize';
import type { CampaignDto, CampaignUpdateRequest } from '@sexhandel/shared';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { intlLocale } from '../../../text/format.js';
import { campaignFileUrl } from '../../../data/campaigns.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { channelLabel } from './campaign-labels.js';
import { campaignStyles } from './campaigns.styles.js';
import './sh-campaign-form.js';
import type { CampaignSaveEvent } from './sh-campaign-form.js';

export type CampaignUpdateEvent = CustomEvent<{ id: string; input: CampaignUpdateRequest }>;
export type CampaignArchiveEvent = CustomEvent<{ id: string; archived: boolean }>;

/**
 * One campaign: its short link (with a copy button), counts, QR code, downloads, and edit and
 * archive controls. Fires `campaign-update` and `campaign-archive`; the page does the requests
 * and hands back a new `campaign` (which closes the edit form) or an `error`.
 */
@localized()
@customElement('sh-campaign-item')
export class ShCampaignItem extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles, campaignStyles];

  @property({ attribute: false }) campaign!: CampaignDto;
  @property({ type: Boolean }) busy = false;
  @property() error = '';

  @state() private editing = false;
  @state() private copyStatus = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new campaign object is the saved one: the edit is done.
    if (changed.has('campaign') && changed.get('campaign') !== undefined) this.editing = false;
  }

  private async copy(): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>('.link-row input');
    try {
      await navigator.clipboard.writeText(this.campaign.shortUrl);
      this.copyStatus = msg('Lenken er kopiert.');
    } catch {
      // No clipboard (insecure address or refused): select the text so Ctrl+C copies it.
      input?.focus();
      input?.select();
      this.copyStatus = msg('Lenken er merket. Kopier den med Ctrl+C (Cmd+C på Mac).');
    }
  }

  private save(event: CampaignSaveEvent): void {
    event.stopPropagation();
    this.dispatchEvent(
      new CustomEvent('campaign-update', {
        detail: { id: this.campaign.id, input: event.detail },
        bubbles: true,
        composed: true,
      }) satisfies CampaignUpdateEvent,
    );
  }

  private archive(archived: boolean): void {
    this.dispatchEvent(
      new CustomEvent('campaign-archive', {
        detail: { id: this.campaign.id, archived },
        bubbles: true,
        composed: true,
      }) satisfies CampaignArchiveEvent,
    );
  }

  private formatDate(iso: string): string {
    return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium' }).format(new Date(iso));
  }

  private renderEdit() {
    return html`<h3 id="heading">${msg(str`Endre «${this.campaign.name}»`)}</h3>
      <sh-campaign-form
        .campaign=${this.campaign}
        .busy=${this.busy}
        .error=${this.error}
        @campaign-save=${this.save}
        @campaign-cancel=${() => (this.editing = false)}
      ></sh-campaign-form>`;
  }

  private renderView() {
    const c = this.campaign;
    const archived = c.archivedAt !== null;
    return html`<div class="campaign">
      <div>
        <h3 id="heading">${c.name}${archived ? html`<span class="tag">${msg('Arkivert')}</span>` : nothing}</h3>
        <dl class="facts">
          <dt>${msg('Kanal')}</dt>
          <dd>${channelLabel(c.channel)}</dd>
          <dt>${msg('Lenken åpnet')}</dt>
          <dd>${c.opens}</dd>
          <dt>${msg('Besøk')}</dt>
          <dd>${c.visits}</dd>
          <dt>${msg('Opprettet')}</dt>
          <dd>${this.formatDate(c.createdAt)}</dd>
          ${
            c.note
              ? html`<dt>${msg('Merknad')}</dt>
                  <dd>${c.note}</dd>`
              : nothing
          }
        </dl>
        <label for="link">${msg('Kortlenke')}</label>
        <div class="link-row">
          <input id="link" type="text" readonly .value=${c.shortUrl} />
          <button type="button" class="button secondary small" @click=${this.copy}>${msg('Kopier lenken')}</button>
        </div>
        <p class="sr-status" role="status">${this.copyStatus}</p>
        ${
          archived
            ? html`<p class="meta">
                ${msg('Arkivert: lenken svarer «finnes ikke» og telles ikke. Tallene over er tatt vare på.')}
              </p>`
            : nothing
        }
        <p class="label" id="downloads">${msg('Last ned')}</p>
        <ul class="downloads" aria-labelledby="downloads">
          <li><a href=${campaignFileUrl(c.id, 'qr.svg')} download>${msg('QR-kode (SVG)')}</a></li>
          <li><a href=${campaignFileUrl(c.id, 'qr.png')} download>${msg('QR-kode (PNG)')}</a></li>
          <li><a href=${campaignFileUrl(c.id, 'card.pdf')} download>${msg('Kort (PDF, 85 × 55 mm)')}</a></li>
          <li><a href=${campaignFileUrl(c.id, 'sheet.pdf')} download>${msg('A4-ark med 10 kort (PDF)')}</a></li>
        </ul>
        ${this.error ? html`<p class="error-box" role="alert">${this.error}</p>` : nothing}
        <div class="actions">
          <button
            type="button"
            class="button secondary small"
            ?disabled=${this.busy}
            @click=${() => (this.editing = true)}
          >
            ${msg('Endre')}
          </button>
          ${
            archived
              ? html`<button
                  type="button"
                  class="button secondary small"
                  ?disabled=${this.busy}
                  @click=${() => this.archive(false)}
                >
                  ${msg('Ta i bruk igjen')}
                </button>`
              : html`<button
                  type="button"
                  class="button secondary small"
                  ?disabled=${this.busy}
                  @click=${() => this.archive(true)}
                >
                  ${msg('Arkiver')}
                </button>`
          }
        </div>
      </div>
      <img
        class="qr"
        src=${campaignFileUrl(c.id, 'qr.svg')}
        alt=${msg(str`QR-kode som leder til ${c.shortUrl}`)}
        width="136"
        height="136"
      />
    </div>`;
  }

  override render() {
    return html`<article class="card" aria-labelledby="heading">
      ${this.editing ? this.renderEdit() : this.renderView()}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-campaign-item': ShCampaignItem;
  }
  interface HTMLElementEventMap {
    'campaign-update': CampaignUpdateEvent;
    'campaign-archive': CampaignArchiveEvent;
  }
}
