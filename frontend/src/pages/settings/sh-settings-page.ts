import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { HIDE_VISIT_PATH } from '../../components/sh-quick-exit.js';
import { appDb, type AppDB } from '../../data/app-db.js';
import { clearDevice, type ClearSession } from '../../data/device.js';
import { countUnsent } from '../../data/device-session.js';
import { applyLocale, getLocale, isAppLocale } from '../../localization.js';
import { outboxServiceContext, sessionServiceContext, syncServiceContext } from '../../state/contexts.js';
import { isDiscreet, setDiscreet } from '../../state/discreet-mode.js';
import type { OutboxService } from '../../state/outbox.service.js';
import type { SessionService } from '../../state/session.service.js';
import type { SyncService } from '../../state/sync.service.js';
import { pageStyles } from '../../styles/page.styles.js';
import { plural } from '../../text/plural.js';

type ClearStep = 'idle' | 'confirm' | 'clearing' | 'done' | 'failed';

/** Language, discreet mode, and "Clear this device" (which ends the session too). */
@localized()
@customElement('sh-settings-page')
export class ShSettingsPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      fieldset {
        border: 1px solid var(--sh-border);
        border-radius: var(--sh-radius, 0.5rem);
        background: var(--sh-surface);
        padding: 0.75rem 1rem 1rem;
      }
      legend {
        font-weight: 600;
        padding: 0 0.3rem;
      }
      label {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        padding: 0.3rem 0;
        cursor: pointer;
      }
      input[type='radio'],
      input[type='checkbox'] {
        width: 1.15rem;
        height: 1.15rem;
        accent-color: var(--sh-accent);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
      .danger {
        background: var(--sh-danger);
        border-color: var(--sh-danger);
      }
      .danger:hover {
        background: var(--sh-danger-strong);
        border-color: var(--sh-danger-strong);
      }
      .warning {
        background: var(--sh-warn-bg);
        color: var(--sh-warn-text);
        border-radius: var(--sh-radius, 0.5rem);
        padding: 0.5rem 0.75rem;
      }
      .hint {
        color: var(--sh-muted);
        font-size: 0.95rem;
      }
      #confirm:focus {
        outline: 3px solid var(--sh-focus);
        outline-offset: 2px;
      }
    `,
  ];

  /** Stopped before the wipe so no sync writes the database back. Provided by <sh-app>. */
  @consume({ context: syncServiceContext })
  @property({ attribute: false })
  syncService?: SyncService;

  /** Stopped before the wipe so nothing is sent or written back meanwhile. Provided by <sh-app>. */
  @consume({ context: outboxServiceContext })
  @property({ attribute: false })
  outboxService?: OutboxService;

  /** Told that the device was cleared, so the header stops showing an alias. Provided by <sh-app>. */
  @consume({ context: sessionServiceContext })
  @property({ attribute: false })
  sessionService?: SessionService;

  /** Where unsent mutations are counted before the wipe; tests pass their own. */
  @property({ attribute: false }) db: AppDB = appDb;

  /** What "Clear this device" does; injectable for tests. */
  @property({ attribute: false })
  clearDeviceFn: () => Promise<ClearSession> = () => clearDevice();

  @state() private step: ClearStep = 'idle';
  /** Unsent outbox items, counted when the confirmation opens. */
  @state() private unsent = 0;
  @state() private session: ClearSession = 'ended';
  @state() private discreet = isDiscreet();

  private async onLanguage(event: Event): Promise<void> {
    const value = (event.target as HTMLInputElement).value;
    if (isAppLocale(value)) await applyLocale(value);
  }

  private onDiscreet(event: Event): void {
    this.discreet = (event.target as HTMLInputElement).checked;
    setDiscreet(this.discreet);
  }

  /** Counts what would be lost first, so the confirmation can say it before anything is wiped. */
  private async confirmClear(): Promise<void> {
    this.unsent = await countUnsent(this.db).catch(() => 0);
    this.step = 'confirm';
    await this.updateComplete;
    const box = this.renderRoot.querySelector<HTMLElement>('#confirm');
    box?.scrollIntoView({ block: 'nearest' });
    box?.focus();
  }

  private async clear(): Promise<void> {
    this.step = 'clearing';
    try {
      this.syncService?.stop();
      this.outboxService?.stop();
      this.session = await this.clearDeviceFn();
      this.sessionService?.cleared();
      this.discreet = false;
      this.step = 'done';
    } catch {
      this.step = 'failed';
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#clear-result')?.focus();
  }

  private renderClear() {
    switch (this.step) {
      case 'confirm':
        return html`<div class="card" id="confirm" tabindex="-1" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">
            <strong>${msg('Vil du slette alt denne tjenesten har lagret på enheten?')}</strong>
            ${msg('Lagrede artikler, innstillinger, utkast og samtaler du har lagret forsvinner, og du blir logget ut. Det kan ikke angres.')}
          </p>
          ${
            this.unsent > 0
              ? html`<p class="warning" id="unsent-count">
                  <strong
                    >${plural(this.unsent, (count) => ({
                      one: msg('1 melding eller innlegg er ikke sendt ennå og blir slettet uten å bli sendt.'),
                      other: msg(
                        str`${count} meldinger eller innlegg er ikke sendt ennå og blir slettet uten å bli sendt.`,
                      ),
                    }))}</strong
                  >
                  ${msg('Vil du sende dem først, avbryter du og venter til du er på nett.')}
                </p>`
              : html`<p id="unsent-count">${msg('Ingenting venter på å bli sendt.')}</p>`
          }
          <div class="actions">
            <button type="button" class="button danger" @click=${this.clear}>${msg('Ja, slett alt')}</button>
            <button type="button" class="button secondary" @click=${() => (this.step = 'idle')}>
              ${msg('Avbryt')}
            </button>
          </div>
        </div>`;
      case 'clearing':
        return html`<p role="status">${msg('Sletter …')}</p>`;
      case 'done':
        return html`<div class="empty" id="clear-result" tabindex="-1" role="status">
          <p><strong>${msg('Enheten er tømt.')}</strong></p>
          <p>
            ${
              this.session === 'ended'
                ? msg('Du er logget ut, og ingenting fra denne tjenesten er lagret her lenger.')
                : msg(
                    'Ingenting fra denne tjenesten er lagret her lenger. Du var uten nett, så innloggingen avsluttes neste gang tjenesten åpnes med nett.',
                  )
            }
          </p>
          <p>
            ${msg('Nettleserens historikk tømmes ikke av dette.')}
            <a href=${HIDE_VISIT_PATH}>${msg('Slik skjuler du besøket')}</a>
          </p>
          <p>${msg('Du kan lukke fanen nå.')}</p>
        </div>`;
      case 'failed':
        return html`<div class="card" id="clear-result" tabindex="-1" role="alert">
          <p>${msg('Noe gikk galt, og ikke alt ble slettet. Lukk andre faner med tjenesten og prøv igjen.')}</p>
          <button type="button" class="button" @click=${this.confirmClear}>${msg('Prøv igjen')}</button>
        </div>`;
      default:
        return html`<button type="button" class="button secondary" @click=${this.confirmClear}>
          ${msg('Tøm denne enheten')}
        </button>`;
    }
  }

  override render() {
    const locale = getLocale();
    return html`
      <h1 tabindex="-1">${msg('Innstillinger')}</h1>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">${msg('Språk')}</h2>
        <fieldset @change=${this.onLanguage}>
          <legend>${msg('Velg språk')}</legend>
          <label lang="nb"
            ><input type="radio" name="language" value="nb" .checked=${locale === 'nb'} /> Norsk bokmål</label
          >
          <label lang="en"><input type="radio" name="language" value="en" .checked=${locale === 'en'} /> English</label>
        </fieldset>
      </section>
      <section aria-labelledby="discreet-heading">
        <h2 id="discreet-heading">${msg('Diskret modus')}</h2>
        <label
          ><input type="checkbox" id="discreet" .checked=${this.discreet} @change=${this.onDiscreet} />
          ${msg('Slå på diskret modus')}</label
        >
        <p class="hint">
          ${msg(
            'Tjenesten legger da bare én side i nettleserens historikk, så nettleserens Tilbake-knapp går rett ut av tjenesten. Bruk «Tilbake»-knappen øverst på siden for å gå tilbake inne i tjenesten. Sider du så før du slo det på, kan fortsatt ligge i historikken.',
          )}
        </p>
        <p><a href=${HIDE_VISIT_PATH}>${msg('Slik skjuler du besøket i nettleseren')}</a></p>
      </section>
      <section aria-labelledby="clear-heading">
        <h2 id="clear-heading">${msg('Tøm denne enheten')}</h2>
        <p>
          ${msg(
            'Sletter alt tjenesten har lagret i denne nettleseren: nedlastet innhold, utkast, lagrede samtaler, innstillinger, mellomlager og den installerte appens bakgrunnsprosess. Er du logget inn, blir du logget ut.',
          )}
        </p>
        ${this.renderClear()}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-settings-page': ShSettingsPage;
  }
}
