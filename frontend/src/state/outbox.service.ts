import Dexie from 'dexie';
import type { FetchFn } from '../data/api.js';
import { appDb, type AppDB } from '../data/app-db.js';
import { flushOutbox, OUTBOX_LOCK, type PushSummary } from '../data/sync-client.js';
// The pusher loads every feature's outbox kinds, so no answer misses its handler.
import '../data/outbox-kinds.js';

/** The message sw.ts posts to open pages when the browser fires background sync. */
export const FLUSH_OUTBOX_MESSAGE = 'sexhandel-flush-outbox';

const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;

interface SyncRegistration {
  sync?: { register(tag: string): Promise<void> };
}

/**
 * The app's one pusher, owned and started by the sync service. Sends the outbox: on start, when the
 * connection is back (the sync service calls {@link OutboxService.connectionBack} together with its
 * pull, so there is one path for `online`),
 * when asked (Send), when the service worker's background sync says so, and on a retry timer that
 * backs off from 5 s to 5 min while sending fails.
 */
export class OutboxService {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private delay = FIRST_RETRY_MS;
  private running: Promise<PushSummary | null> | null = null;
  private stopped = true;
  private again = false;

  constructor(
    private readonly db: AppDB = appDb,
    private readonly fetchFn?: FetchFn,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    navigator.serviceWorker?.addEventListener('message', this.onWorkerMessage);
    void this.flushNow();
  }

  stop(): void {
    this.stopped = true;
    navigator.serviceWorker?.removeEventListener('message', this.onWorkerMessage);
    this.clearTimer();
  }

  /** Pushes now (one run at a time per tab; the Web Lock keeps other tabs out). */
  flushNow(): Promise<PushSummary | null> {
    if (this.stopped) return Promise.resolve(null);
    this.running ??= (async () => {
      let summary: PushSummary | null;
      do {
        this.again = false;
        summary = await this.run();
      } while (this.again && !this.stopped);
      return summary;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<PushSummary | null> {
    this.clearTimer();
    let summary: PushSummary | null = null;
    let failed = false;
    try {
      summary = await flushOutbox({ db: this.db, fetchFn: this.fetchFn });
      failed = summary.offline;
    } catch {
      failed = true;
    }
    if (failed) {
      this.schedule(this.delay);
      this.delay = Math.min(this.delay * 2, MAX_RETRY_MS);
      void this.registerBackgroundSync();
    } else {
      this.delay = FIRST_RETRY_MS;
      // Something queued meanwhile (another Send during the push): go again soon.
      if ((await this.queuedCount()) > 0) this.schedule(FIRST_RETRY_MS);
    }
    return summary;
  }

  private queuedCount(): Promise<number> {
    return this.db.outbox
      .where('[state+createdAt]')
      .between(['queued', Dexie.minKey], ['queued', Dexie.maxKey])
      .count();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.clearTimer();
    this.timer = setTimeout(() => void this.flushNow(), ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  // Where the browser has Background Sync, it wakes the service worker when the connection is
  // back, even if this tab was closed in between; elsewhere the timer and `online` do the work.
  private async registerBackgroundSync(): Promise<void> {
    try {
      if (!('serviceWorker' in navigator)) return;
      const registration = (await navigator.serviceWorker.getRegistration()) as SyncRegistration | undefined;
      await registration?.sync?.register(OUTBOX_LOCK);
    } catch {
      // Not supported or not allowed: the other triggers remain.
    }
  }

  /** The network is back: forget the backoff and push now (a push already running may have failed on it: once more after it). */
  connectionBack(): Promise<PushSummary | null> {
    this.delay = FIRST_RETRY_MS;
    if (this.running) this.again = true;
    return this.flushNow();
  }

  private readonly onWorkerMessage = (event: MessageEvent): void => {
    if ((event.data as { type?: unknown } | null)?.type === FLUSH_OUTBOX_MESSAGE) void this.flushNow();
  };
}
