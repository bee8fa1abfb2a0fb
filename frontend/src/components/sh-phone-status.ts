import { localized, msg, str } from '@lit/localize';
import { PHONE_TIME_ZONE, phoneStatus, phoneTelUri, type PhoneLineDto } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { intlLocale } from '../text/format.js';
import { readPhoneLine } from '../data/phone-line.js';
import { appDb, type AppDB } from '../data/app-db.js';
import { LiveQueryController } from '../state/live-query.controller.js';

function osloDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PHONE_TIME_ZONE }).format(at);
}

function osloTime(at: Date): string {
  return new Intl.DateTimeFormat(intlLocale(), {
    timeZone: PHONE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** "i dag kl. 17:00", "i morgen kl. 17:00", "tirsdag kl. 17:00" or "24. desember kl. 17:00" (Oslo time). */
export function describeOpening(opening: Date, now: Date): string {
  const time = osloTime(opening);
  const days = Math.round((Date.parse(osloDay(opening)) - Date.parse(osloDay(now))) / 86_400_000);
  if (days === 0) return msg(str`i dag kl. ${time}`);
  if (days === 1) return msg(str`i morgen kl. ${time}`);
  const options: Intl.DateTimeFormatOptions =
    days < 7
      ? { timeZone: PHONE_TIME_ZONE, weekday: 'long' }
      : { timeZone: PHONE_TIME_ZONE, day: 'numeric', month: 'long' };
  const day = new Intl.DateTimeFormat(intlLocale(), options).format(opening);
  return msg(str`${day} kl. ${time}`);
}

/**
 * The phone line: the number as a `tel:` link and whether it is staffed now or when it opens next.
 * Computed on the device from the synced hours with the shared phoneStatus() (right offline too),
 * again every minute.
 */
@localized()
@customElement('sh-phone-status')
export class ShPhoneStatus extends LitElement {
  static override styles = css`
    :host {
      display: block;
      background: var(--sh-surface);
      border: 1px solid var(--sh-border);
      border-left: 4px solid var(--sh-accent);
      border-radius: var(--sh-radius, 0.5rem);
      padding: 0.8rem 1rem;
      margin: 0 0 1.25rem;
    }
    p {
      margin: 0 0 0.3rem;
    }
    p:last-child {
      margin-bottom: 0;
    }
    .number {
      font-size: 1.25rem;
      font-weight: 650;
      color: var(--sh-accent);
      text-underline-offset: 0.18em;
    }
    .number:focus-visible {
      outline: 3px solid var(--sh-focus);
      outline-offset: 2px;
    }
    .open {
      font-weight: 600;
      color: var(--sh-ok-text);
    }
    .dot {
      display: inline-block;
      width: 0.6rem;
      height: 0.6rem;
      border-radius: 50%;
      background: var(--sh-border-strong);
      margin-right: 0.4rem;
    }
    .open .dot {
      background: var(--sh-ok);
    }
    .muted {
      color: var(--sh-muted);
      font-size: 0.95rem;
    }
  `;

  /** Database to read the synced hours from; tests pass their own. */
  @property({ attribute: false }) db: AppDB = appDb;

  /** The clock; tests inject a fixed time. */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  /** How often the status is worked out again, in ms. */
  @property({ type: Number, attribute: false }) refreshMs = 60_000;

  @state() private tick = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  private readonly line = new LiveQueryController<PhoneLineDto | null>(
    this,
    () => readPhoneLine(this.db),
    () => [this.db],
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => (this.tick += 1), this.refreshMs);
  }

  override disconnectedCallback(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    super.disconnectedCallback();
  }

  override render() {
    if (!this.line.loaded) return nothing;
    const line = this.line.value;
    if (!line) {
      return html`<p class="muted">${msg('Telefontidene lastes ned første gang du er på nett.')}</p>`;
    }
    void this.tick;
    const now = this.clock();
    const status = phoneStatus(line.hours, line.closedDates, now);
    const closes = status.closesAt ? osloTime(new Date(status.closesAt)) : null;
    return html`
      <p>${msg('Ring oss:')} <a class="number" href=${phoneTelUri(line.number)}>${line.number}</a></p>
      ${
        status.openNow
          ? html`<p class="open" role="status">
              <span class="dot" aria-hidden="true"></span>${
                closes ? msg(str`Åpen nå, til kl. ${closes}`) : msg('Åpen nå')
              }
            </p>`
          : html`<p role="status">
              <span class="dot" aria-hidden="true"></span>${msg('Stengt nå.')}
              ${
                status.nextOpening
                  ? msg(str`Neste åpning: ${describeOpening(new Date(status.nextOpening), now)}`)
                  : msg('Ingen åpning er satt opp ennå.')
              }
            </p>`
      }
      ${line.note ? html`<p class="muted" lang="nb">${line.note}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-phone-status': ShPhoneStatus;
  }
}
