import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FetchFn } from '../../data/api.js';
import { loginAccount } from '../../data/account.js';
import { shEvent } from '../../events.js';
import { sessionServiceContext } from '../../state/contexts.js';
import type { SessionService } from '../../state/session.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { accountErrorText } from './account-errors.js';

/** /logg-inn: alias and password. */
@localized()
@customElement('sh-login-page')
export class ShLoginPage extends LitElement {
  static override styles = [pageStyles, formStyles];

  @consume({ context: sessionServiceContext })
  @property({ attribute: false })
  sessionService?: SessionService;

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private error: string | null = null;
  @state() private busy = false;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.error = null;
    try {
      const me = await loginAccount(
        String(form.get('alias') ?? '').trim(),
        String(form.get('password') ?? ''),
        this.fetchFn,
      );
      this.sessionService?.signedIn(me);
      this.dispatchEvent(shEvent('sh-navigate', { path: '/forum' }));
    } catch (error) {
      this.error = accountErrorText(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#login-error')?.focus();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`
      <h1 tabindex="-1">${msg('Logg inn')}</h1>
      <p>${msg('Du trenger bare å logge inn for å skrive i forumet. Alt annet kan du lese uten konto.')}</p>
      ${this.error ? html`<p class="error-box" id="login-error" tabindex="-1" role="alert">${this.error}</p>` : nothing}
      <form @submit=${this.submit} novalidate>
        <div class="field">
          <label for="alias">${msg('Alias')}</label>
          <input id="alias" name="alias" type="text" autocomplete="username" required />
        </div>
        <div class="field">
          <label for="password">${msg('Passord')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy}>${msg('Logg inn')}</button>
        </div>
      </form>
      <p>${msg('Ikke medlem ennå?')} <a href="/registrer">${msg('Registrer deg')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-login-page': ShLoginPage;
  }
}
