import { localized, msg, str } from '@lit/localize';
import {
  CAMPAIGN_CHANNELS,
  CAMPAIGN_LIMITS,
  type CampaignChannel,
  type CampaignCreateRequest,
  type CampaignDto,
} from '@sexhandel/shared';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { FormErrorsController } from '../../../components/form-errors.controller.js';
import { channelLabel } from './campaign-labels.js';

export type CampaignSaveEvent = CustomEvent<Required<CampaignCreateRequest>>;

/**
 * Name, channel and note of a campaign: empty for a new one, filled in when `campaign` is set.
 * Fires `campaign-save` with the fields and `campaign-cancel` (edit only); the page does the request.
 */
@localized()
@customElement('sh-campaign-form')
export class ShCampaignForm extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles];

  @property({ attribute: false }) campaign?: CampaignDto;
  @property({ type: Boolean }) busy = false;
  /** A refusal in words (from the page), shown in the error summary. */
  @property() error = '';
  /** The failed save request itself: its field codes are shown at the fields. */
  @property({ attribute: false }) failure: unknown = null;

  @state() private name = '';
  @state() private channel: CampaignChannel = 'school';
  @state() private note = '';
  private readonly errors = new FormErrorsController(this, {
    name: { id: 'name', label: () => msg('Navn') },
    channel: { id: 'channel', label: () => msg('Kanal') },
    note: { id: 'note', label: () => msg('Merknad (valgfritt)') },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('campaign')) this.fill();
    if (changed.has('failure') && this.failure) this.errors.showError(this.failure);
    if (changed.has('error') && this.error) this.errors.show([[null, this.error]]);
  }

  /** Back to the campaign's values (or empty for a new one). */
  reset(): void {
    this.fill();
  }

  private fill(): void {
    this.name = this.campaign?.name ?? '';
    this.channel = this.campaign?.channel ?? 'school';
    this.note = this.campaign?.note ?? '';
    this.errors.clear();
  }

  private submit(event: Event): void {
    event.preventDefault();
    const name = this.name.trim();
    if (!name) {
      this.errors.show([['name', msg('Gi kampanjen et navn, så du kjenner den igjen i lista.')]]);
      return;
    }
    this.errors.clear();
    this.dispatchEvent(
      new CustomEvent('campaign-save', {
        detail: { name, channel: this.channel, note: this.note.trim() },
        bubbles: true,
        composed: true,
      }) satisfies CampaignSaveEvent,
    );
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('campaign-cancel', { bubbles: true, composed: true }));
  }

  override render() {
    const editing = this.campaign !== undefined;
    const errors = this.errors;
    return html`<form @submit=${this.submit} novalidate>
      ${errors.renderSummary()}
      <div class="field">
        <label for="name">${msg('Navn')}</label>
        ${errors.renderFieldError('name')}
        <input
          id="name"
          type="text"
          maxlength=${CAMPAIGN_LIMITS.nameMax}
          required
          aria-describedby=${errors.describedBy('name', 'name-hint')}
          aria-invalid=${errors.invalid('name')}
          .value=${this.name}
          @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)}
        />
        <p class="hint" id="name-hint">
          ${msg(str`For eksempel «Kort til videregående skoler, høsten 2026». Høyst ${CAMPAIGN_LIMITS.nameMax} tegn.`)}
        </p>
      </div>
      <div class="field">
        <label for="channel">${msg('Kanal')}</label>
        ${errors.renderFieldError('channel')}
        <select
          id="channel"
          aria-invalid=${errors.invalid('channel')}
          aria-describedby=${errors.describedBy('channel')}
          @change=${(e: Event) => (this.channel = (e.target as HTMLSelectElement).value as CampaignChannel)}
        >
          ${CAMPAIGN_CHANNELS.map(
            (channel) =>
              html`<option value=${channel} ?selected=${this.channel === channel}>${channelLabel(channel)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="note">${msg('Merknad (valgfritt)')}</label>
        ${errors.renderFieldError('note')}
        <input
          id="note"
          aria-invalid=${errors.invalid('note')}
          aria-describedby=${errors.describedBy('note')}
          type="text"
          maxlength=${CAMPAIGN_LIMITS.noteMax}
          .value=${this.note}
          @input=${(e: Event) => (this.note = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions">
        <button type="submit" class="button" ?disabled=${this.busy}>
          ${editing ? msg('Lagre endringer') : msg('Opprett kampanje')}
        </button>
        ${
          editing
            ? html`<button type="button" class="button secondary" @click=${this.cancel}>${msg('Avbryt')}</button>`
            : nothing
        }
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-campaign-form': ShCampaignForm;
  }
  interface HTMLElementEventMap {
    'campaign-save': CampaignSaveEvent;
  }
}
