import { localized, msg, str } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../../text/format.js';
import type { FetchFn } from '../../../data/api.js';
import { liftSuspension, suspendMember } from '../../../data/moderation.js';
import { FormErrorsController } from '../../../components/form-errors.controller.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { moderationStyles } from './moderation.styles.js';

const REASON_MAX = 500;
const unknownAliasText = () => msg('Ingen medlem har dette kallenavnet. Sjekk skrivemåten.');

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
  /** The suspend form's errors; the alias is in the address, so the server names it by code only. */
  private readonly suspendErrors = new FormErrorsController(
    this,
    {
      alias: { id: 'alias', label: () => msg('Kallenavn'), texts: { not_found: unknownAliasText } },
      until: { id: 'until', label: () => msg('Til og med dato') },
      reason: { id: 'reason', label: () => msg('Begrunnelse') },
    },
    { not_found: 'alias', account_not_found: 'alias', until_in_past: 'until' },
  );
  private readonly liftErrors = new FormErrorsController(
    this,
    {
      alias: {
        id: 'lift-alias',
        label: () => msg('Kallenavn'),
        texts: { not_found: unknownAliasText },
      },
    },
    { not_found: 'alias', account_not_found: 'alias', not_suspended: 'alias' },
  );

  /** Today as the date field writes it (local time). */
  private today(): string {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  private suspendProblems(): [string, string][] {
    const problems: [string, string][] = [];
    if (!this.alias.trim()) problems.push(['alias', msg('Skriv kallenavnet.')]);
    if (!this.until) problems.push(['until', msg('Velg datoen utestengelsen varer til og med.')]);
    else if (this.until < this.today()) problems.push(['until', msg('Sluttdatoen må ligge fram i tid.')]);
    if (!this.reason.trim()) problems.push(['reason', msg('Skriv en begrunnelse.')]);
    else if (this.reason.trim().length > REASON_MAX) {
      problems.push(['reason', msg(str`Begrunnelsen kan ha høyst ${REASON_MAX} tegn.`)]);
    }
    return problems;
  }

  private async suspend(event: Event): Promise<void> {
    event.preventDefault();
    this.status = '';
    this.liftErrors.clear();
    const problems = this.suspendProblems();
    if (problems.length > 0) {
      this.suspendErrors.show(problems);
      return;
    }
    this.suspendErrors.clear();
    // The end of the chosen day, local time.
    const until = new Date(`${this.until}T23:59:59`).toISOString();
    try {
      const result = await suspendMember(this.alias.trim(), until, this.reason.trim(), this.fetchFn);
      this.status = msg(str`${result.alias} er utestengt til ${formatDate(result.until)}.`);
      this.alias = '';
      this.reason = '';
    } catch (error) {
      this.suspendErrors.showError(error);
    }
  }

  private async lift(event: Event): Promise<void> {
    event.preventDefault();
    this.status = '';
    this.suspendErrors.clear();
    const alias = this.liftAlias.trim();
    if (!alias) {
      this.liftErrors.show([['alias', msg('Skriv kallenavnet.')]]);
      return;
    }
    this.liftErrors.clear();
    try {
      await liftSuspension(alias, this.fetchFn);
      this.status = msg(str`Utestengelsen av ${alias} er opphevet.`);
      this.liftAlias = '';
    } catch (error) {
      this.liftErrors.showError(error);
    }
  }

  override render() {
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    const errors = this.suspendErrors;
    return html`
      <p class="meta">
        ${msg('Et utestengt medlem kan lese og skrive utkast, men får ikke sendt noe før datoen er passert.')}
      </p>
      <form class="card" @submit=${this.suspend} novalidate>
        <h2>${msg('Steng ute et medlem')}</h2>
        ${errors.renderSummary()}
        <div class="field">
          <label for="alias">${msg('Kallenavn')}</label>
          ${errors.renderFieldError('alias')}
          <input
            type="text"
            id="alias"
            aria-invalid=${errors.invalid('alias')}
            aria-describedby=${errors.describedBy('alias')}
            .value=${this.alias}
            @input=${(e: Event) => (this.alias = value(e))}
          />
        </div>
        <div class="field">
          <label for="until">${msg('Til og med dato')}</label>
          ${errors.renderFieldError('until')}
          <input
            type="date"
            id="until"
            aria-invalid=${errors.invalid('until')}
            aria-describedby=${errors.describedBy('until')}
            .value=${this.until}
            @input=${(e: Event) => (this.until = value(e))}
          />
        </div>
        <div class="field">
          <label for="reason">${msg('Begrunnelse')}</label>
          ${errors.renderFieldError('reason')}
          <textarea
            id="reason"
            aria-invalid=${errors.invalid('reason')}
            aria-describedby=${errors.describedBy('reason')}
            maxlength="500"
            .value=${this.reason}
            @input=${(e: Event) => (this.reason = value(e))}
          ></textarea>
        </div>
        <button type="submit" class="button danger">${msg('Steng ute')}</button>
      </form>
      <form class="card" @submit=${this.lift} novalidate>
        <h2>${msg('Opphev en utestengelse')}</h2>
        ${this.liftErrors.renderSummary()}
        <div class="row-form">
          <div class="field">
            <label for="lift-alias">${msg('Kallenavn')}</label>
            ${this.liftErrors.renderFieldError('lift-alias')}
            <input
              type="text"
              id="lift-alias"
              aria-invalid=${this.liftErrors.invalid('lift-alias')}
              aria-describedby=${this.liftErrors.describedBy('lift-alias')}
              .value=${this.liftAlias}
              @input=${(e: Event) => (this.liftAlias = value(e))}
            />
          </div>
          <button type="submit" class="button secondary">${msg('Opphev')}</button>
        </div>
      </form>
      <p class="status-line" role="status">${this.status}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-suspensions-panel': ShSuspensionsPanel;
  }
}
