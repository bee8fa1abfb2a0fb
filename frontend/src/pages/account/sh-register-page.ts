import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { ALIAS_PATTERN, LIMITS } from '@sexhandel/shared';
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

/** The alias rules (shared LIMITS and ALIAS_PATTERN), said before the first try. */
export function aliasRules(): string {
  return msg(
    str`${LIMITS.aliasMin}–${LIMITS.aliasMax} tegn: bokstaver, tall, mellomrom, punktum, bindestrek og understrek. Første og siste tegn må være en bokstav eller et tall.`,
  );
}

const aliasLengthText = () => msg(str`Aliaset må ha ${LIMITS.aliasMin}–${LIMITS.aliasMax} tegn.`);
const aliasFormatText = () =>
  msg(
    'Aliaset kan bare ha bokstaver, tall, mellomrom, punktum, bindestrek og understrek, og må begynne og slutte med en bokstav eller et tall.',
  );
const emailText = () => msg('Skriv en e-postadresse, for eksempel navn@eksempel.no.');

/** Every problem with the form before it is sent (all at once, each at its field). */
function registrationProblems(alias: string, email: string, password: string): [string, string][] {
  const problems: [string, string][] = [];
  if (alias.length < LIMITS.aliasMin || alias.length > LIMITS.aliasMax) problems.push(['alias', aliasLengthText()]);
  else if (!ALIAS_PATTERN.test(alias)) problems.push(['alias', aliasFormatText()]);
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) problems.push(['email', emailText()]);
  const passwordProblem = newPasswordProblem(password);
  if (passwordProblem) problems.push(['password', passwordProblem]);
  return problems;
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

  private readonly form = new SignInForm(
    this,
    {
      alias: {
        id: 'alias',
        label: () => msg('Alias'),
        texts: { too_short: aliasLengthText, too_long: aliasLengthText, invalid_format: aliasFormatText },
      },
      email: { id: 'email', label: () => msg('E-postadresse'), texts: { invalid_email: emailText } },
      password: {
        id: 'password',
        label: () => msg('Passord'),
        texts: { too_short: () => newPasswordProblem('') ?? '' },
      },
    },
    { alias_taken: 'alias', registration_refused: 'alias' },
  );

  private submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const alias = String(form.get('alias') ?? '').trim();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const problems = registrationProblems(alias, email, password);
    if (problems.length > 0) {
      this.form.refuse(problems);
      return Promise.resolve();
    }
    return this.form.signIn(() => registerAccount(alias, email, password, this.fetchFn));
  }

  override render() {
    const errors = this.form.errors;
    return html`
      <h1 tabindex="-1">${msg('Bli medlem')}</h1>
      <p>
        ${msg('Som medlem kan du skrive i forumet under et alias du velger selv. Velg et alias som ikke sier hvem du er.')}
      </p>
      ${errors.renderSummary()}
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="alias">${msg('Alias')}</label>
          <p class="hint" id="alias-hint">${aliasRules()}</p>
          ${errors.renderFieldError('alias')}
          <input
            id="alias"
            name="alias"
            type="text"
            autocomplete="username"
            required
            aria-invalid=${errors.invalid('alias')}
            aria-describedby=${errors.describedBy('alias', 'alias-hint')}
            minlength=${LIMITS.aliasMin}
            maxlength=${LIMITS.aliasMax}
          />
        </div>
        <div class="field">
          <label for="email">${msg('E-postadresse')}</label>
          <p class="hint" id="email-hint">
            ${msg('Adressen er fortrolig og vises aldri for noen. Den lagres kryptert og brukes bare til å sende deg en lenke hvis du glemmer passordet.')}
          </p>
          ${errors.renderFieldError('email')}
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            required
            aria-invalid=${errors.invalid('email')}
            aria-describedby=${errors.describedBy('email', 'email-hint')}
            maxlength=${LIMITS.emailMax}
          />
        </div>
        <div class="field">
          <label for="password">${msg('Passord')}</label>
          <p class="hint" id="password-hint">${newPasswordHint()}</p>
          ${errors.renderFieldError('password')}
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            aria-invalid=${errors.invalid('password')}
            aria-describedby=${errors.describedBy('password', 'password-hint')}
            minlength=${LIMITS.passwordMin}
            maxlength=${LIMITS.passwordMax}
          />
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
