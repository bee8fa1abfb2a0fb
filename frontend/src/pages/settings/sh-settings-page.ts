import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { clearDevice } from '../../data/device.js';
import { applyLocale, getLocale, isAppLocale } from '../../localization.js';
import { syncServiceContext } from '../../state/contexts.js';
import type { SyncService } from '../../state/sync.service.js';
import { pageStyles } from '../../styles/page.styles.js';

type ClearStep = 'idle' | 'confirm' | 'clearing' | 'done' | 'failed';

/** Language, and "Clear this device". */
@localized()
@customElement('sh-settings-page')
export class ShSettingsPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      fieldset {
        border: 1px solid var(--sh-border, #d9d6cc);
        border-radius: var(--sh-radius, 0.5rem);
        background: var(--sh-surface, #fff);
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
      input[type='radio'] {
        width: 1.15rem;
        height: 1.15rem;
        accent-color: var(--sh-accent, #0f5e63);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
      .danger {
        background: #8a1c1c;
        border-color: #8a1c1c;
      }
      .danger:hover {
        background: #6b1414;
        border-color: #6b1414;
      }
    `,
  ];

  /** Stopped before the wipe so no sync writes the database back. Provided by <sh-app>. */
  @consume({ context: syncServiceContext })
  @property({ attribute: false })
  syncService?: SyncService;

  /** What "Clear this device" does; injectable for tests. */
  @property({ attribute: false })
  clearDeviceFn: () => Promise<void> = clearDevice;

  @state() private step: ClearStep = 'idle';

  private async onLanguage(event: Event): Promise<void> {
    const value = (event.target as HTMLInputElement).value;
    if (isAppLocale(value)) await applyLocale(value);
  }

  private async clear(): Promise<void> {
    this.step = 'clearing';
    try {
      this.syncService?.stop();
      await this.clearDeviceFn();
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
        return html`<div class="card" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">
            <strong>${msg('Vil du slette alt denne tjenesten har lagret på enheten?')}</strong>
            ${msg('Lagrede artikler, innstillinger og alt som venter på å bli sendt forsvinner. Det kan ikke angres.')}
          </p>
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
          <p>${msg('Ingenting fra denne tjenesten er lagret her lenger. Du kan lukke fanen nå.')}</p>
        </div>`;
      case 'failed':
        return html`<div class="card" id="clear-result" tabindex="-1" role="alert">
          <p>${msg('Noe gikk galt, og ikke alt ble slettet. Lukk andre faner med tjenesten og prøv igjen.')}</p>
          <button type="button" class="button" @click=${() => (this.step = 'confirm')}>${msg('Prøv igjen')}</button>
        </div>`;
      default:
        return html`<button type="button" class="button secondary" @click=${() => (this.step = 'confirm')}>
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
      <section aria-labelledby="clear-heading">
        <h2 id="clear-heading">${msg('Tøm denne enheten')}</h2>
        <p>
          ${msg(
            'Sletter alt tjenesten har lagret i denne nettleseren: nedlastet innhold, innstillinger, mellomlager og den installerte appens bakgrunnsprosess.',
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
