import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LIMITS, type AccountDeletionPosts } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../app/format.js';
import type { FetchFn } from '../../data/api.js';
import { changePassword, deleteAccount, downloadJson, fetchAccountExport } from '../../data/account.js';
import { shEvent } from '../../events.js';
import { sessionServiceContext, sessionStateContext } from '../../state/contexts.js';
import type { SessionService, SessionState } from '../../state/session.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { accountErrorText } from './account-errors.js';
import './sh-research-consent.js';
import { LOGIN_NOTICE_PARAM, PASSWORD_CHANGED } from './login-notice.js';

interface Feedback {
  ok: boolean;
  text: string;
}

/** /konto: alias, change password, download my data, research consent, delete my account, log out. */
@localized()
@customElement('sh-account-page')
export class ShAccountPage extends LitElement {
  static override styles = [pageStyles, formStyles];

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @consume({ context: sessionServiceContext })
  @property({ attribute: false })
  sessionService?: SessionService;

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private passwordFeedback: Feedback | null = null;
  @state() private exportFeedback: Feedback | null = null;
  @state() private deleteFeedback: Feedback | null = null;
  @state() private confirmDelete = false;
  @state() private erase: AccountDeletionPosts = 'keep';
  @state() private deleted = false;

  private async submitPassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    const current = String(form.get('current') ?? '');
    const next = String(form.get('next') ?? '');
    if (next.length < LIMITS.passwordMin) {
      this.passwordFeedback = { ok: false, text: msg(str`Det nye passordet må ha minst ${LIMITS.passwordMin} tegn.`) };
      return;
    }
    try {
      await changePassword(current, next, this.fetchFn);
      formElement.reset();
      // The server ended every session, this one too: sign in again with the new password.
      this.sessionService?.forget();
      this.dispatchEvent(shEvent('sh-navigate', { path: `/logg-inn?${LOGIN_NOTICE_PARAM}=${PASSWORD_CHANGED}` }));
    } catch (error) {
      this.passwordFeedback = { ok: false, text: accountErrorText(error) };
    }
  }

  private async downloadExport(): Promise<void> {
    try {
      const data = await fetchAccountExport(this.fetchFn);
      downloadJson(data, `sexhandel-mine-data-${data.exportedAt.slice(0, 10)}.json`);
      this.exportFeedback = { ok: true, text: msg('Filen er lastet ned.') };
    } catch (error) {
      this.exportFeedback = { ok: false, text: accountErrorText(error) };
    }
  }

  private async submitDelete(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    try {
      await deleteAccount({ password: String(form.get('password') ?? ''), posts: this.erase }, this.fetchFn);
      this.sessionService?.forget();
      this.deleted = true;
    } catch (error) {
      this.deleteFeedback = { ok: false, text: accountErrorText(error) };
    }
  }

  private async logout(): Promise<void> {
    try {
      await this.sessionService?.signOut();
      this.dispatchEvent(shEvent('sh-navigate', { path: '/' }));
    } catch (error) {
      this.deleteFeedback = { ok: false, text: accountErrorText(error) };
    }
  }

  private feedback(feedback: Feedback | null) {
    if (!feedback) return nothing;
    return html`<p class=${feedback.ok ? 'notice' : 'error-box'} role=${feedback.ok ? 'status' : 'alert'}>
      ${feedback.text}
    </p>`;
  }

  private renderDelete() {
    if (!this.confirmDelete) {
      return html`<button type="button" class="button secondary" @click=${() => (this.confirmDelete = true)}>
        ${msg('Slett kontoen min …')}
      </button>`;
    }
    return html`<form class="card" @submit=${this.submitDelete}>
      <fieldset>
        <legend>${msg('Hva skal skje med innleggene dine?')}</legend>
        <label class="choice"
          ><input
            type="radio"
            name="posts"
            value="keep"
            .checked=${this.erase === 'keep'}
            @change=${() => (this.erase = 'keep')}
          />
          <span>${msg('Behold dem under «Slettet medlem», så samtalene fortsatt henger sammen')}</span></label
        >
        <label class="choice"
          ><input
            type="radio"
            name="posts"
            value="erase"
            .checked=${this.erase === 'erase'}
            @change=${() => (this.erase = 'erase')}
          />
          <span>${msg('Slett dem')}</span></label
        >
      </fieldset>
      <p>${msg('E-postadressen og innloggingen din slettes uansett. Det kan ikke angres.')}</p>
      <div class="field">
        <label for="delete-password">${msg('Bekreft med passordet ditt')}</label>
        <input id="delete-password" name="password" type="password" autocomplete="current-password" required />
      </div>
      ${this.feedback(this.deleteFeedback)}
      <div class="actions">
        <button type="submit" class="button danger">${msg('Slett kontoen for godt')}</button>
        <button type="button" class="button secondary" @click=${() => (this.confirmDelete = false)}>
          ${msg('Avbryt')}
        </button>
      </div>
    </form>`;
  }

  override render() {
    if (this.deleted) {
      return html`<h1 tabindex="-1">${msg('Kontoen er slettet')}</h1>
        <p>${msg('E-postadressen og innloggingen din er borte. Du kan fortsatt lese alt uten konto.')}</p>
        <p><a href="/">${msg('Til forsiden')}</a></p>`;
    }
    const me = this.session?.me;
    if (!me) {
      return html`<h1 tabindex="-1">${msg('Min konto')}</h1>
        <p>
          ${
            this.session?.status === 'unknown'
              ? msg('Kontoen kan bare vises når du er på nett.')
              : msg('Du er ikke logget inn.')
          }
        </p>
        <p><a class="button" href="/logg-inn">${msg('Logg inn')}</a></p>`;
    }
    return html`
      <h1 tabindex="-1">${msg('Min konto')}</h1>
      <p>${msg(str`Du er logget inn som ${me.alias}, medlem siden ${formatDate(me.joinedAt)}.`)}</p>
      <p><button type="button" class="button secondary" @click=${this.logout}>${msg('Logg ut')}</button></p>

      <h2>${msg('Endre passord')}</h2>
      <form @submit=${this.submitPassword}>
        <div class="field">
          <label for="current">${msg('Nåværende passord')}</label>
          <input id="current" name="current" type="password" autocomplete="current-password" required />
        </div>
        <div class="field">
          <label for="next">${msg('Nytt passord')}</label>
          <input
            id="next"
            name="next"
            type="password"
            autocomplete="new-password"
            required
            minlength=${LIMITS.passwordMin}
            aria-describedby="next-hint"
          />
          <p class="hint" id="next-hint">${msg(str`Minst ${LIMITS.passwordMin} tegn.`)}</p>
        </div>
        ${this.feedback(this.passwordFeedback)}
        <button type="submit" class="button">${msg('Endre passord')}</button>
      </form>

      <h2>${msg('Last ned mine data')}</h2>
      <p>${msg('En fil (JSON) med alt tjenesten har om deg: profil, innlegg og rapporter du har sendt.')}</p>
      ${this.feedback(this.exportFeedback)}
      <button type="button" class="button secondary" @click=${this.downloadExport}>${msg('Last ned mine data')}</button>

      <sh-research-consent .fetchFn=${this.fetchFn}></sh-research-consent>

      <h2>${msg('Slett kontoen')}</h2>
      ${this.renderDelete()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-account-page': ShAccountPage;
  }
}
