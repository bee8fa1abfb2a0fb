import type { MeDto } from '@sexhandel/shared';
import type { FetchFn } from '../data/api.js';
import { fetchMe, fetchMembership, logoutAccount } from '../data/account.js';
import { appDb, type AppDB } from '../data/app-db.js';

export interface SessionState {
  /** `unknown` until the server answered (and while offline with nothing known from this visit). */
  status: 'unknown' | 'signed-in' | 'signed-out';
  /** The signed-in account. Kept in memory only (never the e-mail, which the API never returns). */
  me: MeDto | null;
}

export type SessionListener = (state: SessionState) => void;

/** Who is signed in, from GET /api/auth/me; offline the last answer of this visit stays. */
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

  start(): void {
    window.addEventListener('online', this.onOnline);
    void this.refresh();
  }

  stop(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /** Asks the server who is signed in; a network failure keeps what is known. */
  async refresh(): Promise<void> {
    try {
      const me = await fetchMe(this.fetchFn);
      this.update(me ? { status: 'signed-in', me } : { status: 'signed-out', me: null });
      if (me) await fetchMembership(this.fetchFn, this.db).catch(() => undefined);
      else await this.db.meta.delete('forumRulesAcceptedAt');
    } catch {
      // Offline or server down: keep the last known state of this visit.
    }
  }

  /** After a login or registration the page hands over the account it got back. */
  signedIn(me: MeDto): void {
    this.update({ status: 'signed-in', me });
    void fetchMembership(this.fetchFn, this.db).catch(() => undefined);
  }

  async signOut(): Promise<void> {
    await logoutAccount(this.fetchFn, this.db);
    this.update({ status: 'signed-out', me: null });
  }

  /** After the account was deleted: the session is gone on the server already. */
  forget(): void {
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
