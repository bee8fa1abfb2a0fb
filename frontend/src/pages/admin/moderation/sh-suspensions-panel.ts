import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../../text/format.js';
import type { FetchFn } from '../../../data/api.js';
import { liftSuspension, suspendMember } from '../../../data/moderation.js';
import { serverProblemText } from '../../../state/server-list.controller.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { moderationStyles } from './moderation.styles.js';

/** Utestengelser: suspend a member by alias until a date with a reason, or lift a suspension. */
@localized()
@customElement('sh-suspensions-panel')
export class ShSuspensionsPanel extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles, moderationStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private alias = '';
  @state() private until = '';
  @state() private reason = '';
  @state() private liftAlias = '';
  @state() private status = '';
  @state() private problem: string | null = null;

  private fail(error: unknown): void {
    this.problem = serverProblemText(error);
  }

  private async suspend(event: Event): Promise<void> {
    event.preventDefault();
    this.problem = null;
    this.status = '';
    if (!this.alias.trim() || !this.until || !this.reason.trim()) {
      this.problem = msg('Fyll ut kallenavn, dato og begrunnelse.');
      return;
    }
    // The end of the chosen day, local time.
    const until = new Date(`${this.until}T23:59:59`).toISOString();
    try {
      const result = await suspendMember(this.alias.trim(), until, this.reason.trim(), this.fetchFn);
      this.status = msg(str`${result.alias} er utestengt til ${formatDate(result.until)}.`);
      this.alias = '';
      this.reason = '';
    } catch (error) {
      this.fail(error);
    }
  }

  private async lift(event: Event): Promise<void> {
    event.preventDefault();
    this.problem = null;
    this.status = '';
    const alias = this.liftAlias.trim();
    if (!alias) {
      this.problem = msg('Skriv kallenavnet.');
      return;
    }
    try {
      await liftSuspension(alias, this.fetchFn);
      this.status = msg(str`Utestengelsen av ${alias} er opphevet.`);
      this.liftAlias = '';
    } catch (error) {
      this.fail(error);
    }
  }

  override render() {
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    return html`
      <p class="meta">
        ${msg('Et utestengt medlem kan lese og skrive utkast, men får ikke sendt noe før datoen er passert.')}
      </p>
      <form class="card" @submit=${this.suspend} novalidate>
        <h2>${msg('Steng ute et medlem')}</h2>
        <div class="field">
          <label for="alias">${msg('Kallenavn')}</label>
          <input type="text" id="alias" .value=${this.alias} @input=${(e: Event) => (this.alias = value(e))} />
        </div>
        <div class="field">
          <label for="until">${msg('Til og med dato')}</label>
          <input type="date" id="until" .value=${this.until} @input=${(e: Event) => (this.until = value(e))} />
        </div>
        <div class="field">
          <label for="reason">${msg('Begrunnelse')}</label>
          <textarea
            id="reason"
            maxlength="500"
            .value=${this.reason}
            @input=${(e: Event) => (this.reason = value(e))}
          ></textarea>
        </div>
        <button type="submit" class="button danger">${msg('Steng ute')}</button>
      </form>
      <form class="card" @submit=${this.lift} novalidate>
        <h2>${msg('Opphev en utestengelse')}</h2>
        <div class="row-form">
          <div class="field">
            <label for="lift-alias">${msg('Kallenavn')}</label>
            <input
              type="text"
              id="lift-alias"
              .value=${this.liftAlias}
              @input=${(e: Event) => (this.liftAlias = value(e))}
            />
          </div>
          <button type="submit" class="button secondary">${msg('Opphev')}</button>
        </div>
      </form>
      <p class="status-line" role="status">${this.status}</p>
      ${this.problem ? html`<p class="error-box" role="alert">${this.problem}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-suspensions-panel': ShSuspensionsPanel;
  }
}
