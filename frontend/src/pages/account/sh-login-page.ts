import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FetchFn } from '../../data/api.js';
import { afterSignIn } from '../../state/staff-links.js';
import { loginAccount } from '../../data/account.js';
import { sessionServiceContext } from '../../state/contexts.js';
import type { SessionService } from '../../state/session.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { loginNoticeOf, loginNoticeText } from './login-notice.js';
import { SignInForm } from './sign-in-form.js';

/**
 * /logg-inn: alias and password, and the way to a forgotten password; `notice` says why the person is asked
 * to sign in (after a password change or reset). Signed in, the person goes back where they were, staff
 * without such a place to their work.
 */
@localized()
@customElement('sh-login-page')
export class ShLoginPage extends LitElement {
  static override styles = [
    pageStyles,
    formStyles,
    // The links below the form keep clear of its button.
    css`
      form {
        margin-bottom: 1.5rem;
      }
    `,
  ];

  @consume({ context: sessionServiceContext })
  @property({ attribute: false })
  sessionService?: SessionService;

  @property({ attribute: false }) fetchFn?: FetchFn;

  /** `?melding=`: why the person is asked to sign in (an unknown value shows nothing). */
  @property({ attribute: false }) notice?: string | null;

  /** `?neste=`: where the person came from; only a path inside the app is followed (see safeReturnPath). */
  @property({ attribute: false }) returnPath?: string | null;

  private readonly form = new SignInForm(
    this,
    {
      alias: { id: 'alias', label: () => msg('Alias') },
      password: { id: 'password', label: () => msg('Passord') },
    },
    // A wrong password and an unknown alias get the same answer; it is shown at the password.
    { invalid_credentials: 'password', locked: 'password' },
  );

  private submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const alias = String(form.get('alias') ?? '').trim();
    const password = String(form.get('password') ?? '');
    return this.form.signIn(
      () => loginAccount(alias, password, this.fetchFn),
      (me) => afterSignIn(me.roles, this.returnPath),
    );
  }

  override render() {
    const errors = this.form.errors;
    const notice = loginNoticeOf(this.notice ?? null);
    return html`
      <h1 tabindex="-1">${msg('Logg inn')}</h1>
      ${notice ? html`<p class="notice" role="status">${loginNoticeText(notice)}</p>` : nothing}
      <p>${msg('Du trenger bare å logge inn for å skrive i forumet. Alt annet kan du lese uten konto.')}</p>
      ${errors.renderSummary()}
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="alias">${msg('Alias')}</label>
          ${errors.renderFieldError('alias')}
          <input
            id="alias"
            name="alias"
            type="text"
            autocomplete="username"
            required
            aria-invalid=${errors.invalid('alias')}
            aria-describedby=${errors.describedBy('alias')}
          />
        </div>
        <div class="field">
          <label for="password">${msg('Passord')}</label>
          ${errors.renderFieldError('password')}
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid=${errors.invalid('password')}
            aria-describedby=${errors.describedBy('password')}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.form.busy}>${msg('Logg inn')}</button>
        </div>
      </form>
      <p><a href="/glemt-passord">${msg('Glemt passordet?')}</a></p>
      <p>${msg('Ikke medlem ennå?')} <a href="/registrer">${msg('Registrer deg')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-login-page': ShLoginPage;
  }
}
