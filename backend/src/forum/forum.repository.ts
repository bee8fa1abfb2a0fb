import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { PostStatus } from '@sexhandel/shared';
import { placeholders, sqlIn, uuidArray } from '../common/sql';
import { cursorTimeSql, type KeysetCursor } from './forum-cursor';

export interface ThreadRow {
  id: string;
  title: string;
  starter_alias: string | null;
  post_count: number;
  created_at: Date | string;
  last_activity_at: Date | string;
  locked: boolean;
  article_id: string | null;
  starter_staff_voice: boolean;
  cursor_at: string;
}

export interface PostRow {
  id: string;
  thread_id: string;
  author_id: string | null;
  author_alias: string | null;
  created_at: Date | string;
  body: string;
  status: PostStatus;
  quote_post_id: string | null;
  staff_voice: boolean;
  article_author: boolean;
  removal_rule: number | null;
  removal_rule_title: string | null;
  removal_note: string | null;
  removed_at: Date | string | null;
  cursor_at: string;
}

/** A post locked for a moderator's decision, with what the removal archive copies. */
export interface LockedPost {
  id: string;
  thread_id: string;
  thread_title: string;
  author_alias: string | null;
  body: string;
  status: PostStatus;
  created_at: Date | string;
  quote_post_id: string | null;
}

export interface ResearchPostRow {
  id: string;
  thread_id: string;
  title: string;
  thread_author_id: string | null;
  author_id: string;
  alias: string;
  created_at: Date | string;
  quote_post_id: string | null;
  body: string;
  article_id: string | null;
}

const THREAD_COLUMNS = `t.id, t.title, a.alias as starter_alias, t.post_count, t.created_at, t.last_activity_at, t.locked,
  t.article_id, (t.article_id is not null or coalesce((select p0.staff_voice from post p0 where p0.thread_id = t.id
    order by p0.created_at, p0.id limit 1), false)) as starter_staff_voice,
  ${cursorTimeSql('t.last_activity_at')} as cursor_at`;

/** True when the post's author is the member account an editor linked to the thread's article. */
const ARTICLE_AUTHOR_SQL = `coalesce(p.author_id = (select aa.author_account_id from thread td join article_author aa on aa.article_id = td.article_id where td.id = p.thread_id), false)`;

// Any constant: the first key of the per-article advisory lock.
const DISCUSSION_LOCK = 724_311_002;

const PUBLISHED_BY = `(select count(*) from post p where p.author_id = a.account_id and p.status = 'published')`;

/**
 * The forum's SQL, and the only place that names its tables (thread, post, flag, forum_member).
 * Reads run as plain SQL through the ORM's connection; `em` is the caller's transaction when the
 * read or write belongs to one. Aliases come from the accounts view `member_alias`, removal
 * notices from moderation's `post_removal_notice`, article authors from content's `article_author`.
 */
@Injectable()
export class ForumRepository {
  constructor(private readonly em: EntityManager) {}

  /** Latest activity first, keyset on (last_activity_at, id). */
  listThreads(before: KeysetCursor | null, limit: number): Promise<ThreadRow[]> {
    return sqlIn<ThreadRow>(
      this.em,
      `select ${THREAD_COLUMNS} from thread t left join member_alias a on a.account_id = t.author_id
       ${before ? 'where (t.last_activity_at, t.id) < (?::timestamptz, ?::uuid)' : ''}
       order by t.last_activity_at desc, t.id desc limit ?`,
      before ? [before.at, before.id, limit] : [limit],
    );
  }

  async findThread(id: string): Promise<ThreadRow | undefined> {
    const [row] = await sqlIn<ThreadRow>(
      this.em,
      `select ${THREAD_COLUMNS} from thread t left join member_alias a on a.account_id = t.author_id where t.id = ?`,
      [id],
    );
    return row;
  }

  /**
   * Oldest first, keyset on (created_at, id), each with its removal notice and article-author mark;
   * undefined when the thread does not exist. One statement: the thread's row, then its page.
   */
  async listPosts(threadId: string, after: KeysetCursor | null, limit: number): Promise<PostRow[] | undefined> {
    const rows = await sqlIn<PostRow>(
      this.em,
      `select t.id as thread_found, page.* from thread t left join lateral (
         select p.id, p.thread_id, p.author_id, a.alias as author_alias, p.created_at, p.body, p.status, p.quote_post_id,
           p.staff_voice, ${ARTICLE_AUTHOR_SQL} as article_author, r.rule as removal_rule, r.rule_title as removal_rule_title,
           r.note as removal_note, r.removed_at, ${cursorTimeSql('p.created_at')} as cursor_at
         from post p left join member_alias a on a.account_id = p.author_id
           left join post_removal_notice r on p.status = 'removed' and r.post_id = p.id
         where p.thread_id = t.id ${after ? 'and (p.created_at, p.id) > (?::timestamptz, ?::uuid)' : ''}
         order by p.created_at, p.id limit ?
       ) page on true
       where t.id = ?`,
      after ? [after.at, after.id, limit, threadId] : [limit, threadId],
    );
    if (rows.length === 0) return undefined;
    // A thread without posts (in this page) is one row of nulls beside the thread's id.
    return rows.filter((row) => row.id !== null);
  }

  /** A member's alias, join date and published post count, by alias key. */
  async findMemberProfile(
    aliasKey: string,
  ): Promise<{ alias: string; joined_at: Date | string; published: string } | undefined> {
    const [row] = await sqlIn<{ alias: string; joined_at: Date | string; published: string }>(
      this.em,
      `select a.alias, a.joined_at, ${PUBLISHED_BY} as published from member_alias a where a.alias_key = ?`,
      [aliasKey],
    );
    return row;
  }

  /** Join date, rules acceptance and published post count of an account; `em` may be a transaction. */
  async findStanding(
    accountId: string,
    em: EntityManager = this.em,
  ): Promise<{ joined_at: Date | string; rules_accepted_at: Date | string | null; published: string } | undefined> {
    const [row] = await sqlIn<{ joined_at: Date | string; rules_accepted_at: Date | string | null; published: string }>(
      em,
      `select a.joined_at, m.rules_accepted_at, ${PUBLISHED_BY} as published
       from member_alias a left join forum_member m on m.account_id = a.account_id where a.account_id = ?`,
      [accountId],
    );
    return row;
  }

  async acceptRules(accountId: string, at: Date): Promise<void> {
    await sqlIn(
      this.em,
      `insert into forum_member (account_id, rules_accepted_at) values (?, ?)
       on conflict (account_id) do update set rules_accepted_at = excluded.rules_accepted_at`,
      [accountId, at],
    );
  }

  // ——— inside a push transaction ———

  /**
   * Locks the member's forum_member row (so their posts are checked one after the other); with a
   * thread id, reads in the same statement whether that thread exists and is locked.
   */
  lockMember(
    em: EntityManager,
    accountId: string,
    threadId?: string,
  ): Promise<Array<{ rules_accepted_at: Date | null; thread_found: boolean; thread_locked: boolean | null }>> {
    if (threadId === undefined) {
      return sqlIn(
        em,
        'select rules_accepted_at, false as thread_found, null as thread_locked from forum_member where account_id = ? for update',
        [accountId],
      );
    }
    return sqlIn(
      em,
      `select m.rules_accepted_at, t.id is not null as thread_found, t.locked as thread_locked
       from forum_member m left join thread t on t.id = ? where m.account_id = ? for update of m`,
      [threadId, accountId],
    );
  }

  /**
   * What the repeat and rate rules need of an author's recent posts, in one statement: whether one
   * since `repeatSince` has this fingerprint, and how many since `rateSince` (counted up to `max`)
   * with the oldest of them.
   */
  async postingHistory(
    em: EntityManager,
    authorId: string,
    check: { fingerprint: string; repeatSince: Date; rateSince: Date; max: number },
  ): Promise<{ repeated: boolean; n: number; oldest: Date | null }> {
    const [row] = await sqlIn<{ repeated: boolean; n: string; oldest: Date | null }>(
      em,
      `select exists (select 1 from post where author_id = ? and created_at > ? and fingerprint = ?) as repeated,
         count(*) as n, min(created_at) as oldest
       from (select created_at from post where author_id = ? and created_at > ? order by created_at desc limit ?) recent`,
      [authorId, check.repeatSince, check.fingerprint, authorId, check.rateSince, check.max],
    );
    return {
      repeated: row?.repeated === true,
      n: Number(row?.n ?? 0),
      oldest: row?.oldest ? new Date(row.oldest) : null,
    };
  }

  async isPublishedInThread(em: EntityManager, postId: string, threadId: string): Promise<boolean> {
    const rows = await sqlIn<{ id: string }>(
      em,
      `select id from post where id = ? and thread_id = ? and status = 'published'`,
      [postId, threadId],
    );
    return rows.length > 0;
  }

  async findPublishedPostAuthor(em: EntityManager, postId: string): Promise<{ author_id: string | null } | undefined> {
    const [row] = await sqlIn<{ author_id: string | null }>(
      em,
      `select author_id from post where id = ? and status = 'published'`,
      [postId],
    );
    return row;
  }

  /** The new flag's id, or null when this member already flagged the post (the unique key decides a race). */
  async insertFlag(
    em: EntityManager,
    flag: { postId: string; memberId: string; rule: number; note: string | null; at: Date },
  ): Promise<string | null> {
    const inserted = await sqlIn<{ id: string }>(
      em,
      `insert into flag (id, post_id, member_id, rule, note, created_at) values (?, ?, ?, ?, ?, ?)
       on conflict (post_id, member_id) do nothing returning id`,
      [randomUUID(), flag.postId, flag.memberId, flag.rule, flag.note, flag.at],
    );
    return inserted[0]?.id ?? null;
  }

  /** One atomic update: concurrent replies on other nodes never lose a count. */
  /** A published post, and its thread's count and last activity moved, in one statement of `em`'s transaction. */
  async insertPost(
    em: EntityManager,
    post: {
      id: string;
      threadId: string;
      authorId: string;
      body: string;
      fingerprint: string;
      quotePostId: string | null;
      createdAt: Date;
      staffVoice: boolean;
    },
  ): Promise<void> {
    await sqlIn(
      em,
      `with inserted as (
         insert into post (id, thread_id, author_id, body, fingerprint, quote_post_id, created_at, status, staff_voice)
         values (?, ?, ?, ?, ?, ?, ?, 'published', ?) returning thread_id, created_at)
       update thread t set post_count = t.post_count + 1, last_activity_at = greatest(t.last_activity_at, i.created_at)
       from inserted i where t.id = i.thread_id`,
      [
        post.id,
        post.threadId,
        post.authorId,
        post.body,
        post.fingerprint,
        post.quotePostId,
        post.createdAt,
        post.staffVoice,
      ],
    );
  }

  /** Serialises two publishes of one article, so they never open two discussion threads. */
  async lockArticleDiscussion(em: EntityManager, articleId: string): Promise<void> {
    await sqlIn(em, 'select pg_advisory_xact_lock(?, hashtext(?))', [DISCUSSION_LOCK, articleId]);
  }

  // ——— for moderation: status changes only, never a post's words ———

  async lockPost(em: EntityManager, postId: string): Promise<LockedPost | undefined> {
    const [post] = await sqlIn<LockedPost>(
      em,
      `select p.id, p.thread_id, t.title as thread_title, a.alias as author_alias, p.body, p.status, p.created_at, p.quote_post_id
       from post p join thread t on t.id = p.thread_id left join member_alias a on a.account_id = p.author_id
       where p.id = ? for update of p`,
      [postId],
    );
    return post;
  }

  /** Changes only the status and keeps the thread's published count in step. */
  async setPostStatus(em: EntityManager, post: LockedPost, status: 'published' | 'removed'): Promise<void> {
    await sqlIn(em, 'update post set status = ? where id = ?', [status, post.id]);
    const delta = (status === 'published' ? 1 : 0) - (post.status === 'published' ? 1 : 0);
    if (delta !== 0) {
      await sqlIn(em, 'update thread set post_count = greatest(post_count + ?, 0) where id = ?', [
        delta,
        post.thread_id,
      ]);
    }
  }

  /** Hides a published post (after enough flags); false when it was not published. */
  async hidePublishedPost(em: EntityManager, postId: string): Promise<boolean> {
    const hidden = await sqlIn<{ thread_id: string }>(
      em,
      `update post set status = 'hidden' where id = ? and status = 'published' returning thread_id`,
      [postId],
    );
    if (!hidden[0]) return false;
    await sqlIn(em, 'update thread set post_count = greatest(post_count - 1, 0) where id = ?', [hidden[0].thread_id]);
    return true;
  }

  /** Thread titles by id, for threads that still exist. */
  async threadTitles(threadIds: string[]): Promise<Map<string, string>> {
    if (threadIds.length === 0) return new Map();
    const rows = await sqlIn<{ id: string; title: string }>(
      this.em,
      `select id, title from thread where id in (${placeholders(threadIds.length)})`,
      threadIds,
    );
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  /** Published member posts (never the staff voice) by these authors, oldest first, for research. */
  listPublishedPostsBy(em: EntityManager, authorIds: string[]): Promise<ResearchPostRow[]> {
    if (authorIds.length === 0) return Promise.resolve([]);
    return sqlIn<ResearchPostRow>(
      em,
      `select p.id, p.thread_id, t.title, t.author_id as thread_author_id, p.author_id, a.alias, p.created_at,
              p.quote_post_id, p.body, t.article_id
       from post p
       join member_alias a on a.account_id = p.author_id
       join thread t on t.id = p.thread_id
       where p.author_id = any(?::uuid[]) and p.status = 'published' and not p.staff_voice
       order by p.created_at, p.id`,
      [uuidArray(authorIds)],
    );
  }

  /** Published posts per author, the staff voice left out (activity statistics). */
  async countPublishedMemberPostsPerAuthor(): Promise<Map<string, number>> {
    const rows = await sqlIn<{ author_id: string; posts: string }>(
      this.em,
      `select author_id, count(*) as posts from post
       where author_id is not null and status = 'published' and not staff_voice group by author_id`,
    );
    return new Map(rows.map((row) => [row.author_id, Number(row.posts)]));
  }

  /** Every post written, by anyone, per Oslo month; how many of them are removed now. */
  countPostsPerMonth(): Promise<Array<{ month: string; posts: string; removed: string }>> {
    return sqlIn(
      this.em,
      `select to_char(created_at at time zone 'Europe/Oslo', 'YYYY-MM') as month, count(*) as posts,
              count(*) filter (where status = 'removed') as removed
       from post group by 1 order by 1`,
    );
  }
}
