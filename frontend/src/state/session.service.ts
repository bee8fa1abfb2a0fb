import type { MeDto } from '@sexhandel/shared';
import type { FetchFn } from '../data/api.js';
import { fetchMe, fetchMembership, logoutAccount } from '../data/account.js';
import { appDb, type AppDB } from '../data/app-db.js';
import {
  adoptEarlierSession,
  forgetSignIn,
  hasDeviceMarker,
  hideAccountDrafts,
  purgeHiddenDrafts,
  readSignedIn,
  rememberSignIn,
  removeAccountFromDevice,
} from '../data/device-session.js';

export interface SessionState {
  /** `unknown` until the server answered or the device remembered a sign-in (offline). */
  status: 'unknown' | 'signed-in' | 'signed-out';
  /** The signed-in account (never the e-mail, which the API never returns). */
  me: MeDto | null;
}

export type SessionListener = (state: SessionState) => void;

/** Why a session ended without this device logging out. */
export type SessionEnd = 'ended' | 'deleted';

/**
 * Who is signed in. At start the device's own record answers at once (so the header shows the alias
 * offline), then GET /api/auth/me decides: a session the device has no marker for is ended (the device
 * was cleared while offline); a session that ended elsewhere hides the account's drafts.
 */
export class SessionService {
  state: SessionState = { status: 'unknown', me: null };
  private readonly listeners = new Set<SessionListener>();

  constructor(
    private readonly db: AppDB = appDb,
    private readonly fetchFn?: FetchFn,
  ) {}

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  start(): Promise<void> {
    window.addEventListener('online', this.onOnline);
    return this.restore();
  }

  stop(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /** The device's own record first (works offline), then the server. */
  private async restore(): Promise<void> {
    try {
      await purgeHiddenDrafts(this.db);
      const known = await readSignedIn(this.db);
      if (known && this.state.status === 'unknown') this.update({ status: 'signed-in', me: known });
    } catch {
      // The database could not be opened (cleared in another tab): the server still answers below.
    }
    await this.refresh();
  }

  /** Asks the server who is signed in; a network failure keeps what is known. */
  async refresh(): Promise<void> {
    let me: MeDto | null;
    try {
      me = await fetchMe(this.fetchFn);
    } catch {
      return; // Offline or server down: keep what the device knows.
    }
    if (me && !hasDeviceMarker() && !(await adoptEarlierSession(me, this.db))) {
      // Signed in on the server but not on this device: it was cleared while the cookie survived.
      await logoutAccount(this.fetchFn).catch(() => undefined);
      await forgetSignIn(this.db);
      this.update({ status: 'signed-out', me: null });
      return;
    }
    if (me) {
      await rememberSignIn(me, this.db);
      this.update({ status: 'signed-in', me });
      await fetchMembership(this.fetchFn, this.db).catch(() => undefined);
      return;
    }
    const known = await readSignedIn(this.db);
    if (known) await hideAccountDrafts(known.id, this.db);
    await forgetSignIn(this.db);
    this.update({ status: 'signed-out', me: null });
  }

  /** After a login or registration the page hands over the account it got back. */
  async signedIn(me: MeDto): Promise<void> {
    await rememberSignIn(me, this.db);
    this.update({ status: 'signed-in', me });
    void fetchMembership(this.fetchFn, this.db).catch(() => undefined);
  }

  /** Logs out: the server first (throws offline, and nothing is removed), then the account's traces here. */
  async signOut(): Promise<void> {
    const accountId = this.state.me?.id ?? (await readSignedIn(this.db))?.id ?? null;
    await logoutAccount(this.fetchFn);
    await removeAccountFromDevice(accountId, this.db);
    this.update({ status: 'signed-out', me: null });
  }

  /**
   * The session is gone on the server already: after a password change ('ended': drafts hidden until
   * the account signs in here again) or after deleting the account ('deleted': drafts deleted now).
   */
  async forget(reason: SessionEnd): Promise<void> {
    const accountId = this.state.me?.id ?? (await readSignedIn(this.db))?.id ?? null;
    if (reason === 'deleted') await removeAccountFromDevice(accountId, this.db);
    else {
      if (accountId) await hideAccountDrafts(accountId, this.db);
      await forgetSignIn(this.db);
    }
    this.update({ status: 'signed-out', me: null });
  }

  /** "Clear this device" wiped everything: only the in-memory state is left to reset. */
  cleared(): void {
    this.update({ status: 'signed-out', me: null });
  }

  private readonly onOnline = (): void => {
    void this.refresh();
  };

  private update(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
