import { appDb, type AppDB } from '../data/app-db.js';
import type { FetchFn } from '../data/api.js';
import { flushOutbox, pullAll, recordVisit } from '../data/sync-client.js';

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

/** Runs pull + push on start, when the browser comes back online and every few minutes. */
export class SyncService {
  state: SyncState = { online: navigator.onLine, syncing: false, lastSyncedAt: null, error: null };
  private readonly listeners = new Set<SyncListener>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly db: AppDB = appDb,
    private readonly fetchFn?: FetchFn,
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
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.timer = setInterval(() => void this.syncNow(), SYNC_INTERVAL_MS);
    const lastSyncedAt = (await this.db.getMeta('lastSyncedAt').catch(() => undefined)) ?? null;
    this.update({ lastSyncedAt });
    await recordVisit({ db: this.db }, new Date(), campaign).catch(() => false);
    await this.syncNow();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Pull then push; concurrent calls share one run. */
  syncNow(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.run().finally(() => {
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
    const deps = { db: this.db, fetchFn: this.fetchFn };
    try {
      await pullAll(deps);
      await flushOutbox(deps);
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
