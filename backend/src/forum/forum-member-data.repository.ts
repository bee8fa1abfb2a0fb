import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { PostStatus } from '@sexhandel/shared';
import { sqlIn, uuidArray } from '../common/sql';

export interface OwnPostRow {
  id: string;
  thread_id: string;
  title: string;
  created_at: Date | string;
  status: PostStatus;
  body: string;
  quote_post_id: string | null;
}

export interface OwnFlagRow {
  id: string;
  post_id: string;
  rule: number;
  note: string | null;
  created_at: Date | string;
}

/**
 * The forum's SQL for one member's own data: what the account download lists and what erasing the
 * account takes (forum.account-data.ts, moderation.account-data.ts). Every method runs in the
 * caller's transaction `em`.
 */
@Injectable()
export class ForumMemberDataRepository {
  async findRulesAcceptedAt(em: EntityManager, accountId: string): Promise<Date | string | null> {
    const [member] = await sqlIn<{ rules_accepted_at: Date | string | null }>(
      em,
      'select rules_accepted_at from forum_member where account_id = ?',
      [accountId],
    );
    return member?.rules_accepted_at ?? null;
  }

  /** Every post the account wrote, whatever its status, with its thread's title. */
  listOwnPosts(em: EntityManager, accountId: string): Promise<OwnPostRow[]> {
    return sqlIn<OwnPostRow>(
      em,
      `select p.id, p.thread_id, t.title, p.created_at, p.status, p.body, p.quote_post_id
       from post p join thread t on t.id = p.thread_id where p.author_id = ? order by p.created_at, p.id`,
      [accountId],
    );
  }

  listOwnFlags(em: EntityManager, accountId: string): Promise<OwnFlagRow[]> {
    return sqlIn<OwnFlagRow>(
      em,
      'select id, post_id, rule, note, created_at from flag where member_id = ? order by created_at, id',
      [accountId],
    );
  }

  async listPostIdsByAuthor(em: EntityManager, accountId: string): Promise<string[]> {
    const rows = await sqlIn<{ id: string }>(em, 'select id from post where author_id = ?', [accountId]);
    return rows.map((row) => row.id);
  }

  /**
   * Threads that erasing the account's posts takes with them: started by the account, with posts
   * of theirs and nobody else's.
   */
  async listThreadIdsErasedWith(em: EntityManager, accountId: string): Promise<string[]> {
    const rows = await sqlIn<{ id: string }>(
      em,
      `select t.id from thread t where t.author_id = ?
         and exists (select 1 from post p where p.thread_id = t.id and p.author_id = ?)
         and not exists (select 1 from post p where p.thread_id = t.id and p.author_id is distinct from ?)`,
      [accountId, accountId, accountId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Deletes the account's posts, and the threads they started that nobody else wrote in; the
   * threads they wrote in get their counters counted again.
   */
  async erasePostsOf(em: EntityManager, accountId: string): Promise<void> {
    const touched = await sqlIn<{ thread_id: string }>(em, 'select distinct thread_id from post where author_id = ?', [
      accountId,
    ]);
    await sqlIn(em, 'delete from post where author_id = ?', [accountId]);
    await sqlIn(
      em,
      'delete from thread t where t.author_id = ? and not exists (select 1 from post p where p.thread_id = t.id)',
      [accountId],
    );
    if (touched.length === 0) return;
    await sqlIn(
      em,
      `update thread t set
         post_count = (select count(*) from post p where p.thread_id = t.id and p.status = 'published'),
         last_activity_at = coalesce((select max(p.created_at) from post p where p.thread_id = t.id), t.created_at)
       where t.id = any(?::uuid[])`,
      [uuidArray(touched.map((row) => row.thread_id))],
    );
  }

  /** Posts and threads stay, under "deleted member"; flags and forum standing go. */
  async forgetMember(em: EntityManager, accountId: string): Promise<void> {
    await sqlIn(em, 'update post set author_id = null where author_id = ?', [accountId]);
    await sqlIn(em, 'update thread set author_id = null where author_id = ?', [accountId]);
    await sqlIn(em, 'delete from flag where member_id = ?', [accountId]);
    await sqlIn(em, 'delete from forum_member where account_id = ?', [accountId]);
  }
}
