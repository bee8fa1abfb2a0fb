import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { LIMITS, type AccountDeletionPosts } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../text/format.js';
import { plural } from '../../text/plural.js';
import type { FetchFn } from '../../data/api.js';
import { changePassword, deleteAccount, downloadJson, fetchAccountExport } from '../../data/account.js';
import { shEvent } from '../../events.js';
import { appDb, type AppDB } from '../../data/app-db.js';
import { countLeftovers, discardUnsent, type DeviceLeftovers } from '../../data/device-session.js';
import { outboxServiceContext, sessionServiceContext, sessionStateContext } from '../../state/contexts.js';
import type { OutboxService } from '../../state/outbox.service.js';
import type { SessionService, SessionState } from '../../state/session.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { FormErrorsController } from '../../components/form-errors.controller.js';
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

  /** "Send first" pushes the outbox through it. Provided by <sh-app>. */
  @consume({ context: outboxServiceContext })
  @property({ attribute: false })
  outboxService?: OutboxService;

  @property({ attribute: false }) fetchFn?: FetchFn;

  /** Where drafts and the outbox are counted; tests pass their own. */
  @property({ attribute: false }) db: AppDB = appDb;

  /** What logging out would take from the device, while the person chooses (null: not asked). */
  @state() private leaving: DeviceLeftovers | null = null;
  @state() private sendFailed = false;
  @state() private busy = false;

  private readonly passwordErrors = new FormErrorsController(
    this,
    {
      currentPassword: { id: 'current', label: () => msg('Nåværende passord') },
      newPassword: {
        id: 'next',
        label: () => msg('Nytt passord'),
        texts: { too_short: () => msg(str`Det nye passordet må ha minst ${LIMITS.passwordMin} tegn.`) },
      },
    },
    { wrong_password: 'currentPassword' },
  );
  /** Logging out is a button, not a form: a failure names no field, only what went wrong. */
  private readonly logoutErrors = new FormErrorsController(this, {});
  private readonly deleteErrors = new FormErrorsController(
    this,
    {
      password: {
        id: 'delete-password',
        label: () => msg('Passord'),
        texts: { wrong_password: () => msg('Passordet er ikke riktig. Ingenting ble slettet.') },
      },
    },
    { wrong_password: 'password' },
  );
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
    const problems: [string, string][] = [];
    if (!current) problems.push(['currentPassword', msg('Skriv inn passordet du har nå.')]);
    if (next.length < LIMITS.passwordMin) {
      problems.push(['newPassword', msg(str`Det nye passordet må ha minst ${LIMITS.passwordMin} tegn.`)]);
    }
    if (problems.length > 0) {
      this.passwordErrors.show(problems);
      return;
    }
    this.passwordErrors.clear();
    try {
      await changePassword(current, next, this.fetchFn);
      formElement.reset();
      // The server ended every session, this one too: sign in again with the new password (the drafts
      // wait, hidden, until then).
      await this.sessionService?.forget('ended');
      this.dispatchEvent(shEvent('sh-navigate', { path: `/logg-inn?${LOGIN_NOTICE_PARAM}=${PASSWORD_CHANGED}` }));
    } catch (error) {
      this.passwordErrors.showError(error);
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
    if (!form.get('password')) {
      this.deleteErrors.show([['password', msg('Skriv inn passordet ditt for å bekrefte.')]]);
      return;
    }
    this.deleteErrors.clear();
    try {
      await deleteAccount({ password: String(form.get('password') ?? ''), posts: this.erase }, this.fetchFn);
      await this.sessionService?.forget('deleted');
      this.deleted = true;
    } catch (error) {
      this.deleteErrors.showError(error);
    }
  }

  /** Logs out at once when nothing is left behind; otherwise says what and asks first. */
  private async startLogout(): Promise<void> {
    const leftovers = await countLeftovers(this.session?.me?.id ?? null, this.db);
    if (leftovers.drafts === 0 && leftovers.unsent === 0) return this.logout();
    this.leaving = leftovers;
    this.sendFailed = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#logout-choice')?.focus();
  }

  private async sendFirst(): Promise<void> {
    this.busy = true;
    await this.outboxService?.flushNow();
    const leftovers = await countLeftovers(this.session?.me?.id ?? null, this.db);
    this.busy = false;
    if (leftovers.unsent === 0) return this.logout();
    this.leaving = leftovers;
    this.sendFailed = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#logout-choice')?.focus();
  }

  private async discardAndLogout(): Promise<void> {
    this.busy = true;
    await discardUnsent(this.session?.me?.id ?? null, this.db);
    await this.logout();
  }

  private async logout(): Promise<void> {
    this.busy = true;
    this.logoutErrors.clear();
    try {
      await this.sessionService?.signOut();
      this.leaving = null;
      this.dispatchEvent(shEvent('sh-navigate', { path: '/' }));
    } catch (error) {
      this.logoutErrors.show([[null, accountErrorText(error)]]);
    } finally {
      this.busy = false;
    }
  }

  private renderLogout() {
    const leaving = this.leaving;
    if (!leaving) {
      return html`<p>
          <button type="button" class="button secondary" id="logout" @click=${this.startLogout}>
            ${msg('Logg ut')}
          </button>
        </p>
        ${this.logoutErrors.renderSummary(msg('Du ble ikke logget ut'))}`;
    }
    const { drafts, unsent } = leaving;
    return html`<div class="card" id="logout-choice" tabindex="-1" role="group" aria-labelledby="logout-heading">
      <h2 id="logout-heading">${msg('Før du logger ut')}</h2>
      ${
        unsent > 0
          ? html`<p>
              <strong
                >${plural(unsent, (count) => ({
                  one: msg('1 melding eller innlegg er ikke sendt ennå.'),
                  other: msg(str`${count} meldinger eller innlegg er ikke sendt ennå.`),
                }))}</strong
              >
              ${msg('Send dem først, eller forkast dem. Etter utlogging blir ingenting liggende igjen på denne enheten.')}
            </p>`
          : nothing
      }
      ${
        drafts > 0
          ? html`<p>
              ${plural(drafts, (count) => ({
                one: msg('Utkastet ditt slettes fra denne enheten når du logger ut.'),
                other: msg(str`De ${count} utkastene dine slettes fra denne enheten når du logger ut.`),
              }))}
            </p>`
          : nothing
      }
      ${
        this.sendFailed
          ? html`<p class="error-box" role="alert">
              ${msg('Ikke alt ble sendt – du er kanskje uten nett. Prøv igjen når du er på nett, eller forkast.')}
            </p>`
          : nothing
      }
      ${this.logoutErrors.renderSummary(msg('Du ble ikke logget ut'))}
      <div class="actions">
        ${
          unsent > 0
            ? html`<button
                  type="button"
                  class="button"
                  data-action="send-first"
                  ?disabled=${this.busy}
                  @click=${this.sendFirst}
                >
                  ${msg('Send først, logg så ut')}
                </button>
                <button
                  type="button"
                  class="button danger"
                  data-action="discard"
                  ?disabled=${this.busy}
                  @click=${this.discardAndLogout}
                >
                  ${msg('Forkast og logg ut')}
                </button>`
            : html`<button
                type="button"
                class="button"
                data-action="logout"
                ?disabled=${this.busy}
                @click=${this.logout}
              >
                ${msg('Logg ut og slett utkastene')}
              </button>`
        }
        <button type="button" class="button secondary" @click=${() => (this.leaving = null)}>${msg('Avbryt')}</button>
      </div>
    </div>`;
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
    const errors = this.deleteErrors;
    return html`<form class="card" @submit=${this.submitDelete} novalidate>
      ${errors.renderSummary()}
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
        ${errors.renderFieldError('delete-password')}
        <input
          id="delete-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          aria-invalid=${errors.invalid('delete-password')}
          aria-describedby=${errors.describedBy('delete-password')}
        />
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
      ${this.renderLogout()}

      <h2>${msg('Endre passord')}</h2>
      <form @submit=${this.submitPassword} novalidate>
        ${this.passwordErrors.renderSummary()}
        <div class="field">
          <label for="current">${msg('Nåværende passord')}</label>
          ${this.passwordErrors.renderFieldError('current')}
          <input
            id="current"
            name="current"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid=${this.passwordErrors.invalid('current')}
            aria-describedby=${this.passwordErrors.describedBy('current')}
          />
        </div>
        <div class="field">
          <label for="next">${msg('Nytt passord')}</label>
          <p class="hint" id="next-hint">${msg(str`Minst ${LIMITS.passwordMin} tegn.`)}</p>
          ${this.passwordErrors.renderFieldError('next')}
          <input
            id="next"
            name="next"
            type="password"
            autocomplete="new-password"
            required
            minlength=${LIMITS.passwordMin}
            aria-invalid=${this.passwordErrors.invalid('next')}
            aria-describedby=${this.passwordErrors.describedBy('next', 'next-hint')}
          />
        </div>
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
