import type { EntityManager } from '@mikro-orm/postgresql';
import type { PostCreateResult, ThreadCreateResult } from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import type { ForumRepository } from './forum.repository';
import { Post } from './post.entity';
import { Thread } from './thread.entity';

/** Inserts a published post and moves its thread's counters in the same transaction. */
export async function insertPost(
  em: EntityManager,
  forum: ForumRepository,
  fields: {
    threadId: string;
    authorId: string;
    body: string;
    fingerprint: string;
    quotePostId: string | null;
    now: Date;
    staffVoice?: boolean;
  },
): Promise<PostCreateResult> {
  const post = new Post({
    thread: em.getReference(Thread, fields.threadId),
    author: em.getReference(Account, fields.authorId),
    body: fields.body,
    fingerprint: fields.fingerprint,
    createdAt: fields.now,
  });
  post.quotePost = fields.quotePostId === null ? null : em.getReference(Post, fields.quotePostId);
  post.staffVoice = fields.staffVoice === true;
  em.persist(post);
  await em.flush();
  await forum.countNewPost(em, fields.threadId, fields.now);
  return { postId: post.id, threadId: fields.threadId };
}

export async function insertThread(
  em: EntityManager,
  forum: ForumRepository,
  fields: { title: string; authorId: string; body: string; fingerprint: string; now: Date; staffVoice?: boolean },
): Promise<ThreadCreateResult> {
  // A staff-voice thread is started by "Redaksjonen", like an article discussion: no starter alias.
  const thread = new Thread(
    fields.title,
    fields.staffVoice ? null : em.getReference(Account, fields.authorId),
    fields.now,
  );
  em.persist(thread);
  await em.flush();
  const { postId } = await insertPost(em, forum, { ...fields, threadId: thread.id, quotePostId: null });
  return { threadId: thread.id, postId };
}
