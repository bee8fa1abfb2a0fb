import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PostCreateResult, ThreadCreateResult } from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import type { ForumRepository } from './forum.repository';
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
  const postId = randomUUID();
  await forum.insertPost(em, {
    id: postId,
    threadId: fields.threadId,
    authorId: fields.authorId,
    body: fields.body,
    fingerprint: fields.fingerprint,
    quotePostId: fields.quotePostId,
    createdAt: fields.now,
    staffVoice: fields.staffVoice === true,
  });
  return { postId, threadId: fields.threadId };
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
