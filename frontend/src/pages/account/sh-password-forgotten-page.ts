import { localized, msg, str } from '@lit/localize';
import { LIMITS, PASSWORD_RESET_TTL_MINUTES } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { requestPasswordReset } from '../../data/account.js';
import type { FetchFn } from '../../data/api.js';
import { OnlineController } from '../../state/online.controller.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { FormErrorsController } from '../../components/form-errors.controller.js';

const emailText = () => msg('Skriv e-postadressen du brukte da du ble medlem, for eksempel navn@eksempel.no.');

/**
 * /glemt-passord: asks for a reset link by e-mail. The confirmation is the same whether or not the
 * address has an account, so the page tells nobody who is a member.
 */
@localized()
@customElement('sh-password-forgotten-page')
export class ShPasswordForgottenPage extends LitElement {
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

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private busy = false;
  @state() private sent = false;

  private readonly connection = new OnlineController(this);
  private readonly errors = new FormErrorsController(this, {
    email: {
      id: 'email',
      label: () => msg('E-postadresse'),
      texts: { invalid_email: emailText, required: emailText },
    },
  });

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const email = String(new FormData(event.target as HTMLFormElement).get('email') ?? '').trim();
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
      this.errors.show([['email', emailText()]]);
      return;
    }
    this.busy = true;
    this.errors.clear();
    try {
      await requestPasswordReset(email, this.fetchFn);
      this.sent = true;
      // The form is gone; the confirmation takes focus so a screen reader reads it.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent')?.focus();
    } catch (error) {
      this.errors.showError(error);
    } finally {
      this.busy = false;
    }
  }

  private renderForm() {
    const offline = !this.connection.online;
    return html`
      ${this.errors.renderSummary()}
      ${offline ? html`<p class="notice" role="status">${msg('Du er uten nett. Dette krever nettforbindelse.')}</p>` : nothing}
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="email">${msg('E-postadresse')}</label>
          <p class="hint" id="email-hint">${msg('Adressen du oppga da du ble medlem.')}</p>
          ${this.errors.renderFieldError('email')}
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            required
            maxlength=${LIMITS.emailMax}
            aria-invalid=${this.errors.invalid('email')}
            aria-describedby=${this.errors.describedBy('email', 'email-hint')}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy || offline}>${msg('Send lenke')}</button>
        </div>
      </form>
    `;
  }

  private renderSent() {
    return html`
      <div class="notice" id="sent" tabindex="-1" role="status">
        <p>
          ${msg(
            str`Hvis adressen hører til en konto, har vi sendt en lenke dit. Med lenken lager du et nytt passord. Den er gyldig i ${PASSWORD_RESET_TTL_MINUTES} minutter.`,
          )}
        </p>
        <p>${msg('Finner du ikke e-posten, sjekk også søppelpost.')}</p>
      </div>
    `;
  }

  override render() {
    return html`
      <h1 tabindex="-1">${msg('Glemt passord')}</h1>
      <p>
        ${msg('Vi sender en lenke til e-postadressen du oppga da du ble medlem. Med lenken kan du lage et nytt passord.')}
      </p>
      <p>
        ${msg('Adressen er lagret kryptert og brukes ikke til noe annet. Hvis du ikke oppga en adresse du har tilgang til, kan kontoen dessverre ikke hentes tilbake. Da kan du lage en ny konto med et nytt alias.')}
        <a href="/registrer">${msg('Registrer deg')}</a>
      </p>
      ${this.sent ? this.renderSent() : this.renderForm()}
      <p><a href="/logg-inn">${msg('Tilbake til innloggingen')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-password-forgotten-page': ShPasswordForgottenPage;
  }
}
