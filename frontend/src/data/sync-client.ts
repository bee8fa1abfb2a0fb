import {
  LIMITS,
  type Mutation,
  type MutationError,
  type PullResponse,
  type PushResponse,
  type SyncChange,
} from '@sexhandel/shared';
import Dexie from 'dexie';
import { appDb, type AppDB, type OutboxRow } from './app-db.js';
import { fetchOf, requestJson, type FetchFn } from './api.js';
import { currentAccountId } from './device-session.js';
import { belongsToSession, dropApplied, keepForAttention, outboxKind, outboxKindTables } from './outbox.js';
import { pulledTable, pulledTables } from './pull.js';

export interface SyncDeps {
  db?: AppDB;
  fetchFn?: FetchFn;
}

export interface PullSummary {
  pages: number;
  changes: number;
}

export interface PushSummary {
  sent: number;
  done: number;
  rejected: number;
  /** True when the network failed: the rest stays queued. */
  offline: boolean;
}

const PULL_PAGE_LIMIT = LIMITS.pullLimitDefault;

function resolve(deps: SyncDeps): { db: AppDB; fetchFn: FetchFn } {
  return { db: deps.db ?? appDb, fetchFn: fetchOf(deps.fetchFn) };
}

/**
 * Applies one pull page: every change and the new cursor in ONE transaction, so the stored cursor
 * can never run ahead of the stored data. Each change goes to the table its feature registered
 * (pull.ts); changes of entities this build does not know are skipped.
 */
export async function applyPullPage(db: AppDB, page: PullResponse): Promise<void> {
  await db.transaction('rw', [...pulledTables(), 'meta'], async () => {
    await applyChanges(db, page.changes);
    await db.meta.put({ key: 'pullCursor', value: page.cursor });
  });
}

/**
 * Puts published rows on the device without moving the pull cursor: a server-rendered page's own
 * rows (data/page-data.ts), so the app's first render shows them. The next pull brings them again.
 */
export async function applyPublishedChanges(db: AppDB, changes: readonly SyncChange[]): Promise<void> {
  await db.transaction('rw', pulledTables(), () => applyChanges(db, changes));
}

/**
 * Only the last change of each row counts (they are applied in `seq` order), so each table gets one
 * bulkDelete and one bulkPut: a pull page of hundreds of rows costs a few database calls, not one
 * call (and one long chain of promise callbacks) per row.
 */
async function applyChanges(db: AppDB, changes: readonly SyncChange[]): Promise<void> {
  const ordered: SyncChange[] = [...changes].sort((a, b) => a.seq - b.seq);
  const latest = new Map<string, Map<string, SyncChange>>();
  for (const change of ordered) {
    const name = pulledTable(change.entity);
    if (!name) continue;
    let rows = latest.get(name);
    if (!rows) latest.set(name, (rows = new Map()));
    // A later change of the same row replaces the earlier one.
    rows.set(change.id, change);
  }
  for (const [name, rows] of latest) {
    const table = db.table<{ id: string }, string>(name);
    const gone: string[] = [];
    const kept: { id: string }[] = [];
    for (const change of rows.values()) {
      if (change.op === 'delete' || change.data === null) gone.push(change.id);
      else kept.push({ ...(change.data as object), id: change.id });
    }
    if (gone.length > 0) await table.bulkDelete(gone);
    if (kept.length > 0) await table.bulkPut(kept);
  }
}

/** Pulls until the server says there is nothing more. Throws on network or HTTP failure (the cursor stays where it was). */
export async function pullAll(deps: SyncDeps = {}): Promise<PullSummary> {
  const { db, fetchFn } = resolve(deps);
  let pages = 0;
  let changes = 0;
  for (;;) {
    const cursor = (await db.getMeta('pullCursor')) ?? '';
    const params = new URLSearchParams({ limit: String(PULL_PAGE_LIMIT) });
    if (cursor) params.set('cursor', cursor);
    const page = await requestJson<PullResponse>(fetchFn, `/api/sync/pull?${params.toString()}`);
    await applyPullPage(db, page);
    pages += 1;
    changes += page.changes.length;
    // A server that says hasMore without moving the cursor would loop forever: stop instead.
    if (!page.hasMore || page.cursor === cursor) break;
  }
  // Every article is on the device now: its own topics are the whole list (page-data.ts).
  await db.transaction('rw', 'meta', async () => {
    await db.meta.put({ key: 'lastSyncedAt', value: new Date().toISOString() });
    await db.meta.bulkDelete(['articleTopics', 'articleCount']);
  });
  return { pages, changes };
}

/** How long a row a handler marked `sent` stays in the "waiting to send" list. */
const SENT_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Sends queued mutations in batches of at most 500. Rows are `sending` while a request is out.
 * Each answer goes to its kind's registered handlers (outbox.ts), in one transaction with the
 * tables they declare: by default an applied one leaves the outbox and a rejected one stays as
 * `needs-attention` (never silently dropped). Rows left `sent` by a handler go after a day. On a
 * network failure everything unsent goes back to `queued` with one more attempt counted. Call through {@link flushOutbox} so only one tab pushes at a time.
 */
export async function pushOutbox(deps: SyncDeps = {}): Promise<PushSummary> {
  const { db, fetchFn } = resolve(deps);
  const summary: PushSummary = { sent: 0, done: 0, rejected: 0, offline: false };
  await db.transaction('rw', db.outbox, async () => {
    // Whoever holds the outbox lock is the only sender, so `sending` rows are left over from a tab
    // that closed mid-push: queue them again (the server's mutation id check makes a resend harmless).
    await db.outbox
      .where('[state+createdAt]')
      .between(['sending', Dexie.minKey], ['sending', Dexie.maxKey])
      .modify({ state: 'queued' });
    const cutoff = new Date(Date.now() - SENT_KEPT_MS).toISOString();
    await db.outbox.where('[state+createdAt]').between(['sent', Dexie.minKey], ['sent', cutoff]).delete();
  });
  for (;;) {
    const batch: OutboxRow[] = await db.transaction('rw', db.outbox, db.meta, async () => {
      // A forum row goes out only under the session of the account that queued it.
      const accountId = await currentAccountId(db);
      const rows = await db.outbox
        .where('[state+createdAt]')
        .between(['queued', Dexie.minKey], ['queued', Dexie.maxKey])
        .filter((row) => belongsToSession(row, accountId))
        .limit(LIMITS.pushBatchMax)
        .toArray();
      await db.outbox.bulkUpdate(rows.map((row) => ({ key: row.id, changes: { state: 'sending' as const } })));
      return rows;
    });
    if (batch.length === 0) return summary;
    const mutations: Mutation[] = batch.map(({ id, kind, payload, createdAt }) => ({ id, kind, payload, createdAt }));
    let response: PushResponse;
    try {
      response = await requestJson<PushResponse>(fetchFn, '/api/sync/push', { method: 'POST', body: { mutations } });
    } catch (error) {
      await db.outbox.bulkUpdate(
        batch.map((row) => ({ key: row.id, changes: { state: 'queued' as const, attempts: row.attempts + 1 } })),
      );
      // fetch rejects with a TypeError when the network is down: that is not an error to show.
      if (error instanceof TypeError) return { ...summary, offline: true };
      throw error;
    }
    summary.sent += batch.length;
    const answered = new Set<string>();
    await db.transaction('rw', ['outbox', ...outboxKindTables()], async () => {
      for (const result of response.results) {
        if (!batch.some((candidate) => candidate.id === result.id)) continue;
        answered.add(result.id);
        // The row as it is now, not as it was sent: the person may have changed it while the
        // request was out (a pick-up code's keep-or-forget choice), or discarded it.
        const row = await db.outbox.get(result.id);
        if (!row) continue;
        const kind = outboxKind(row.kind);
        if (result.status === 'applied' || result.status === 'duplicate') {
          await (kind?.onApplied ?? dropApplied)(db, row, result.result);
          summary.done += 1;
          continue;
        }
        const error: MutationError = result.error ?? { code: 'internal', message: 'The server refused this.' };
        summary.rejected += 1;
        await (kind?.onRejected ?? keepForAttention)(db, row, error);
      }
      // A mutation the server did not reach (its push has a time budget) waits for the next round;
      // that is no failure, so its attempts stay as they were.
      for (const row of batch) {
        if (!answered.has(row.id)) await db.outbox.update(row.id, { state: 'queued' });
      }
    });
    // Go on while the server makes progress; an answer that reached none of the batch ends this run.
    if (answered.size === 0) return summary;
  }
}

export const OUTBOX_LOCK = 'sexhandel-outbox';

/**
 * pushOutbox under a Web Lock, so two tabs never send the same rows at the same time. Browsers
 * without Web Locks push unlocked (the server still applies each mutation id at most once).
 */
export async function flushOutbox(deps: SyncDeps = {}): Promise<PushSummary> {
  const locks = (navigator as Partial<Navigator>).locks;
  if (!locks) return pushOutbox(deps);
  return locks.request(OUTBOX_LOCK, () => pushOutbox(deps));
}
