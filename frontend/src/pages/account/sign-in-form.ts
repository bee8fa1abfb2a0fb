import type { MeDto } from '@sexhandel/shared';
import type { LitElement } from 'lit';
import { FormErrorsController, type FormField } from '../../components/form-errors.controller.js';
import { shEvent } from '../../events.js';
import type { SessionService } from '../../state/session.service.js';

type SignInHost = LitElement & { sessionService?: SessionService };

/**
 * What the login and register forms share: one request at a time, problems in an error summary that
 * takes focus and at each field, and on success the new session and the way on (by default the forum).
 */
export class SignInForm {
  busy = false;
  readonly errors: FormErrorsController;

  constructor(
    private readonly host: SignInHost,
    fields: Record<string, FormField>,
    codeFields: Partial<Record<string, string>> = {},
  ) {
    this.errors = new FormErrorsController(host, fields, codeFields);
  }

  /** Sends the form; `request` answers with the signed-in account, `destination` says where to go then. */
  async signIn(request: () => Promise<MeDto>, destination: (me: MeDto) => string = () => '/forum'): Promise<void> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      const me = await request();
      this.errors.clear();
      await this.host.sessionService?.signedIn(me);
      this.host.dispatchEvent(shEvent('sh-navigate', { path: destination(me) }));
    } catch (error) {
      this.errors.showError(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Shows problems found before sending: `[fieldName, text]`. */
  refuse(problems: [string, string][]): void {
    this.errors.show(problems);
  }
}
