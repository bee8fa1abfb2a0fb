import {
  LIMITS,
  type FlagCreatePayload,
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

/** Forum reads (API + the device's cache of opened threads), private drafts and sending. */

function fetchOf(fetchFn?: FetchFn): FetchFn {
  return fetchFn ?? globalThis.fetch.bind(globalThis);
}

export function fetchThreadPage(cursor: string | null, fetchFn?: FetchFn): Promise<ThreadPageDto> {
  const params = new URLSearchParams({ limit: String(LIMITS.pageLimitDefault) });
  if (cursor) params.set('cursor', cursor);
  return requestJson<ThreadPageDto>(fetchOf(fetchFn), `/api/threads?${params.toString()}`);
}

export function fetchMemberProfile(alias: string, fetchFn?: FetchFn): Promise<MemberProfileDto> {
  return requestJson<MemberProfileDto>(fetchOf(fetchFn), `/api/members/${encodeURIComponent(alias)}`);
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
  const f = fetchOf(fetchFn);
  const path = `/api/threads/${encodeURIComponent(id)}`;
  const thread = await requestJson<ThreadDto>(f, path);
  const posts: PostDto[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_POST_PAGES; page += 1) {
    const params = new URLSearchParams({ limit: String(LIMITS.pageLimitMax) });
    if (after) params.set('after', after);
    const answer: PostPageDto = await requestJson<PostPageDto>(f, `${path}/posts?${params.toString()}`);
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

export function getDraft(id: string, db: AppDB = appDb): Promise<DraftRow | undefined> {
  return db.drafts.get(id);
}

/** The reply draft to continue in a thread: the latest one without a server error first. */
export async function findReplyDraft(threadId: string, db: AppDB = appDb): Promise<DraftRow | undefined> {
  const drafts = await db.drafts.where('threadId').equals(threadId).toArray();
  drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return drafts.find((draft) => draft.kind === 'reply');
}

/** Newest first. */
export async function listDrafts(db: AppDB = appDb): Promise<DraftRow[]> {
  return db.drafts.orderBy('updatedAt').reverse().toArray();
}

export async function saveDraft(draft: DraftRow, db: AppDB = appDb): Promise<void> {
  await db.drafts.put(draft);
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
  return db.transaction('rw', db.drafts, db.outbox, async () => {
    const draft = await db.drafts.get(draftId);
    if (!draft) throw new DraftNotSendableError('missing');
    const problem = draftProblem(draft);
    if (problem) throw new DraftNotSendableError(problem);
    const id = crypto.randomUUID();
    const createdAt = new Date().toISOString();
    const { serverError: _dropped, ...kept } = draft;
    void _dropped;
    let row: OutboxRow;
    if (draft.kind === 'thread') {
      const payload: ThreadCreatePayload = { title: (draft.title ?? '').trim(), body: draft.body };
      if (draft.asStaff) payload.asStaff = true;
      row = { id, kind: 'thread.create', payload, createdAt, state: 'queued', attempts: 0, draft: kept };
    } else {
      if (!draft.threadId) throw new DraftNotSendableError('missing');
      const payload: PostCreatePayload = { threadId: draft.threadId, body: draft.body };
      if (draft.quotePostId) payload.quotePostId = draft.quotePostId;
      if (draft.asStaff) payload.asStaff = true;
      row = { id, kind: 'post.create', payload, createdAt, state: 'queued', attempts: 0, draft: kept };
    }
    await db.outbox.add(row);
    await db.drafts.delete(draftId);
    return id;
  });
}

/** Queues a flag on a post; the next push sends it. */
export async function enqueueFlag(payload: FlagCreatePayload, db: AppDB = appDb): Promise<string> {
  const id = crypto.randomUUID();
  await db.outbox.add({
    id,
    kind: 'flag.create',
    payload,
    createdAt: new Date().toISOString(),
    state: 'queued',
    attempts: 0,
  });
  return id;
}

const FORUM_KINDS = ['thread.create', 'post.create', 'flag.create'];

/** The forum part of the outbox, oldest first (the "waiting to send" list). */
export async function listForumOutbox(db: AppDB = appDb): Promise<OutboxRow[]> {
  const rows = await db.outbox.where('kind').anyOf(FORUM_KINDS).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Removes a row the person has seen (a sent item or a flag that needs attention). */
export async function dismissOutboxRow(id: string, db: AppDB = appDb): Promise<void> {
  await db.outbox.delete(id);
}
