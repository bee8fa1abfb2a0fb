import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import type { PhoneHoursDto, PhoneLineDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { intlLocale } from '../../../text/format.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import { fetchPhoneInfo, updatePhoneLine } from '../../../data/phone-line.js';
import { sessionStateContext } from '../../../state/contexts.js';
import type { SessionState } from '../../../state/session.service.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { contactStyles } from '../../contact/contact.styles.js';
import { inboxStyles } from './inbox.styles.js';
import { staffGate } from '../staff-gate.js';
import { StaffLoadController } from '../staff-load.controller.js';
import { errorText } from '../../../text/error-text.js';

function weekdayName(weekday: number): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, weekday, 12));
  return new Intl.DateTimeFormat(intlLocale(), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** /admin/telefon: editors set the number, the weekly staffed hours (Oslo time) and closed dates. */
@localized()
@customElement('sh-phone-editor-page')
export class ShPhoneEditorPage extends LitElement {
  static override styles = [pageStyles, formStyles, contactStyles, inboxStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @state() private line: PhoneLineDto | null = null;
  @state() private failure: string | null = null;
  @state() private saved = false;
  @state() private busy = false;

  constructor() {
    super();
    new StaffLoadController(this, { roles: ['editor'], load: () => this.load() });
  }

  private async load(): Promise<void> {
    try {
      const info = await fetchPhoneInfo(this.fetchFn);
      this.line = { number: info.number, hours: info.hours, closedDates: info.closedDates, note: info.note };
    } catch {
      this.failure = msg('Fikk ikke hentet telefontidene. Sjekk nettet og prøv igjen.');
    }
  }

  private patch(patch: Partial<PhoneLineDto>): void {
    if (!this.line) return;
    this.line = { ...this.line, ...patch };
    this.saved = false;
  }

  private patchHours(index: number, patch: Partial<PhoneHoursDto>): void {
    if (!this.line) return;
    this.patch({ hours: this.line.hours.map((h, i) => (i === index ? { ...h, ...patch } : h)) });
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.line) return;
    this.busy = true;
    this.failure = null;
    try {
      const info = await updatePhoneLine(
        { ...this.line, closedDates: this.line.closedDates.filter((d) => d.trim() !== '') },
        this.fetchFn,
      );
      this.line = { number: info.number, hours: info.hours, closedDates: info.closedDates, note: info.note };
      this.saved = true;
    } catch (error) {
      this.failure =
        error instanceof ApiError ? errorText(error) : msg('Fikk ikke kontakt med serveren. Ingenting er lagret.');
    } finally {
      this.busy = false;
    }
  }

  private renderForm(line: PhoneLineDto) {
    return html`<form @submit=${this.save}>
      <div class="field">
        <label for="number">${msg('Telefonnummer')}</label>
        <input
          id="number"
          type="text"
          inputmode="tel"
          .value=${line.number}
          @input=${(e: Event) => this.patch({ number: (e.target as HTMLInputElement).value })}
        />
      </div>
      <fieldset>
        <legend>${msg('Åpningstider hver uke (norsk tid)')}</legend>
        ${line.hours.map(
          (h, i) =>
            html`<div class="phone-row">
              <div class="field">
                <label for=${`day-${i}`}>${msg('Dag')}</label>
                <select
                  id=${`day-${i}`}
                  @change=${(e: Event) => this.patchHours(i, { weekday: Number((e.target as HTMLSelectElement).value) })}
                >
                  ${[1, 2, 3, 4, 5, 6, 7].map(
                    (d) => html`<option value=${d} ?selected=${h.weekday === d}>${weekdayName(d)}</option>`,
                  )}
                </select>
              </div>
              <div class="field">
                <label for=${`opens-${i}`}>${msg('Åpner')}</label>
                <input
                  id=${`opens-${i}`}
                  type="text"
                  inputmode="numeric"
                  placeholder="17:00"
                  .value=${h.opens}
                  @input=${(e: Event) => this.patchHours(i, { opens: (e.target as HTMLInputElement).value })}
                />
              </div>
              <div class="field">
                <label for=${`closes-${i}`}>${msg('Stenger')}</label>
                <input
                  id=${`closes-${i}`}
                  type="text"
                  inputmode="numeric"
                  placeholder="21:00"
                  .value=${h.closes}
                  @input=${(e: Event) => this.patchHours(i, { closes: (e.target as HTMLInputElement).value })}
                />
              </div>
              <button
                type="button"
                class="link-button"
                @click=${() => this.patch({ hours: line.hours.filter((_, j) => j !== i) })}
              >
                ${msg('Fjern')}
              </button>
            </div>`,
        )}
        <button
          type="button"
          class="button secondary"
          @click=${() => this.patch({ hours: [...line.hours, { weekday: 1, opens: '17:00', closes: '21:00' }] })}
        >
          ${msg('Legg til tidsrom')}
        </button>
      </fieldset>
      <fieldset>
        <legend>${msg('Stengte dager (f.eks. helligdager)')}</legend>
        ${line.closedDates.map(
          (d, i) =>
            html`<div class="phone-row date">
              <div class="field">
                <label for=${`closed-${i}`}>${msg('Dato')}</label>
                <input
                  id=${`closed-${i}`}
                  type="date"
                  .value=${d}
                  @input=${(e: Event) =>
                    this.patch({
                      closedDates: line.closedDates.map((x, j) => (j === i ? (e.target as HTMLInputElement).value : x)),
                    })}
                />
              </div>
              <button
                type="button"
                class="link-button"
                @click=${() => this.patch({ closedDates: line.closedDates.filter((_, j) => j !== i) })}
              >
                ${msg('Fjern')}
              </button>
            </div>`,
        )}
        <button
          type="button"
          class="button secondary"
          @click=${() => this.patch({ closedDates: [...line.closedDates, ''] })}
        >
          ${msg('Legg til dato')}
        </button>
      </fieldset>
      <div class="field">
        <label for="note">${msg('Merknad (valgfritt)')}</label>
        <input
          id="note"
          type="text"
          .value=${line.note}
          @input=${(e: Event) => this.patch({ note: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${this.failure ? html`<p class="error-box lines" role="alert">${this.failure}</p>` : nothing}
      ${this.saved ? html`<p class="notice" role="status">${msg('Lagret. Appene får de nye tidene neste gang de synkroniserer.')}</p>` : nothing}
      <button type="submit" class="button" ?disabled=${this.busy}>${msg('Lagre')}</button>
    </form>`;
  }

  override render() {
    const gate = staffGate(this.session, ['editor'], navigator.onLine);
    return html`
      <h1 tabindex="-1">${msg('Telefontider')}</h1>
      ${
        gate ??
        (this.line
          ? this.renderForm(this.line)
          : this.failure
            ? html`<p class="error-box" role="alert">${this.failure}</p>`
            : html`<p class="meta">${msg('Henter …')}</p>`)
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-phone-editor-page': ShPhoneEditorPage;
  }
}
