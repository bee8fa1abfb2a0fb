import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { LIMITS } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FieldCipher } from '../crypto/field-cipher';
import { cursorTimeSql, decodeKeysetCursor, keysetPage } from '../forum/forum-cursor';
import type { FlagCreated } from '../forum/forum-hooks';
import { sqlIn } from '../forum/forum-posting.rules';
import { Post } from '../forum/post.entity';
import { AuditLogService } from './audit-log.service';
import type {
  FlagDismissalResponse,
  FlagQueueResponse,
  ModlogPageResponse,
  PostRestoreResponse,
  RemovalDetailResponse,
  RemovalPageResponse,
  RemovalResponse,
} from './dto/moderation.responses';
import { isUuid, moderationErrors } from './moderation-errors';
import { RemovalArchive } from './removal-archive.entity';

export const ARCHIVE_CONTEXT = 'moderation.archive';
const QUEUE_MAX = 200;

interface LockedPost {
  id: string;
  thread_id: string;
  thread_title: string;
  author_alias: string | null;
  body: string;
  status: 'published' | 'hidden' | 'removed';
  created_at: Date | string;
  quote_post_id: string | null;
}

const iso = (value: Date | string): string => new Date(value).toISOString();
const NOT_DISMISSED = 'not exists (select 1 from flag_dismissal d where d.flag_id = f.id)';

function toRemoval(row: RemovalArchive): RemovalResponse {
  return {
    id: row.id,
    postId: row.post?.id ?? null,
    threadId: row.threadId,
    threadTitle: row.threadTitle,
    authorAlias: row.authorAlias,
    postCreatedAt: row.postCreatedAt.toISOString(),
    quotePostId: row.quotePostId,
    rule: row.rule,
    note: row.note,
    moderatorAlias: row.moderatorAlias,
    removedAt: row.removedAt.toISOString(),
    restoredAt: row.restoredAt?.toISOString() ?? null,
    textErased: row.bodySealed === null,
  };
}

/**
 * The flag queue, removal with a sealed staff-only copy, restore, the removal archive, the public
 * moderation log and hiding a post after enough flags. No path here changes a post's words: only
 * its status, in the same transaction as the audit row.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLogService,
    private readonly cipher: FieldCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Flag listener (ForumHooks): hides a published post once enough distinct members flagged it. */
  async hideFlaggedPost({ em, postId }: FlagCreated): Promise<void> {
    const [row] = await sqlIn<{ n: string }>(
      em,
      `select count(*) as n from flag f where f.post_id = ? and ${NOT_DISMISSED}`,
      [postId],
    );
    if (Number(row?.n ?? 0) < this.config.moderationHideAfterFlags) return;
    const hidden = await sqlIn<{ thread_id: string }>(
      em,
      `update post set status = 'hidden' where id = ? and status = 'published' returning thread_id`,
      [postId],
    );
    if (hidden[0])
      await sqlIn(em, 'update thread set post_count = greatest(post_count - 1, 0) where id = ?', [hidden[0].thread_id]);
  }

  /** Flagged published or hidden posts, one entry per post, oldest first flag first. */
  async listFlaggedPosts(rule?: number): Promise<FlagQueueResponse> {
    const params: unknown[] = [];
    let ruleFilter = '';
    if (rule !== undefined) {
      ruleFilter = `and exists (select 1 from flag f2 where f2.post_id = p.id and f2.rule = ? and not exists (select 1 from flag_dismissal d2 where d2.flag_id = f2.id))`;
      params.push(rule);
    }
    const posts = await this.em
      .getConnection()
      .execute<
        Array<{
          id: string;
          thread_id: string;
          title: string;
          alias: string | null;
          body: string;
          status: 'published' | 'hidden';
          created_at: Date | string;
          n: string;
          first_at: Date | string;
        }>
      >(
        `select p.id, p.thread_id, t.title, a.alias, p.body, p.status, p.created_at, count(f.id) as n, min(f.created_at) as first_at
       from flag f join post p on p.id = f.post_id join thread t on t.id = p.thread_id left join account a on a.id = p.author_id
       where p.status in ('published', 'hidden') and ${NOT_DISMISSED} ${ruleFilter}
       group by p.id, p.thread_id, t.title, a.alias, p.body, p.status, p.created_at
       order by min(f.created_at), p.id limit ${QUEUE_MAX}`,
        params,
      );
    if (posts.length === 0) return { items: [] };
    const flags = await this.em
      .getConnection()
      .execute<Array<{ post_id: string; rule: number; note: string | null; created_at: Date | string }>>(
        `select f.post_id, f.rule, f.note, f.created_at from flag f
       where f.post_id in (${posts.map(() => '?').join(', ')}) and ${NOT_DISMISSED} order by f.created_at`,
        posts.map((post) => post.id),
      );
    return {
      items: posts.map((post) => {
        const own = flags.filter((flag) => flag.post_id === post.id);
        const counts = new Map<number, number>();
        for (const flag of own) counts.set(Number(flag.rule), (counts.get(Number(flag.rule)) ?? 0) + 1);
        return {
          postId: post.id,
          threadId: post.thread_id,
          threadTitle: post.title,
          authorAlias: post.alias,
          body: post.body,
          status: post.status,
          createdAt: iso(post.created_at),
          flagCount: Number(post.n),
          firstFlaggedAt: iso(post.first_at),
          rules: [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([number, count]) => ({ rule: number, count })),
          notes: own
            .filter((flag) => flag.note !== null)
            .map((flag) => ({ rule: Number(flag.rule), note: flag.note ?? '', createdAt: iso(flag.created_at) })),
        };
      }),
    };
  }

  /** Marks the post's open flags dismissed; a hidden post is shown again. */
  async dismissFlags(actor: Actor, postId: string, note: string | undefined): Promise<FlagDismissalResponse> {
    return this.em.fork().transactional(async (em) => {
      const post = await this.lockPost(em, postId);
      if (post.status === 'removed')
        throw moderationErrors.conflict('This post is removed; restore it instead.', 'already_removed');
      const dismissed = await sqlIn<{ flag_id: string }>(
        em,
        `insert into flag_dismissal (flag_id, moderator_id, dismissed_at)
         select f.id, ?, now() from flag f where f.post_id = ? and ${NOT_DISMISSED} returning flag_id`,
        [actor.accountId, postId],
      );
      if (dismissed.length === 0 && post.status !== 'hidden') {
        throw moderationErrors.conflict('This post has no open flags to dismiss.', 'no_open_flags');
      }
      if (post.status === 'hidden') await this.setStatus(em, post, 'published');
      this.audit.appendEntry(em, actor, 'flags.dismiss', { type: 'post', id: postId }, note?.trim() || null);
      await em.flush();
      return { postId, dismissedFlags: dismissed.length, status: 'published' };
    });
  }

  /** Removes a post: sealed copy into the archive, status 'removed', audit row; one transaction. */
  async removePost(actor: Actor, postId: string, input: { rule: number; note: string }): Promise<RemovalResponse> {
    return this.em.fork().transactional(async (em) => {
      const post = await this.lockPost(em, postId);
      if (post.status === 'removed')
        throw moderationErrors.conflict('This post is already removed.', 'already_removed');
      const now = new Date();
      const archived = new RemovalArchive({
        post: em.getReference(Post, post.id),
        threadId: post.thread_id,
        threadTitle: post.thread_title,
        authorAlias: post.author_alias,
        postCreatedAt: new Date(post.created_at),
        quotePostId: post.quote_post_id,
        bodySealed: this.cipher.encrypt(post.body, ARCHIVE_CONTEXT),
        rule: input.rule,
        note: input.note,
        moderatorId: actor.accountId,
        moderatorAlias: actor.alias,
        removedAt: now,
      });
      em.persist(archived);
      await this.setStatus(em, post, 'removed');
      this.audit.appendEntry(
        em,
        actor,
        'post.remove',
        { type: 'post', id: postId },
        `rule ${input.rule}: ${input.note}`,
      );
      await em.flush();
      return toRemoval(archived);
    });
  }

  /** Undoes a removal: the post is published again, its open flags are settled, audit row. */
  async restorePost(actor: Actor, postId: string): Promise<PostRestoreResponse> {
    return this.em.fork().transactional(async (em) => {
      const post = await this.lockPost(em, postId);
      if (post.status !== 'removed') throw moderationErrors.conflict('This post is not removed.', 'not_removed');
      await sqlIn(em, 'update removal_archive set restored_at = ? where post_id = ? and restored_at is null', [
        new Date(),
        postId,
      ]);
      await sqlIn(
        em,
        `insert into flag_dismissal (flag_id, moderator_id, dismissed_at)
         select f.id, ?, now() from flag f where f.post_id = ? and ${NOT_DISMISSED}`,
        [actor.accountId, postId],
      );
      await this.setStatus(em, post, 'published');
      this.audit.appendEntry(em, actor, 'post.restore', { type: 'post', id: postId }, null);
      await em.flush();
      return { postId, status: 'published' };
    });
  }

  async listRemovals(query: { cursor?: string; limit?: number }): Promise<RemovalPageResponse> {
    const limit = query.limit ?? LIMITS.pageLimitDefault;
    const before = this.cursorOf(query.cursor);
    const em = this.em.fork();
    const ids = await em.getConnection().execute<Array<{ id: string; cursor_at: string }>>(
      `select id, ${cursorTimeSql('removed_at')} as cursor_at from removal_archive
       ${before ? 'where (removed_at, id) < (?::timestamptz, ?::uuid)' : ''} order by removed_at desc, id desc limit ?`,
      before ? [before.at, before.id, limit + 1] : [limit + 1],
    );
    const { page, nextCursor } = keysetPage(ids, limit);
    const rows = await em.find(
      RemovalArchive,
      { id: { $in: page.map((row) => row.id) } },
      { orderBy: { removedAt: 'desc', id: 'desc' } },
    );
    return { items: rows.map(toRemoval), nextCursor };
  }

  async getRemoval(id: string): Promise<RemovalDetailResponse> {
    const row = isUuid(id) ? await this.em.fork().findOne(RemovalArchive, { id }) : null;
    if (!row) throw moderationErrors.notFound('No removal has this id.');
    return {
      ...toRemoval(row),
      body: row.bodySealed === null ? null : this.cipher.decrypt(row.bodySealed, ARCHIVE_CONTEXT),
    };
  }

  /** Public: removals and restores, newest first; never the text, the author or the moderator. */
  async listModlogEntries(query: { cursor?: string; limit?: number }): Promise<ModlogPageResponse> {
    const limit = query.limit ?? LIMITS.pageLimitDefault;
    const before = this.cursorOf(query.cursor);
    const rows = await this.em
      .getConnection()
      .execute<
        Array<{
          id: string;
          at: Date | string;
          action: 'removal' | 'restore';
          rule: number;
          rule_title: string | null;
          thread_id: string;
          thread_title: string | null;
          cursor_at: string;
        }>
      >(
        `select e.*, fr.title as rule_title, coalesce(t.title, e.archived_title) as thread_title, ${cursorTimeSql('e.at')} as cursor_at
       from (select id, removed_at as at, 'removal' as action, rule, thread_id, thread_title as archived_title from removal_archive
             union all
             select id, restored_at as at, 'restore' as action, rule, thread_id, thread_title from removal_archive where restored_at is not null) e
       left join thread t on t.id = e.thread_id
       left join forum_rule fr on fr.number = e.rule and fr.published
       ${before ? 'where (e.at, e.id) < (?::timestamptz, ?::uuid)' : ''}
       order by e.at desc, e.id desc limit ?`,
        before ? [before.at, before.id, limit + 1] : [limit + 1],
      );
    const { page, nextCursor } = keysetPage(rows, limit);
    return {
      items: page.map((row) => ({
        at: iso(row.at),
        action: row.action,
        rule: Number(row.rule),
        ruleTitle: row.rule_title,
        threadId: row.thread_id,
        threadTitle: row.thread_title,
      })),
      nextCursor,
    };
  }

  private cursorOf(raw: string | undefined): { at: string; id: string } | null {
    if (raw === undefined) return null;
    const cursor = decodeKeysetCursor(raw);
    if (!cursor) throw moderationErrors.badCursor();
    return cursor;
  }

  private async lockPost(em: EntityManager, postId: string): Promise<LockedPost> {
    if (!isUuid(postId)) throw moderationErrors.notFound('No post has this id.');
    const [post] = await sqlIn<LockedPost>(
      em,
      `select p.id, p.thread_id, t.title as thread_title, a.alias as author_alias, p.body, p.status, p.created_at, p.quote_post_id
       from post p join thread t on t.id = p.thread_id left join account a on a.id = p.author_id
       where p.id = ? for update of p`,
      [postId],
    );
    if (!post) throw moderationErrors.notFound('No post has this id.');
    return post;
  }

  /** Changes only the status (never the body) and keeps the thread's published count in step. */
  private async setStatus(em: EntityManager, post: LockedPost, status: 'published' | 'removed'): Promise<void> {
    await sqlIn(em, 'update post set status = ? where id = ?', [status, post.id]);
    const delta = (status === 'published' ? 1 : 0) - (post.status === 'published' ? 1 : 0);
    if (delta !== 0)
      await sqlIn(em, 'update thread set post_count = greatest(post_count + ?, 0) where id = ?', [
        delta,
        post.thread_id,
      ]);
  }
}
