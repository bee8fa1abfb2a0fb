import { appDb, type AppDB } from '../data/app-db.js';
import type { FetchFn } from '../data/api.js';
import { pullAll } from '../data/sync-client.js';
import '../data/pull-kinds.js';
import { recordVisit } from '../data/visit.js';
import { OutboxService } from './outbox.service.js';

export interface SyncState {
  online: boolean;
  syncing: boolean;
  /** ISO time of the last complete pull, null before the first. */
  lastSyncedAt: string | null;
  /** A plain-language reason the last sync failed (not set when simply offline). */
  error: string | null;
}

export type SyncListener = (state: SyncState) => void;

const SYNC_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Runs push and pull together on start, when the browser comes back online and every few minutes.
 * It is the one listener for `online` and drives the outbox service, the app's one pusher (started
 * and stopped with this service), so coming back sends what waited and fetches what is new at once
 * (the page then shows one's own replies in place).
 */
export class SyncService {
  state: SyncState = { online: navigator.onLine, syncing: false, lastSyncedAt: null, error: null };
  private readonly listeners = new Set<SyncListener>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly db: AppDB = appDb,
    private readonly fetchFn?: FetchFn,
    /** The one pusher (its lock, backoff and background sync); made here when not given. */
    readonly outbox: OutboxService = new OutboxService(db, fetchFn),
  ) {}

  subscribe(listener: SyncListener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** `campaign`: the code of the short link the app was opened through, counted with today's visit. */
  async start(campaign?: string): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.outbox.start();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.timer = setInterval(() => void this.syncNow(), SYNC_INTERVAL_MS);
    const lastSyncedAt = (await this.db.getMeta('lastSyncedAt').catch(() => undefined)) ?? null;
    this.update({ lastSyncedAt });
    await recordVisit(this.db, new Date(), campaign).catch(() => false);
    await this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    this.outbox.stop();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Push and pull at the same time; a call during a run makes it go once more when done. */
  syncNow(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      // A run that started before the connection came back may have failed on it: go once more.
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.run();
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    if (!navigator.onLine) {
      this.update({ online: false, syncing: false });
      return;
    }
    this.update({ syncing: true, error: null });
    try {
      await Promise.all([pullAll({ db: this.db, fetchFn: this.fetchFn }), this.outbox.connectionBack()]);
      const lastSyncedAt = (await this.db.getMeta('lastSyncedAt')) ?? null;
      this.update({ syncing: false, online: true, lastSyncedAt });
    } catch (error) {
      // fetch throws TypeError when the network is gone even though navigator.onLine said yes.
      if (error instanceof TypeError) this.update({ syncing: false, online: false });
      else this.update({ syncing: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private readonly onOnline = (): void => {
    this.update({ online: true });
    void this.syncNow();
  };

  private readonly onOffline = (): void => {
    this.update({ online: false });
  };

  private update(patch: Partial<SyncState>): void {
    if (this.stopped && patch.syncing) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}
