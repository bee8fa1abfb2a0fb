import {
  LIMITS,
  type Mutation,
  type MutationError,
  type MutationKind,
  type PostCreatePayload,
  type ThreadCreatePayload,
  type PullResponse,
  type PushResponse,
  type SyncChange,
  type SyncEntity,
  type VisitRecordPayload,
} from '@sexhandel/shared';
import Dexie, { type Table } from 'dexie';
import { appDb, type AppDB, type DraftRow, type OutboxRow } from './app-db.js';
import { requestJson, type FetchFn } from './api.js';
import { keepContactResult } from './contact.js';
import { keepSurveyResult } from './survey.js';

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
  return { db: deps.db ?? appDb, fetchFn: deps.fetchFn ?? globalThis.fetch.bind(globalThis) };
}

/** Where each pulled entity lives on the device. */
const TABLE_OF: Partial<Record<SyncEntity, string>> = {
  page: 'pages',
  article: 'articles',
  resource: 'resources',
  newsLink: 'newsLinks',
  forumRule: 'forumRules',
  phoneHours: 'phoneHours',
  pressMention: 'pressMentions',
  qa: 'qas',
  startPage: 'startPages',
  survey: 'surveys',
};

function tableFor(db: AppDB, entity: SyncEntity): Table<{ id: string }, string> | undefined {
  const name = TABLE_OF[entity];
  return name ? db.table<{ id: string }, string>(name) : undefined;
}

/**
 * Applies one pull page: every change and the new cursor in ONE transaction, so the stored cursor
 * can never run ahead of the stored data. Changes of entities this build does not know are skipped.
 */
export async function applyPullPage(db: AppDB, page: PullResponse): Promise<void> {
  const tables = [...Object.values(TABLE_OF), 'meta'];
  await db.transaction('rw', tables, async () => {
    const ordered: SyncChange[] = [...page.changes].sort((a, b) => a.seq - b.seq);
    for (const change of ordered) {
      const table = tableFor(db, change.entity);
      if (!table) continue;
      if (change.op === 'delete' || change.data === null) {
        await table.delete(change.id);
      } else {
        await table.put({ ...(change.data as object), id: change.id });
      }
    }
    await db.meta.put({ key: 'pullCursor', value: page.cursor });
  });
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
  await db.meta.put({ key: 'lastSyncedAt', value: new Date().toISOString() });
  return { pages, changes };
}

/** Puts a mutation in the outbox; the next push sends it. */
export async function enqueueMutation<P>(kind: MutationKind, payload: P, deps: SyncDeps = {}): Promise<string> {
  const { db } = resolve(deps);
  const id = crypto.randomUUID();
  await db.outbox.add({ id, kind, payload, createdAt: new Date().toISOString(), state: 'queued', attempts: 0 });
  return id;
}

/** Kinds whose rejection goes back to the person as a draft (they wrote it; it must not be lost). */
const DRAFT_KINDS: ReadonlySet<MutationKind> = new Set<MutationKind>(['thread.create', 'post.create']);

/** How long a sent post stays in the "waiting to send" list as `sent`. */
const SENT_KEPT_MS = 24 * 60 * 60 * 1000;

/** The draft a rejected thread.create/post.create row came from (rebuilt from the payload if missing). */
export function draftOfOutboxRow(row: OutboxRow, error: MutationError): DraftRow {
  const payload = row.payload as Partial<ThreadCreatePayload & PostCreatePayload>;
  const base: DraftRow = row.draft ?? {
    id: row.id,
    kind: row.kind === 'thread.create' ? 'thread' : 'reply',
    threadId: payload.threadId,
    quotePostId: payload.quotePostId,
    title: payload.title,
    body: payload.body ?? '',
    updatedAt: row.createdAt,
  };
  return { ...base, updatedAt: new Date().toISOString(), serverError: error };
}

/**
 * Sends queued mutations in batches of at most 500. Rows are `sending` while a request is out.
 * Applied and duplicate ones leave the outbox (posts and threads stay a day as `sent`);
 * a rejected thread.create/post.create goes back to the drafts with the server's message, in the
 * same transaction that removes it from the outbox; other rejected kinds stay as `needs-attention`
 * (never silently dropped); on a network failure everything unsent goes back to `queued` with one
 * more attempt counted. Call through {@link flushOutbox} so only one tab pushes at a time.
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
    const batch: OutboxRow[] = await db.transaction('rw', db.outbox, async () => {
      const rows = await db.outbox
        .where('[state+createdAt]')
        .between(['queued', Dexie.minKey], ['queued', Dexie.maxKey])
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
    const now = new Date().toISOString();
    await db.transaction('rw', [db.outbox, db.drafts, db.contactDrafts, db.contactConversations, db.surveyStates], async () => {
      for (const result of response.results) {
        const row = batch.find((candidate) => candidate.id === result.id);
        if (!row) continue;
        answered.add(result.id);
        if (result.status === 'applied' || result.status === 'duplicate') {
          if (
            (await keepContactResult(db, row, { applied: true, result: result.result })) ||
            (await keepSurveyResult(db, row, { applied: true }))
          ) {
            summary.done += 1;
            continue;
          }
          if (DRAFT_KINDS.has(row.kind)) {
            await db.outbox.update(row.id, { state: 'sent', sentAt: now, result: result.result });
          } else {
            await db.outbox.delete(row.id);
          }
          summary.done += 1;
          continue;
        }
        const error = result.error ?? { code: 'rejected', message: 'The server refused this.' };
        summary.rejected += 1;
        if (await keepContactResult(db, row, { applied: false, error })) continue;
        if (await keepSurveyResult(db, row, { applied: false, error })) continue;
        if (DRAFT_KINDS.has(row.kind)) {
          await db.drafts.put(draftOfOutboxRow(row, error));
          await db.outbox.delete(row.id);
        } else {
          await db.outbox.update(row.id, { state: 'needs-attention', attempts: row.attempts + 1, lastError: error });
        }
      }
      // A mutation the server did not answer stays queued for the next round.
      for (const row of batch) {
        if (!answered.has(row.id)) await db.outbox.update(row.id, { state: 'queued', attempts: row.attempts + 1 });
      }
    });
    if (batch.some((row) => !answered.has(row.id))) return summary;
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

/** Local calendar day as YYYY-MM-DD. */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Queues one anonymous `visit.record` per device per day (no identifier is sent), with the code of
 * the campaign short link the app was opened through, if any. Returns true when a visit was
 * queued today by this call.
 */
export async function recordVisit(deps: SyncDeps = {}, now: Date = new Date(), campaign?: string): Promise<boolean> {
  const { db } = resolve(deps);
  const day = localDay(now);
  const payload: VisitRecordPayload = { day, installed: matchMedia('(display-mode: standalone)').matches };
  if (campaign) payload.campaign = campaign;
  return db.transaction('rw', db.meta, db.outbox, async () => {
    if ((await db.getMeta('lastVisitDay')) === day) return false;
    await db.meta.put({ key: 'lastVisitDay', value: day });
    const id = crypto.randomUUID();
    await db.outbox.add({
      id,
      kind: 'visit.record',
      payload,
      createdAt: now.toISOString(),
      state: 'queued',
      attempts: 0,
    });
    return true;
  });
}
