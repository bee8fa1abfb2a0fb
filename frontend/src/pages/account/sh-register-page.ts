import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LIMITS } from '@sexhandel/shared';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FetchFn } from '../../data/api.js';
import { registerAccount } from '../../data/account.js';
import { sessionServiceContext } from '../../state/contexts.js';
import type { SessionService } from '../../state/session.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { newPasswordHint, newPasswordProblem } from './new-password.js';
import { SignInForm } from './sign-in-form.js';

/** What is wrong with the form before it is sent, or null. */
function registrationProblem(alias: string, email: string, password: string): string | null {
  if (alias.length < LIMITS.aliasMin || alias.length > LIMITS.aliasMax) {
    return msg(str`Aliaset må ha ${LIMITS.aliasMin}–${LIMITS.aliasMax} tegn.`);
  }
  if (!email.includes('@')) return msg('Skriv inn en e-postadresse.');
  return newPasswordProblem(password);
}

/** /registrer: alias, confidential e-mail, password. */
@localized()
@customElement('sh-register-page')
export class ShRegisterPage extends LitElement {
  static override styles = [pageStyles, formStyles];

  @consume({ context: sessionServiceContext })
  @property({ attribute: false })
  sessionService?: SessionService;

  @property({ attribute: false }) fetchFn?: FetchFn;

  private readonly form = new SignInForm(this, 'register-error');

  private submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const alias = String(form.get('alias') ?? '').trim();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const problem = registrationProblem(alias, email, password);
    if (problem) return this.form.refuse(problem);
    return this.form.signIn(() => registerAccount(alias, email, password, this.fetchFn));
  }

  override render() {
    return html`
      <h1 tabindex="-1">${msg('Bli medlem')}</h1>
      <p>
        ${msg('Som medlem kan du skrive i forumet under et alias du velger selv. Velg et alias som ikke sier hvem du er.')}
      </p>
      ${this.form.renderError()}
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="alias">${msg('Alias')}</label>
          <input
            id="alias"
            name="alias"
            type="text"
            autocomplete="username"
            required
            aria-describedby="alias-hint"
            minlength=${LIMITS.aliasMin}
            maxlength=${LIMITS.aliasMax}
          />
          <p class="hint" id="alias-hint">
            ${msg(str`${LIMITS.aliasMin}–${LIMITS.aliasMax} tegn: bokstaver, tall, mellomrom, punktum, bindestrek.`)}
          </p>
        </div>
        <div class="field">
          <label for="email">${msg('E-postadresse')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            required
            aria-describedby="email-hint"
            maxlength=${LIMITS.emailMax}
          />
          <p class="hint" id="email-hint">
            ${msg('Adressen er fortrolig og vises aldri for noen. Den lagres kryptert og brukes bare til å sende deg en lenke hvis du glemmer passordet.')}
          </p>
        </div>
        <div class="field">
          <label for="password">${msg('Passord')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            aria-describedby="password-hint"
            minlength=${LIMITS.passwordMin}
            maxlength=${LIMITS.passwordMax}
          />
          <p class="hint" id="password-hint">
            ${newPasswordHint()}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.form.busy}>${msg('Opprett konto')}</button>
        </div>
      </form>
      <p>${msg('Har du allerede en konto?')} <a href="/logg-inn">${msg('Logg inn')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-register-page': ShRegisterPage;
  }
}
