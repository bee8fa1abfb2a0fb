import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { apiError, notFound } from '../common/api-error';
import { LIMITS, LINK_RULE } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';
import { toAliasKey } from '../accounts/alias';
import { iso } from '../common/iso';
import { isUuid } from '../common/uuid-param';
import type { PostListQuery, ThreadListQuery } from './dto/forum.queries';
import type {
  ForumMembershipResponse,
  MemberProfileResponse,
  PostPageResponse,
  PostResponse,
  ThreadPageResponse,
  ThreadResponse,
  ThreadSummaryResponse,
} from './dto/forum.responses';
import { decodeKeysetCursor, keysetPage, type KeysetCursor } from './forum-cursor';
import { linksAllowedAfter } from './forum-posting.rules';
import { ForumRepository, type PostRow, type ThreadRow } from './forum.repository';

function toThreadSummary(row: ThreadRow): ThreadSummaryResponse {
  return {
    id: row.id,
    title: row.title,
    // An article discussion, or a thread a staff member started as "Redaksjonen": no alias shown.
    starterAlias: row.starter_staff_voice ? null : row.starter_alias,
    starterStaffVoice: row.starter_staff_voice,
    postCount: Number(row.post_count),
    createdAt: iso(row.created_at),
    lastActivityAt: iso(row.last_activity_at),
    locked: row.locked,
  };
}

function toPostResponse(row: PostRow): PostResponse {
  return {
    id: row.id,
    threadId: row.thread_id,
    // The staff voice speaks as "Redaksjonen": the staff member's alias is not shown.
    authorAlias: row.staff_voice ? null : row.author_alias,
    createdAt: iso(row.created_at),
    // Hidden and removed posts never carry their text on a public path.
    body: row.status === 'published' ? row.body : null,
    status: row.status,
    quotePostId: row.quote_post_id,
    staffVoice: row.staff_voice,
    articleAuthor: row.article_author,
    removal:
      row.status === 'removed' && row.removal_rule !== null
        ? {
            rule: Number(row.removal_rule),
            ruleTitle: row.removal_rule_title,
            note: row.removal_note ?? '',
            removedAt: iso(row.removed_at ?? row.created_at),
          }
        : null,
  };
}

function badCursor(name: string): HttpException {
  return apiError(
    HttpStatus.BAD_REQUEST,
    'bad_cursor',
    `The ${name} is not valid: use the nextCursor of an earlier answer, or start again without one`,
  );
}

/** Public reads of the forum and the member's own forum standing. Writes come through sync push. */
@Injectable()
export class ForumService {
  constructor(private readonly forum: ForumRepository) {}

  /** Latest activity first, keyset on (last_activity_at, id). */
  async listThreads(query: ThreadListQuery): Promise<ThreadPageResponse> {
    const limit = query.limit ?? LIMITS.pageLimitDefault;
    const before = this.cursorOf(query.cursor, 'cursor');
    const rows = await this.forum.listThreads(before, limit + 1);
    const { page, nextCursor } = keysetPage(rows, limit);
    return { items: page.map(toThreadSummary), nextCursor };
  }

  async getThread(id: string): Promise<ThreadResponse> {
    const row = await this.findThreadRow(id);
    if (!row) throw notFound('This thread does not exist (any more).');
    return { ...toThreadSummary(row), articleId: row.article_id };
  }

  /** Oldest first, keyset on (created_at, id): new posts only ever land after the cursor. */
  async listPosts(threadId: string, query: PostListQuery): Promise<PostPageResponse> {
    const limit = query.limit ?? LIMITS.pageLimitDefault;
    const after = this.cursorOf(query.after, 'after cursor');
    // A malformed id cannot name a thread: answer 404 rather than let the uuid cast fail.
    const rows = isUuid(threadId) ? await this.forum.listPosts(threadId, after, limit + 1) : undefined;
    if (!rows) throw notFound('This thread does not exist (any more).');
    const { page, hasMore, lastCursor } = keysetPage(rows, limit);
    return {
      items: page.map((row) => toPostResponse(row)),
      nextCursor: lastCursor ?? query.after ?? null,
      hasMore,
    };
  }

  async getMemberProfile(alias: string): Promise<MemberProfileResponse> {
    const row = await this.forum.findMemberProfile(toAliasKey(alias));
    if (!row) throw notFound('No member has this alias.');
    const postCount = Number(row.published);
    return { alias: row.alias, joinedAt: iso(row.joined_at), postCount };
  }

  /** Records that the member read and accepted the six rules (a later acceptance moves the date). */
  async acceptForumRules(actor: Actor): Promise<ForumMembershipResponse> {
    await this.forum.acceptRules(actor.accountId, new Date());
    return this.getForumMembership(actor);
  }

  async getForumMembership(actor: Actor, now = new Date()): Promise<ForumMembershipResponse> {
    const row = await this.forum.findStanding(actor.accountId);
    if (!row) throw notFound('This account no longer exists.');
    const publishedPosts = Number(row.published);
    const after = linksAllowedAfter(new Date(row.joined_at));
    return {
      rulesAcceptedAt: row.rules_accepted_at === null ? null : iso(row.rules_accepted_at),
      publishedPosts,
      linksAllowed: publishedPosts >= LINK_RULE.minPublishedPosts && after <= now,
      linksAllowedAfter: after.toISOString(),
    };
  }

  private cursorOf(raw: string | undefined, name: string): KeysetCursor | null {
    if (raw === undefined) return null;
    const cursor = decodeKeysetCursor(raw);
    if (!cursor) throw badCursor(name);
    return cursor;
  }

  private async findThreadRow(id: string): Promise<ThreadRow | undefined> {
    // A malformed id cannot name a thread: answer 404 rather than let the uuid cast fail.
    if (!isUuid(id)) return undefined;
    return this.forum.findThread(id);
  }
}
