import type { Role } from '@sexhandel/shared';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionState } from '../../state/session.service.js';
import { hasStaffRole } from './staff-gate.js';

export interface StaffLoadOptions {
  /** The roles the screen is for (admins pass everywhere), as given to `staffGate`. */
  roles: readonly Role[];
  /** Fetches the screen's data; runs during the host's update, before it renders. */
  load: () => Promise<void>;
  /** What the data depends on besides the account (a tab, an id); a change loads again. */
  key?: () => string;
  /** Whether the server can be reached; `navigator.onLine` unless the host tracks it itself. */
  online?: () => boolean;
}

/**
 * Loads a staff screen's data once the session shows an account with the role and the browser is
 * online (the session may arrive after the first render), and again when the account or `key()`
 * changes. The host holds the session it consumes from the context.
 */
export class StaffLoadController implements ReactiveController {
  private loadedKey = '';

  constructor(
    private readonly host: ReactiveControllerHost & { session?: SessionState },
    private readonly options: StaffLoadOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { roles, load, key, online } = this.options;
    const next = `${key?.() ?? ''}|${this.host.session?.me?.id ?? ''}`;
    if ((online?.() ?? navigator.onLine) && hasStaffRole(this.host.session, roles) && next !== this.loadedKey) {
      this.loadedKey = next;
      void load();
    }
  }

  /** Loads again at the next update even if nothing changed (back online). */
  reset(): void {
    this.loadedKey = '';
  }
}
