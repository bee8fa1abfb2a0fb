import { randomUUID } from 'node:crypto';
import type { MutationResult, PostCreatePayload, ThreadCreatePayload } from '@sexhandel/shared';
import type { TestApp } from '../test-app';
import { createSignedIn, type AccountOptions, type CreatedAccount, type SignedInClient } from './account.factory';
import { buildMutation, push } from './sync.factory';

export type ForumClient = SignedInClient & CreatedAccount;

/**
 * A signed-in member who accepted the forum rules. `established` backdates the account by two days
 * and gives it 3 published posts in a thread of its own, so the links rule no longer applies.
 */
export async function createForumMember(
  sut: TestApp,
  options: AccountOptions & { established?: boolean; acceptRules?: boolean } = {},
): Promise<ForumClient> {
  const client = await createSignedIn(sut, options);
  if (options.acceptRules !== false) {
    await sut.sql('insert into forum_member (account_id, rules_accepted_at) values (?, now())', [client.account.id]);
  }
  if (options.established) {
    await sut.sql(`update account set created_at = now() - interval '2 days' where id = ?`, [client.account.id]);
    await insertThread(sut, client.account.id, { posts: 3, at: new Date(Date.now() - 36 * 3_600_000) });
  }
  return client;
}

/**
 * Inserts a thread with `posts` published posts by `authorId` straight into the tables (no rules),
 * one second apart starting at `at`. Returns the thread id.
 */
export async function insertThread(
  sut: TestApp,
  authorId: string | null,
  options: { posts?: number; at?: Date; title?: string; locked?: boolean } = {},
): Promise<string> {
  const posts = options.posts ?? 1;
  const at = options.at ?? new Date(Date.now() - 3_600_000);
  const id = randomUUID();
  await sut.sql(
    `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked)
     values (?, ?, ?, ?, ?::timestamptz + make_interval(secs => ?), ?, ?)`,
    [
      id,
      options.title ?? `Tråd ${id.slice(0, 8)}`,
      authorId,
      at,
      at,
      Math.max(0, posts - 1),
      posts,
      options.locked ?? false,
    ],
  );
  if (posts > 0) {
    await sut.sql(
      `insert into post (id, thread_id, author_id, body, fingerprint, created_at, status, staff_voice)
       select gen_random_uuid(), ?, ?, 'Innlegg nummer ' || n, md5(? || n), ?::timestamptz + make_interval(secs => n - 1), 'published', false
       from generate_series(1, ?) as n`,
      [id, authorId, id, at, posts],
    );
  }
  return id;
}

export async function countRows(
  sut: TestApp,
  table: 'thread' | 'post' | 'flag' | 'forum_member' | 'account' | 'session',
): Promise<number> {
  const rows = await sut.sql<{ n: string }>(`select count(*) as n from ${table}`);
  return Number(rows[0].n);
}

export async function pushPost(
  sut: TestApp,
  client: SignedInClient,
  payload: PostCreatePayload,
): Promise<MutationResult> {
  const { body } = await push(sut, [buildMutation('post.create', payload)], { ...client.headers });
  return body.results[0];
}

export async function pushThread(
  sut: TestApp,
  client: SignedInClient,
  payload: ThreadCreatePayload,
): Promise<MutationResult> {
  const { body } = await push(sut, [buildMutation('thread.create', payload)], { ...client.headers });
  return body.results[0];
}
