import type { MeDto } from '@sexhandel/shared';
import { html, nothing, type LitElement } from 'lit';
import { shEvent } from '../../events.js';
import type { SessionService } from '../../state/session.service.js';
import { accountErrorText } from './account-errors.js';

type SignInHost = LitElement & { sessionService?: SessionService };

/**
 * What the login and register forms share: one request at a time, a problem shown in an alert that
 * takes focus (so a screen reader hears it), and on success the new session and the way on to the forum.
 */
export class SignInForm {
  error: string | null = null;
  busy = false;

  constructor(
    private readonly host: SignInHost,
    private readonly errorId: string,
  ) {}

  /** Sends the form; `request` answers with the signed-in account. */
  async signIn(request: () => Promise<MeDto>): Promise<void> {
    this.busy = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      const me = await request();
      this.host.sessionService?.signedIn(me);
      this.host.dispatchEvent(shEvent('sh-navigate', { path: '/forum' }));
    } catch (error) {
      await this.refuse(accountErrorText(error));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Shows a problem with the form and moves focus to it. */
  async refuse(text: string): Promise<void> {
    this.error = text;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#${this.errorId}`)?.focus();
  }

  renderError() {
    return this.error
      ? html`<p class="error-box" id=${this.errorId} tabindex="-1" role="alert">${this.error}</p>`
      : nothing;
  }
}
