import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LIMITS, PASSWORD_RESET_TTL_MINUTES } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { completePasswordReset } from '../../data/account.js';
import { ApiError, type FetchFn } from '../../data/api.js';
import { shEvent } from '../../events.js';
import { sessionServiceContext } from '../../state/contexts.js';
import { OnlineController } from '../../state/online.controller.js';
import type { SessionService } from '../../state/session.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { accountErrorText } from './account-errors.js';
import { LOGIN_NOTICE_PARAM, PASSWORD_RESET } from './login-notice.js';
import { newPasswordHint, newPasswordProblem } from './new-password.js';

/** Which field a problem is about: it is marked invalid and described by the error. */
type ProblemField = 'password' | 'repeat' | null;

/** What is wrong with the two passwords before they are sent, or null. */
function passwordProblem(password: string, repeat: string): { text: string; field: ProblemField } | null {
  const tooShort = newPasswordProblem(password);
  if (tooShort) return { text: tooShort, field: 'password' };
  if (password !== repeat) {
    return { text: msg('Passordene er ikke like. Skriv det samme passordet i begge feltene.'), field: 'repeat' };
  }
  return null;
}

/**
 * /nytt-passord#<token>: a new password with the token from the mailed link. The token is taken out of
 * the address bar at once (kept in memory only), so it stays out of the history and screenshots.
 */
@localized()
@customElement('sh-password-reset-page')
export class ShPasswordResetPage extends LitElement {
  static override styles = [pageStyles, formStyles];

  @consume({ context: sessionServiceContext })
  @property({ attribute: false })
  sessionService?: SessionService;

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private token = '';
  @state() private linkInvalid = false;
  @state() private error: string | null = null;
  @state() private errorField: ProblemField = null;
  @state() private busy = false;

  private readonly connection = new OnlineController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.takeToken();
    // A link pasted into the address bar of this page only changes the fragment: no new page is made.
    window.addEventListener('hashchange', this.takeToken);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.takeToken);
    super.disconnectedCallback();
  }

  /** Moves the token from the address into memory; an address without one keeps the token already taken. */
  private readonly takeToken = (): void => {
    const token = location.hash.slice(1);
    if (!token) return;
    this.token = token;
    this.linkInvalid = false;
    this.error = null;
    history.replaceState(history.state, '', location.pathname + location.search);
  };

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const password = String(form.get('password') ?? '');
    const problem = passwordProblem(password, String(form.get('repeat') ?? ''));
    if (problem) return this.refuse(problem.text, problem.field);
    this.busy = true;
    this.error = null;
    try {
      await completePasswordReset(this.token, password, this.fetchFn);
      // Every session of the account has ended; if this device was signed in, it learns so now.
      void this.sessionService?.refresh();
      this.dispatchEvent(shEvent('sh-navigate', { path: `/logg-inn?${LOGIN_NOTICE_PARAM}=${PASSWORD_RESET}` }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'reset_link_invalid') {
        this.linkInvalid = true;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#link-invalid')?.focus();
      } else {
        await this.refuse(
          this.completionErrorText(error),
          error instanceof ApiError && error.status === 400 ? 'password' : null,
        );
      }
    } finally {
      this.busy = false;
    }
  }

  private completionErrorText(error: unknown): string {
    if (error instanceof ApiError && error.status === 429) return msg('For mange forsøk. Vent en stund og prøv igjen.');
    return accountErrorText(error);
  }

  /** Shows a problem with the form and moves focus to it. */
  private async refuse(text: string, field: ProblemField): Promise<void> {
    this.error = text;
    this.errorField = field;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-error')?.focus();
  }

  private describedBy(field: Exclude<ProblemField, null>, hint?: string): string {
    return [hint, this.errorField === field && this.error ? 'form-error' : undefined].filter(Boolean).join(' ');
  }

  private renderNewLink(text: string, id?: string) {
    return html`<div class="notice" id=${id ?? nothing} tabindex=${id ? '-1' : nothing} role=${id ? 'alert' : nothing}>
      <p>${text}</p>
      <p><a href="/glemt-passord">${msg('Be om en ny lenke')}</a></p>
    </div>`;
  }

  private renderForm() {
    const offline = !this.connection.online;
    return html`
      <p>
        ${msg('Velg et nytt passord. Når det er lagret, blir du logget ut på alle enheter, og du logger inn med det nye passordet.')}
      </p>
      ${this.error ? html`<p class="error-box" id="form-error" tabindex="-1" role="alert">${this.error}</p>` : nothing}
      ${offline ? html`<p class="notice" role="status">${msg('Du er uten nett. Dette krever nettforbindelse.')}</p>` : nothing}
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="password">${msg('Nytt passord')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            minlength=${LIMITS.passwordMin}
            maxlength=${LIMITS.passwordMax}
            aria-invalid=${this.errorField === 'password' && this.error ? 'true' : 'false'}
            aria-describedby=${this.describedBy('password', 'password-hint')}
          />
          <p class="hint" id="password-hint">
            ${newPasswordHint()}
          </p>
        </div>
        <div class="field">
          <label for="repeat">${msg('Gjenta det nye passordet')}</label>
          <input
            id="repeat"
            name="repeat"
            type="password"
            autocomplete="new-password"
            required
            maxlength=${LIMITS.passwordMax}
            aria-invalid=${this.errorField === 'repeat' && this.error ? 'true' : 'false'}
            aria-describedby=${this.describedBy('repeat') || nothing}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy || offline}>${msg('Lagre nytt passord')}</button>
        </div>
      </form>
    `;
  }

  private renderBody() {
    if (!this.token) {
      return this.renderNewLink(
        msg(
          'Denne siden åpnes fra lenken i e-posten om nytt passord, men lenken kom ikke med hit. Åpne lenken fra e-posten en gang til, eller be om en ny.',
        ),
      );
    }
    if (this.linkInvalid) {
      return this.renderNewLink(
        msg(
          str`Lenken er allerede brukt eller for gammel. Hver lenke virker én gang og i ${PASSWORD_RESET_TTL_MINUTES} minutter. Passordet ditt er ikke endret.`,
        ),
        'link-invalid',
      );
    }
    return this.renderForm();
  }

  override render() {
    return html`
      <h1 tabindex="-1">${msg('Nytt passord')}</h1>
      ${this.renderBody()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-password-reset-page': ShPasswordResetPage;
  }
}
