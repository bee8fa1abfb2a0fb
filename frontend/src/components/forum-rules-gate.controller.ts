import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { acceptForumRules } from '../data/account.js';
import type { FetchFn } from '../data/api.js';
import type { AppDB } from '../data/app-db.js';
import { LiveQueryController } from '../state/live-query.controller.js';
import type { SessionState } from '../state/session.service.js';
import './sh-rules-list.js';
import { loginHref } from '../state/staff-links.js';

type AcceptState = 'idle' | 'busy' | 'offline' | 'failed';

export interface ForumRulesGateHost extends ReactiveControllerHost {
  db: AppDB;
  fetchFn?: FetchFn;
  session?: SessionState;
  /** Where the accept button lived; focus moves on only if it went with the button. */
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * The forum rules a member accepts once, online, before a first post: whether this device has the
 * acceptance, and the step that asks for it (rendered inside the host's form). `onAccepted` runs
 * after the render that removes the step, so the host can move focus off the vanished button.
 */
export class ForumRulesGateController implements ReactiveController {
  private acceptState: AcceptState = 'idle';
  /** The accept button had focus and disappears once acceptance is stored. */
  private focusAfterAccept = false;
  private readonly rulesAccepted: LiveQueryController<string | null>;

  constructor(
    private readonly host: ForumRulesGateHost,
    private readonly onAccepted: () => void,
  ) {
    this.rulesAccepted = new LiveQueryController<string | null>(
      host,
      async () => (await host.db.getMeta('forumRulesAcceptedAt')) ?? null,
      () => [host.db],
    );
    host.addController(this);
  }

  /** Whether this device has stored the member's acceptance of the rules. */
  get accepted(): boolean {
    return this.rulesAccepted.value != null;
  }

  hostUpdated(): void {
    if (this.focusAfterAccept && this.accepted) {
      this.focusAfterAccept = false;
      // Only when focus went with the vanished button: a person already typing in a field keeps it.
      if (!this.host.shadowRoot?.activeElement) this.onAccepted();
    }
  }

  private setAcceptState(next: AcceptState): void {
    this.acceptState = next;
    this.host.requestUpdate();
  }

  // An arrow function: Lit calls event listeners with the host element as `this`.
  private readonly accept = async (): Promise<void> => {
    if (!navigator.onLine) {
      this.setAcceptState('offline');
      return;
    }
    this.setAcceptState('busy');
    try {
      await acceptForumRules(this.host.fetchFn, this.host.db);
      this.focusAfterAccept = true;
      this.setAcceptState('idle');
    } catch (error) {
      this.setAcceptState(error instanceof TypeError ? 'offline' : 'failed');
    }
  };

  /** The sign-in notice, the acceptance step, or nothing once the rules are accepted. */
  render() {
    if (this.host.session?.status === 'signed-out') {
      return html`<div class="notice">
        <p>${msg('Du kan skrive utkast uten å være logget inn. For å sende må du være medlem.')}</p>
        <p>
          <a href=${loginHref(`${location.pathname}${location.search}`)}>${msg('Logg inn')}</a> ·
          <a href="/registrer">${msg('Bli medlem')}</a>
        </p>
      </div>`;
    }
    if (!this.rulesAccepted.loaded || this.rulesAccepted.value != null) return nothing;
    if (this.host.session?.status !== 'signed-in') {
      return html`<div class="notice">
        <p>
          ${msg(
            'Før ditt første innlegg må du lese og godta forumreglene. Det krever nettforbindelse én gang. Utkastet ditt blir liggende på enheten imens.',
          )}
        </p>
      </div>`;
    }
    return html`<section class="accept" aria-labelledby="accept-heading">
      <h3 id="accept-heading">${msg('Før ditt første innlegg: les forumreglene')}</h3>
      <p>${msg('Alt som skrives i forumet, følger disse seks reglene. Moderatorene viser til numrene.')}</p>
      <sh-rules-list open-always .db=${this.host.db}></sh-rules-list>
      ${
        this.acceptState === 'offline'
          ? html`<p class="error-box" role="alert">
              ${msg('Du er uten nett. Du må være på nett én gang for å godta reglene; utkastet ditt er trygt lagret.')}
            </p>`
          : this.acceptState === 'failed'
            ? html`<p class="error-box" role="alert">
                ${msg('Det gikk ikke å lagre at du godtok reglene. Prøv igjen.')}
              </p>`
            : nothing
      }
      <button type="button" class="button" ?disabled=${this.acceptState === 'busy'} @click=${this.accept}>
        ${msg('Jeg har lest reglene og godtar dem')}
      </button>
    </section>`;
  }
}
