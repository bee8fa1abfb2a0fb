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
import { FormErrorsController } from '../../components/form-errors.controller.js';
import { LOGIN_NOTICE_PARAM, PASSWORD_RESET } from './login-notice.js';
import { newPasswordHint, newPasswordProblem } from './new-password.js';

/** Every problem with the two passwords before they are sent, each at its field. */
function passwordProblems(password: string, repeat: string): [string, string][] {
  const tooShort = newPasswordProblem(password);
  if (tooShort) return [['password', tooShort]];
  if (password !== repeat)
    return [['repeat', msg('Passordene er ikke like. Skriv det samme passordet i begge feltene.')]];
  return [];
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
  @state() private busy = false;

  private readonly connection = new OnlineController(this);
  private readonly errors = new FormErrorsController(this, {
    password: {
      id: 'password',
      label: () => msg('Nytt passord'),
      texts: { too_short: () => newPasswordProblem('') ?? '' },
    },
    repeat: { id: 'repeat', label: () => msg('Gjenta det nye passordet') },
  });

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
    this.errors.clear();
    history.replaceState(history.state, '', location.pathname + location.search);
  };

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const password = String(form.get('password') ?? '');
    const problems = passwordProblems(password, String(form.get('repeat') ?? ''));
    if (problems.length > 0) {
      this.errors.show(problems);
      return;
    }
    this.busy = true;
    this.errors.clear();
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
        this.errors.showError(error);
      }
    } finally {
      this.busy = false;
    }
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
      ${this.errors.renderSummary()}
      ${offline ? html`<p class="notice" role="status">${msg('Du er uten nett. Dette krever nettforbindelse.')}</p>` : nothing}
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="password">${msg('Nytt passord')}</label>
          <p class="hint" id="password-hint">${newPasswordHint()}</p>
          ${this.errors.renderFieldError('password')}
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            minlength=${LIMITS.passwordMin}
            maxlength=${LIMITS.passwordMax}
            aria-invalid=${this.errors.invalid('password')}
            aria-describedby=${this.errors.describedBy('password', 'password-hint')}
          />
        </div>
        <div class="field">
          <label for="repeat">${msg('Gjenta det nye passordet')}</label>
          ${this.errors.renderFieldError('repeat')}
          <input
            id="repeat"
            name="repeat"
            type="password"
            autocomplete="new-password"
            required
            maxlength=${LIMITS.passwordMax}
            aria-invalid=${this.errors.invalid('repeat')}
            aria-describedby=${this.errors.describedBy('repeat')}
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
