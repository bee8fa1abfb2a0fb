import { localized, msg, str } from '@lit/localize';
import type { ResearchConsentDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../text/format.js';
import type { FetchFn } from '../../data/api.js';
import { fetchResearchConsent, saveResearchConsent } from '../../data/insight.js';
import { embeddedHostStyles, formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { accountErrorText } from './account-errors.js';
import { FormErrorsController } from '../../components/form-errors.controller.js';

/**
 * The research consent on /konto: off until the member turns it on, withdrawable at any time.
 * Says plainly what a researcher would get and what never leaves the service.
 */
@localized()
@customElement('sh-research-consent')
export class ShResearchConsent extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private consent: ResearchConsentDto | null = null;
  @state() private saving = false;
  @state() private loadError = '';
  @state() private saved = '';
  /**
   * A failed save: offline, signed out or a server fault names no field and goes in the alert
   * without a link; should the server ever refuse the `consent` value itself, it shows at the box.
   */
  private readonly errors = new FormErrorsController(this, {
    consent: { id: 'research-consent', label: () => msg('Ja, innleggene mine kan brukes i forskning') },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.consent = await fetchResearchConsent(this.fetchFn);
      this.loadError = '';
    } catch (error) {
      this.loadError = accountErrorText(error);
    }
  }

  private async toggle(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    this.saving = true;
    this.saved = '';
    this.errors.clear();
    try {
      this.consent = await saveResearchConsent(input.checked, this.fetchFn);
      this.saved = this.consent.consent
        ? msg('Takk. Innleggene dine kan nå bli med i neste forskningsuttrekk.')
        : msg('Samtykket er trukket tilbake. Innleggene dine er ikke med i neste uttrekk.');
    } catch (error) {
      input.checked = this.consent?.consent ?? false;
      this.errors.showError(error);
    } finally {
      this.saving = false;
    }
  }

  override render() {
    return html`
      <h2>${msg('Forskning')}</h2>
      <p>
        ${msg(
          'Forskere som studerer sexkjøp og forebygging kan få et uttrekk av forumet. Du bestemmer selv om dine innlegg skal være med.',
        )}
      </p>
      <ul>
        <li>${msg('Med: innleggene du har publisert i forumet, med dato.')}</li>
        <li>
          ${msg(
            'Aliaset ditt byttes ut med en kode. Koden er den samme hver gang, og bare tjenesten kan koble den til kontoen din. Husk at innleggene også står åpent i forumet.',
          )}
        </li>
        <li>
          ${msg('Aldri med: innlegg som er fjernet eller venter på moderator, e-postadressen din og kontaktmeldinger.')}
        </li>
        <li>
          ${msg('Du kan trekke samtykket når du vil. Da er innleggene dine ikke med i neste uttrekk. Uttrekk som alt er levert, kan vi ikke hente tilbake.')}
        </li>
      </ul>
      ${
        this.consent
          ? html`${this.errors.renderSummary(msg('Valget ditt ble ikke lagret'))}
              ${this.errors.renderFieldError('research-consent')}
              <label class="choice">
                <input
                  id="research-consent"
                  type="checkbox"
                  .checked=${this.consent.consent}
                  ?disabled=${this.saving}
                  aria-invalid=${this.errors.invalid('research-consent')}
                  aria-describedby=${this.errors.describedBy('research-consent', 'consent-state')}
                  @change=${this.toggle}
                />
                <span>${msg('Ja, innleggene mine kan brukes i forskning')}</span>
              </label>
              <p class="hint" id="consent-state">
                ${
                  this.consent.givenAt
                    ? msg(str`Du ga samtykke ${formatDate(this.consent.givenAt)}.`)
                    : msg('Du har ikke gitt samtykke.')
                }
              </p>`
          : nothing
      }
      ${this.saved ? html`<p class="notice" role="status">${this.saved}</p>` : nothing}
      ${this.loadError ? html`<p class="error-box" role="alert">${this.loadError}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-research-consent': ShResearchConsent;
  }
}
