import {
  LIMITS,
  type FlagCreatePayload,
  type MutationError,
  type MemberProfileDto,
  type PostCreatePayload,
  type PostDto,
  type PostPageDto,
  type ThreadCreatePayload,
  type ThreadDto,
  type ThreadPageDto,
} from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';
import { appDb, type AppDB, type DraftRow, type OutboxRow, type ThreadCacheRow } from './app-db.js';
import { currentAccountId } from './device-session.js';
import { belongsToSession, enqueue, registerOutboxKinds, type OutboxKind } from './outbox.js';

/** Forum reads (API + the device's cache of opened threads), private drafts and sending. */

export function fetchThreadPage(cursor: string | null, fetchFn?: FetchFn): Promise<ThreadPageDto> {
  const params = new URLSearchParams({ limit: String(LIMITS.pageLimitDefault) });
  if (cursor) params.set('cursor', cursor);
  return requestJson<ThreadPageDto>(fetchFn, `/api/threads?${params.toString()}`);
}

export function fetchMemberProfile(alias: string, fetchFn?: FetchFn): Promise<MemberProfileDto> {
  return requestJson<MemberProfileDto>(fetchFn, `/api/members/${encodeURIComponent(alias)}`);
}

/** Threads kept on this device, latest activity first (the offline thread list). */
export async function listCachedThreads(db: AppDB = appDb): Promise<ThreadCacheRow[]> {
  const rows = await db.threads.toArray();
  return rows.sort((a, b) => b.thread.lastActivityAt.localeCompare(a.thread.lastActivityAt));
}

export function getCachedThread(id: string, db: AppDB = appDb): Promise<ThreadCacheRow | undefined> {
  return db.threads.get(id);
}

const MAX_POST_PAGES = 50;

/**
 * Fetches a thread and all its posts and keeps them on the device for offline reading. The whole
 * list is fetched again (not only newer posts) so removals by moderators reach the cached copy too.
 * Keeps what the person had seen. Throws when offline; the cached copy stays as it was.
 */
export async function refreshThread(id: string, fetchFn?: FetchFn, db: AppDB = appDb): Promise<ThreadCacheRow> {
  const path = `/api/threads/${encodeURIComponent(id)}`;
  const thread = await requestJson<ThreadDto>(fetchFn, path);
  const posts: PostDto[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_POST_PAGES; page += 1) {
    const params = new URLSearchParams({ limit: String(LIMITS.pageLimitMax) });
    if (after) params.set('after', after);
    const answer: PostPageDto = await requestJson<PostPageDto>(fetchFn, `${path}/posts?${params.toString()}`);
    posts.push(...answer.items);
    after = answer.nextCursor;
    if (!answer.hasMore || !after) break;
  }
  return db.transaction('rw', db.threads, async () => {
    const previous = await db.threads.get(id);
    const row: ThreadCacheRow = {
      id,
      thread,
      posts,
      nextCursor: after,
      lastReadAt: previous?.lastReadAt ?? null,
      lastSeenPostId: previous?.lastSeenPostId ?? null,
      lastSeenActivityAt: previous?.lastSeenActivityAt ?? null,
      openedAt: previous?.openedAt ?? new Date().toISOString(),
    };
    await db.threads.put(row);
    return row;
  });
}

/** Records that the person has seen everything in the thread as it is now. */
export async function markThreadSeen(id: string, db: AppDB = appDb): Promise<void> {
  await db.transaction('rw', db.threads, async () => {
    const row = await db.threads.get(id);
    if (!row) return;
    await db.threads.update(id, {
      lastReadAt: new Date().toISOString(),
      lastSeenPostId: row.posts.at(-1)?.id ?? null,
      lastSeenActivityAt: row.thread.lastActivityAt,
    });
  });
}

/** Ids of posts written after `lastSeenPostId` (none on a first visit). */
export function newPostIds(posts: readonly PostDto[], lastSeenPostId: string | null): Set<string> {
  if (!lastSeenPostId) return new Set();
  const index = posts.findIndex((post) => post.id === lastSeenPostId);
  if (index < 0) return new Set();
  return new Set(posts.slice(index + 1).map((post) => post.id));
}

// ---- Drafts: only ever in IndexedDB until Send ----

export function newDraftId(): string {
  return crypto.randomUUID();
}

// A draft belongs to the account that wrote it: only that account, signed in on this device, sees it,
// and never while it is hidden (its session ended without a logout).
function visibleTo(accountId: string | null) {
  return (draft: DraftRow | undefined): draft is DraftRow =>
    !!draft && accountId !== null && draft.accountId === accountId && !draft.hiddenAt;
}

// Both reads start in the same tick: inside a liveQuery, a Dexie read begun after another await may
// not be observed, and the list would stop following changes.
export async function getDraft(id: string, db: AppDB = appDb): Promise<DraftRow | undefined> {
  const [accountId, draft] = await Promise.all([currentAccountId(db), db.drafts.get(id)]);
  return visibleTo(accountId)(draft) ? draft : undefined;
}

/** The reply draft to continue in a thread: the latest one without a server error first. */
export async function findReplyDraft(threadId: string, db: AppDB = appDb): Promise<DraftRow | undefined> {
  const [accountId, all] = await Promise.all([
    currentAccountId(db),
    db.drafts.where('threadId').equals(threadId).toArray(),
  ]);
  const drafts = all.filter(visibleTo(accountId));
  drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return drafts.find((draft) => draft.kind === 'reply');
}

/** The signed-in account's drafts, newest first; none when nobody is signed in on this device. */
export async function listDrafts(db: AppDB = appDb): Promise<DraftRow[]> {
  const [accountId, drafts] = await Promise.all([
    currentAccountId(db),
    db.drafts.orderBy('updatedAt').reverse().toArray(),
  ]);
  return drafts.filter(visibleTo(accountId));
}

/** Saves a draft as the signed-in account's (a draft already owned keeps its owner). */
export async function saveDraft(draft: DraftRow, db: AppDB = appDb): Promise<void> {
  const accountId = draft.accountId ?? (await currentAccountId(db)) ?? '';
  // Nobody signed in here: kept for no one and deleted like a hidden draft, never shown to the next person.
  await db.drafts.put(
    accountId ? { ...draft, accountId } : { ...draft, accountId, hiddenAt: new Date().toISOString() },
  );
}

export async function deleteDraft(id: string, db: AppDB = appDb): Promise<void> {
  await db.drafts.delete(id);
}

export type DraftProblem = 'empty_body' | 'empty_title' | 'too_long' | 'title_too_long' | 'missing';

/** What stops a draft from being sent, or null when it can go. */
export function draftProblem(
  draft: Pick<DraftRow, 'kind' | 'title' | 'body'>,
): Exclude<DraftProblem, 'missing'> | null {
  if (draft.kind === 'thread') {
    const title = (draft.title ?? '').trim();
    if (!title) return 'empty_title';
    if (title.length > LIMITS.threadTitleMax) return 'title_too_long';
  }
  if (!draft.body.trim()) return 'empty_body';
  if (draft.body.length > LIMITS.postBodyMax) return 'too_long';
  return null;
}

export class DraftNotSendableError extends Error {
  constructor(readonly problem: DraftProblem) {
    super(`The draft cannot be sent: ${problem}`);
    this.name = 'DraftNotSendableError';
  }
}

/**
 * Send: in ONE transaction the draft becomes an outbox row (mutation id made now, the draft kept
 * inside it so a rejection can restore it) and leaves the drafts table. Returns the mutation id.
 */
export async function sendDraft(draftId: string, db: AppDB = appDb): Promise<string> {
  const accountId = await currentAccountId(db);
  return db.transaction('rw', db.drafts, db.outbox, async () => {
    const draft = await db.drafts.get(draftId);
    if (!visibleTo(accountId)(draft)) throw new DraftNotSendableError('missing');
    const problem = draftProblem(draft);
    if (problem) throw new DraftNotSendableError(problem);
    const { serverError: _dropped, ...kept } = draft;
    void _dropped;
    let id: string;
    if (draft.kind === 'thread') {
      const payload: ThreadCreatePayload = { title: (draft.title ?? '').trim(), body: draft.body };
      if (draft.asStaff) payload.asStaff = true;
      id = await enqueue('thread.create', payload, { db, draft: kept, accountId: draft.accountId });
    } else {
      if (!draft.threadId) throw new DraftNotSendableError('missing');
      const payload: PostCreatePayload = { threadId: draft.threadId, body: draft.body };
      if (draft.quotePostId) payload.quotePostId = draft.quotePostId;
      if (draft.asStaff) payload.asStaff = true;
      id = await enqueue('post.create', payload, { db, draft: kept, accountId: draft.accountId });
    }
    await db.drafts.delete(draftId);
    return id;
  });
}

/** A forum mutation is sent under its writer's account: with nobody signed in here it cannot be queued. */
export class NotSignedInError extends Error {
  constructor() {
    super('Nobody is signed in on this device');
    this.name = 'NotSignedInError';
  }
}

/** Queues a flag on a post for the signed-in account; the next push sends it. */
export async function enqueueFlag(payload: FlagCreatePayload, db: AppDB = appDb): Promise<string> {
  const accountId = await currentAccountId(db);
  if (!accountId) throw new NotSignedInError();
  return enqueue('flag.create', payload, { db, accountId });
}

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
  // A row queued before drafts had owners carries its owner on the row (adopted with the session).
  const accountId = base.accountId ?? row.accountId;
  return { ...base, ...(accountId ? { accountId } : {}), updatedAt: new Date().toISOString(), serverError: error };
}

// A sent post or thread stays a day as `sent`, so the person sees it arrived; a refused one goes
// back to the drafts with the server's message (the person wrote it: it must not be lost).
const draftKind = (kind: 'thread.create' | 'post.create'): OutboxKind => ({
  kind,
  tables: ['drafts'],
  ownedByAccount: true,
  onApplied: async (db, row, result) => {
    await db.outbox.update(row.id, { state: 'sent', sentAt: new Date().toISOString(), result });
  },
  onRejected: async (db, row, error) => {
    await db.drafts.put(draftOfOutboxRow(row, error));
    await db.outbox.delete(row.id);
  },
});

// A flag keeps the defaults: applied, it leaves; refused, it waits as needs-attention.
registerOutboxKinds(draftKind('thread.create'), draftKind('post.create'), {
  kind: 'flag.create',
  tables: [],
  ownedByAccount: true,
});

const FORUM_KINDS = ['thread.create', 'post.create', 'flag.create'];

/** The forum part of the outbox, oldest first (the "waiting to send" list). */
/** The signed-in account's forum rows in the outbox, oldest first (none when nobody is signed in). */
export async function listForumOutbox(db: AppDB = appDb): Promise<OutboxRow[]> {
  const [accountId, rows] = await Promise.all([
    currentAccountId(db),
    db.outbox.where('kind').anyOf(FORUM_KINDS).toArray(),
  ]);
  return rows.filter((row) => belongsToSession(row, accountId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The signed-in account's replies to one thread still in the outbox, oldest first. */
export async function listPendingReplies(threadId: string, db: AppDB = appDb): Promise<OutboxRow[]> {
  const [accountId, rows] = await Promise.all([
    currentAccountId(db),
    db.outbox.where('kind').equals('post.create').toArray(),
  ]);
  return rows
    .filter(
      (row) => belongsToSession(row, accountId) && (row.payload as Partial<PostCreatePayload>).threadId === threadId,
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Removes a row the person has seen (a sent item or a flag that needs attention). */
export async function dismissOutboxRow(id: string, db: AppDB = appDb): Promise<void> {
  await db.outbox.delete(id);
}
