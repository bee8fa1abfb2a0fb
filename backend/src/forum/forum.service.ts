import { EntityManager } from '@mikro-orm/postgresql';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { activityCategory, LIMITS, LINK_RULE, type PostStatus } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';
import { toAliasKey } from '../accounts/alias';
import { ARTICLE_AUTHOR_SQL } from './article-discussion.service';
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
import { cursorTimeSql, decodeKeysetCursor, keysetPage, type KeysetCursor } from './forum-cursor';
import { linksAllowedAfter } from './forum-posting.rules';

interface ThreadRow {
  id: string;
  title: string;
  starter_alias: string | null;
  post_count: number;
  created_at: Date | string;
  last_activity_at: Date | string;
  locked: boolean;
  article_id: string | null;
  cursor_at: string;
}

interface PostRow {
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

const ACTIVITY_CACHE_MS = 60_000;
const ACTIVITY_CACHE_MAX = 10_000;

const iso = (value: Date | string): string => new Date(value).toISOString();

function toThreadSummary(row: ThreadRow): ThreadSummaryResponse {
  return {
    id: row.id,
    title: row.title,
    starterAlias: row.starter_alias,
    postCount: Number(row.post_count),
    createdAt: iso(row.created_at),
    lastActivityAt: iso(row.last_activity_at),
    locked: row.locked,
  };
}

function toPostResponse(row: PostRow, publishedByAuthor: Map<string, number>): PostResponse {
  return {
    id: row.id,
    threadId: row.thread_id,
    // The staff voice speaks as "Redaksjonen": the staff member's alias is not shown.
    authorAlias: row.staff_voice ? null : row.author_alias,
    authorActivity: row.author_id === null || row.staff_voice ? null : activityCategory(publishedByAuthor.get(row.author_id) ?? 0),
    createdAt: iso(row.created_at),
    // Hidden and removed posts never carry their text on a public path.
    body: row.status === 'published' ? row.body : null,
    status: row.status,
    quotePostId: row.quote_post_id,
    staffVoice: row.staff_voice,
    articleAuthor: row.article_author,
    removal:
      row.status === 'removed' && row.removal_rule !== null
        ? { rule: Number(row.removal_rule), ruleTitle: row.removal_rule_title, note: row.removal_note ?? '', removedAt: iso(row.removed_at ?? row.created_at) }
        : null,
  };
}

function badCursor(name: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `The ${name} is not valid: use the nextCursor of an earlier answer, or start again without one`,
    code: 'bad_cursor',
  });
}

function notFound(message: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message, code: 'not_found' });
}

const THREAD_COLUMNS = `t.id, t.title, a.alias as starter_alias, t.post_count, t.created_at, t.last_activity_at, t.locked,
  t.article_id, ${cursorTimeSql('t.last_activity_at')} as cursor_at`;

/** Public reads of the forum and the member's own forum standing. Writes come through sync push. */
@Injectable()
export class ForumService {
  private readonly activityCache = new Map<string, { count: number; until: number }>();

  constructor(private readonly em: EntityManager) {}

  private sql<T>(query: string, params: unknown[]): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(query, params);
  }

  /** Latest activity first, keyset on (last_activity_at, id). */
  async listThreads(query: ThreadListQuery): Promise<ThreadPageResponse> {
    const limit = query.limit ?? LIMITS.pageLimitDefault;
    const before = this.cursorOf(query.cursor, 'cursor');
    const rows = await this.sql<ThreadRow>(
      `select ${THREAD_COLUMNS} from thread t left join account a on a.id = t.author_id
       ${before ? 'where (t.last_activity_at, t.id) < (?::timestamptz, ?::uuid)' : ''}
       order by t.last_activity_at desc, t.id desc limit ?`,
      before ? [before.at, before.id, limit + 1] : [limit + 1],
    );
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
    if (!(await this.findThreadRow(threadId))) throw notFound('This thread does not exist (any more).');
    const rows = await this.sql<PostRow>(
      `select p.id, p.thread_id, p.author_id, a.alias as author_alias, p.created_at, p.body, p.status, p.quote_post_id,
         p.staff_voice, ${ARTICLE_AUTHOR_SQL} as article_author, r.rule as removal_rule, fr.title as removal_rule_title, r.note as removal_note, r.removed_at,
         ${cursorTimeSql('p.created_at')} as cursor_at
       from post p left join account a on a.id = p.author_id
         left join removal_archive r on p.status = 'removed' and r.post_id = p.id and r.restored_at is null
         left join forum_rule fr on fr.number = r.rule and fr.published
       where p.thread_id = ? ${after ? 'and (p.created_at, p.id) > (?::timestamptz, ?::uuid)' : ''}
       order by p.created_at, p.id limit ?`,
      after ? [threadId, after.at, after.id, limit + 1] : [threadId, limit + 1],
    );
    const { page, hasMore, lastCursor } = keysetPage(rows, limit);
    const published = await this.countPublishedByAuthor(page.map((row) => row.author_id));
    return {
      items: page.map((row) => toPostResponse(row, published)),
      nextCursor: lastCursor ?? query.after ?? null,
      hasMore,
    };
  }

  async getMemberProfile(alias: string): Promise<MemberProfileResponse> {
    const [row] = await this.sql<{ alias: string; created_at: Date | string; published: string }>(
      `select a.alias, a.created_at,
         (select count(*) from post p where p.author_id = a.id and p.status = 'published') as published
       from account a where a.alias_key = ?`,
      [toAliasKey(alias)],
    );
    if (!row) throw notFound('No member has this alias.');
    const postCount = Number(row.published);
    return { alias: row.alias, joinedAt: iso(row.created_at), postCount, activity: activityCategory(postCount) };
  }

  /** Records that the member read and accepted the six rules (a later acceptance moves the date). */
  async acceptForumRules(actor: Actor): Promise<ForumMembershipResponse> {
    await this.sql(
      `insert into forum_member (account_id, rules_accepted_at) values (?, ?)
       on conflict (account_id) do update set rules_accepted_at = excluded.rules_accepted_at`,
      [actor.accountId, new Date()],
    );
    return this.getForumMembership(actor);
  }

  async getForumMembership(actor: Actor, now = new Date()): Promise<ForumMembershipResponse> {
    const [row] = await this.sql<{ created_at: Date | string; rules_accepted_at: Date | string | null; published: string }>(
      `select a.created_at, m.rules_accepted_at,
         (select count(*) from post p where p.author_id = a.id and p.status = 'published') as published
       from account a left join forum_member m on m.account_id = a.id where a.id = ?`,
      [actor.accountId],
    );
    if (!row) throw notFound('This account no longer exists.');
    const publishedPosts = Number(row.published);
    const after = linksAllowedAfter(new Date(row.created_at));
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
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
    const [row] = await this.sql<ThreadRow>(
      `select ${THREAD_COLUMNS} from thread t left join account a on a.id = t.author_id where t.id = ?`,
      [id],
    );
    return row;
  }

  /**
   * Published posts per author, counted only up to 101 (enough for the category). Kept a minute
   * in this process: the category is a hint beside the alias, and counting it for every author
   * on every page costs more than the page itself.
   */
  private async countPublishedByAuthor(authorIds: Array<string | null>): Promise<Map<string, number>> {
    const now = Date.now();
    const counts = new Map<string, number>();
    const missing: string[] = [];
    for (const id of new Set(authorIds.filter((value): value is string => value !== null))) {
      const cached = this.activityCache.get(id);
      if (cached && cached.until > now) counts.set(id, cached.count);
      else missing.push(id);
    }
    if (missing.length === 0) return counts;
    const rows = await this.sql<{ author_id: string; n: string }>(
      `select ids.id as author_id,
         (select count(*) from (select 1 from post p where p.author_id = ids.id and p.status = 'published' limit 101) capped) as n
       from (values ${missing.map(() => '(?::uuid)').join(', ')}) as ids(id)`,
      missing,
    );
    if (this.activityCache.size > ACTIVITY_CACHE_MAX) this.activityCache.clear();
    for (const row of rows) {
      counts.set(row.author_id, Number(row.n));
      this.activityCache.set(row.author_id, { count: Number(row.n), until: now + ACTIVITY_CACHE_MS });
    }
    return counts;
  }
}
