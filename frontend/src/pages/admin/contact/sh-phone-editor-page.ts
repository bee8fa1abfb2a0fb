import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { NORWEGIAN_PHONE_PATTERN, PHONE_TIME_PATTERN, type PhoneHoursDto, type PhoneLineDto } from '@sexhandel/shared';
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
import { FormErrorsController, type FormField } from '../../../components/form-errors.controller.js';

const NOTE_MAX = 500;

const numberText = () => msg('Skriv et norsk telefonnummer med 8 sifre, for eksempel +47 22 33 44 55.');
const timeText = () => msg('Skriv klokkeslettet som TT:MM, for eksempel 17:00.');

/** The field for a server field path: `number`, `note`, `closedDates`, `hours.2.opens` and so on. */
function phoneField(name: string): FormField | undefined {
  if (name === 'number') {
    return {
      id: 'number',
      label: () => msg('Telefonnummer'),
      texts: { required: () => msg('Skriv telefonnummeret.'), invalid_format: numberText },
    };
  }
  if (name === 'note') return { id: 'note', label: () => msg('Merknad (valgfritt)') };
  // The server names the list, not the date: the first date takes the message.
  if (name === 'closedDates' || name.startsWith('closedDates.')) {
    return {
      id: 'closed-0',
      label: () => msg('Dato'),
      texts: { invalid_format: () => msg('Datoen må være en ekte dag, skrevet ÅÅÅÅ-MM-DD.') },
    };
  }
  const hour = /^hours\.(\d+)\.(weekday|opens|closes)$/.exec(name);
  if (!hour) return undefined;
  const [, index, part] = hour;
  if (part === 'weekday') return { id: `day-${index}`, label: () => msg('Dag') };
  return {
    id: `${part}-${index}`,
    label: () => (part === 'opens' ? msg('Åpner') : msg('Stenger')),
    texts: { invalid_format: timeText, required: timeText },
  };
}

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
  private readonly errors = new FormErrorsController(this, phoneField);

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

  /** What must be fixed before saving: `[field name, text]`, in the order of the form. */
  private problems(line: PhoneLineDto): [string, string][] {
    const problems: [string, string][] = [];
    const number = line.number.trim();
    if (!number) problems.push(['number', msg('Skriv telefonnummeret.')]);
    else if (!NORWEGIAN_PHONE_PATTERN.test(number)) problems.push(['number', numberText()]);
    line.hours.forEach((h, i) => {
      const opens = PHONE_TIME_PATTERN.test(h.opens);
      const closes = PHONE_TIME_PATTERN.test(h.closes);
      if (!opens) problems.push([`hours.${i}.opens`, timeText()]);
      if (!closes) problems.push([`hours.${i}.closes`, timeText()]);
      // 'HH:MM' strings sort like the times they name ('24:00' last).
      if (opens && closes && h.opens >= h.closes) {
        problems.push([`hours.${i}.closes`, msg('Stengetiden må komme etter åpningstiden.')]);
      }
    });
    if (line.note.trim().length > NOTE_MAX) {
      problems.push(['note', msg(str`Merknaden kan ha høyst ${NOTE_MAX} tegn.`)]);
    }
    return problems;
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.line) return;
    const problems = this.problems(this.line);
    if (problems.length > 0) {
      this.saved = false;
      this.errors.show(problems);
      return;
    }
    this.busy = true;
    this.errors.clear();
    try {
      const info = await updatePhoneLine(
        { ...this.line, closedDates: this.line.closedDates.filter((d) => d.trim() !== '') },
        this.fetchFn,
      );
      this.line = { number: info.number, hours: info.hours, closedDates: info.closedDates, note: info.note };
      this.saved = true;
    } catch (error) {
      if (error instanceof ApiError) this.errors.showError(error);
      else this.errors.show([[null, msg('Fikk ikke kontakt med serveren. Ingenting er lagret.')]]);
    } finally {
      this.busy = false;
    }
  }

  private renderForm(line: PhoneLineDto) {
    const errors = this.errors;
    return html`<form @submit=${this.save} novalidate>
      ${errors.renderSummary()}
      <div class="field">
        <label for="number">${msg('Telefonnummer')}</label>
        ${errors.renderFieldError('number')}
        <input
          id="number"
          type="text"
          inputmode="tel"
          aria-invalid=${errors.invalid('number')}
          aria-describedby=${errors.describedBy('number')}
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
                ${errors.renderFieldError(`day-${i}`)}
                <select
                  id=${`day-${i}`}
                  aria-invalid=${errors.invalid(`day-${i}`)}
                  aria-describedby=${errors.describedBy(`day-${i}`)}
                  @change=${(e: Event) => this.patchHours(i, { weekday: Number((e.target as HTMLSelectElement).value) })}
                >
                  ${[1, 2, 3, 4, 5, 6, 7].map(
                    (d) => html`<option value=${d} ?selected=${h.weekday === d}>${weekdayName(d)}</option>`,
                  )}
                </select>
              </div>
              <div class="field">
                <label for=${`opens-${i}`}>${msg('Åpner')}</label>
                ${errors.renderFieldError(`opens-${i}`)}
                <input
                  id=${`opens-${i}`}
                  aria-invalid=${errors.invalid(`opens-${i}`)}
                  aria-describedby=${errors.describedBy(`opens-${i}`)}
                  type="text"
                  inputmode="numeric"
                  placeholder="17:00"
                  .value=${h.opens}
                  @input=${(e: Event) => this.patchHours(i, { opens: (e.target as HTMLInputElement).value })}
                />
              </div>
              <div class="field">
                <label for=${`closes-${i}`}>${msg('Stenger')}</label>
                ${errors.renderFieldError(`closes-${i}`)}
                <input
                  id=${`closes-${i}`}
                  aria-invalid=${errors.invalid(`closes-${i}`)}
                  aria-describedby=${errors.describedBy(`closes-${i}`)}
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
                ${errors.renderFieldError(`closed-${i}`)}
                <input
                  id=${`closed-${i}`}
                  aria-invalid=${errors.invalid(`closed-${i}`)}
                  aria-describedby=${errors.describedBy(`closed-${i}`)}
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
        ${errors.renderFieldError('note')}
        <input
          id="note"
          aria-invalid=${errors.invalid('note')}
          aria-describedby=${errors.describedBy('note')}
          type="text"
          .value=${line.note}
          @input=${(e: Event) => this.patch({ note: (e.target as HTMLInputElement).value })}
        />
      </div>
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
