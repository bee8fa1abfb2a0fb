import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { LIMITS } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FieldCipher } from '../crypto/field-cipher';
import { iso } from '../common/iso';
import { isUuid } from '../common/uuid-param';
import { ContentRepository } from '../content/content.repository';
import { decodeKeysetCursor, keysetPage } from '../forum/forum-cursor';
import type { FlagCreated } from '../forum/forum-hooks';
import { ForumRepository, type LockedPost } from '../forum/forum.repository';
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
import { moderationErrors } from './moderation-errors';
import { ModerationRepository } from './moderation.repository';
import { RemovalArchive } from './removal-archive.entity';

export const ARCHIVE_CONTEXT = 'moderation.archive';
const QUEUE_MAX = 200;

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
    private readonly moderation: ModerationRepository,
    private readonly forum: ForumRepository,
    private readonly content: ContentRepository,
  ) {}

  /** Flag listener (ForumHooks): hides a published post once enough distinct members flagged it. */
  async hideFlaggedPost({ em, postId }: FlagCreated): Promise<void> {
    if ((await this.moderation.countOpenFlags(em, postId)) < this.config.moderationHideAfterFlags) return;
    await this.forum.hidePublishedPost(em, postId);
  }

  /** Flagged published or hidden posts, one entry per post, oldest first flag first. */
  async listFlaggedPosts(rule?: number): Promise<FlagQueueResponse> {
    const posts = await this.moderation.listFlaggedPosts(rule, QUEUE_MAX);
    if (posts.length === 0) return { items: [] };
    const flags = await this.moderation.listOpenFlags(posts.map((post) => post.id));
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
      const dismissed = await this.moderation.dismissOpenFlags(em, postId, actor.accountId);
      if (dismissed === 0 && post.status !== 'hidden') {
        throw moderationErrors.conflict('This post has no open flags to dismiss.', 'no_open_flags');
      }
      if (post.status === 'hidden') await this.setStatus(em, post, 'published');
      this.audit.appendEntry(em, actor, 'flags.dismiss', { type: 'post', id: postId }, note?.trim() || null);
      await em.flush();
      return { postId, dismissedFlags: dismissed, status: 'published' };
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
      await this.moderation.markRestored(em, postId, new Date());
      await this.moderation.dismissOpenFlags(em, postId, actor.accountId);
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
    const ids = await this.moderation.listRemovalIds(before, limit + 1);
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
    const rows = await this.moderation.listModlog(before, limit + 1);
    const { page, nextCursor } = keysetPage(rows, limit);
    // The live thread title wins over the archived one; a rule's title only once it is published.
    const [threadTitles, ruleTitles] = await Promise.all([
      this.forum.threadTitles([...new Set(page.map((row) => row.thread_id))]),
      this.content.ruleTitles({ publishedOnly: true }),
    ]);
    return {
      items: page.map((row) => ({
        at: iso(row.at),
        action: row.action,
        rule: Number(row.rule),
        ruleTitle: ruleTitles.get(Number(row.rule)) ?? null,
        threadId: row.thread_id,
        threadTitle: threadTitles.get(row.thread_id) ?? row.archived_title,
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
    const post = await this.forum.lockPost(em, postId);
    if (!post) throw moderationErrors.notFound('No post has this id.');
    return post;
  }

  /** Changes only the status (never the body) and keeps the thread's published count in step. */
  private setStatus(em: EntityManager, post: LockedPost, status: 'published' | 'removed'): Promise<void> {
    return this.forum.setPostStatus(em, post, status);
  }
}
