import { Inject, Injectable } from '@nestjs/common';
import { LIMITS, type ForumRuleDto, type PostDto } from '@sexhandel/shared';
import { isUuid } from '../common/uuid-param';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ForumService } from '../forum/forum.service';
import { ModerationService } from '../moderation/moderation.service';
import { SyncRepository } from '../sync/sync.repository';
import { forumView, modlogView, threadView } from './forum-views';
import { notFoundPage, page, summarise, type PublicPage } from './public-page';
import { rowOf, type Row } from './published-rows';

/** Threads and log entries per page: the app's first page (it fetches `pageLimitDefault`, then "show more"). */
const LIST_PAGE_SIZE = LIMITS.pageLimitDefault;

/**
 * A thread is shown whole, as the app shows it (frontend/src/data/forum.ts refreshThread: up to 50
 * pages of `pageLimitMax` posts); only a longer one continues on a later page (without JavaScript).
 */
const POST_PAGE_SIZE = LIMITS.pageLimitMax;
const MAX_POST_PAGES = 50;

/**
 * The forum's pages from the same public reads the API serves. `noindex` unless FORUM_INDEXING is
 * on. The forum's services throw 404 (no such thread) and 400 (a cursor this server never made).
 */
@Injectable()
export class ForumPages {
  constructor(
    private readonly forum: ForumService,
    private readonly moderation: ModerationService,
    private readonly sync: SyncRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether a path is one of the forum's pages (their ETag comes from their bytes). */
  static owns(path: string): boolean {
    return path === '/forum' || path.startsWith('/forum/traad/') || path === '/moderering-logg';
  }

  async render(path: string, query: URLSearchParams): Promise<PublicPage | null> {
    const noindex = !this.config.forumIndexing;
    const cursor = query.get('fra') ?? undefined;
    if (path === '/forum') {
      const threads = await this.forum.listThreads({ cursor, limit: LIST_PAGE_SIZE });
      return page({
        title: 'Forum',
        description: 'Et anonymt forum om kjøp av sex, moderert etter seks regler.',
        canonicalPath: '/forum',
        noindex,
        main: forumView(
          threads.items,
          threads.nextCursor ? `/forum?fra=${encodeURIComponent(threads.nextCursor)}` : null,
          !cursor,
        ),
      });
    }
    if (path === '/moderering-logg') {
      const [log, rules] = await Promise.all([
        this.moderation.listModlogEntries({ cursor, limit: LIST_PAGE_SIZE }),
        this.forumRules(),
      ]);
      return page({
        title: 'Moderasjonslogg',
        description: 'Når og etter hvilken regel moderatorene har fjernet innlegg i forumet.',
        canonicalPath: '/moderering-logg',
        noindex,
        main: modlogView(
          log.items,
          log.nextCursor ? `/moderering-logg?fra=${encodeURIComponent(log.nextCursor)}` : null,
          !cursor,
          rules.map((row) => row.data),
        ),
        changes: rules.map((row) => row.change),
      });
    }
    const thread = /^\/forum\/traad\/([^/]+)$/.exec(path);
    if (!thread) return null;
    const id = thread[1];
    if (!isUuid(id)) return notFoundPage();
    // The thread first: no such thread is a 404 whatever the cursor.
    const found = await this.forum.getThread(id);
    const [posts, rules] = await Promise.all([this.wholeThread(id, cursor), this.forumRules()]);
    const search = query.toString();
    const here = `${path}${search ? `?${search}` : ''}`;
    return page({
      title: found.title,
      description: summarise(posts.items.find((post) => post.body)?.body ?? found.title),
      canonicalPath: `/forum/traad/${id}`,
      noindex,
      ogType: 'article',
      main: threadView(found, posts.items, {
        laterHref: posts.later ? `/forum/traad/${id}?fra=${encodeURIComponent(posts.later)}` : null,
        isFirstPage: !cursor,
        rules: rules.map((row) => row.data),
        // As the app's loginHref: back here after signing in.
        loginHref: `/logg-inn?neste=${encodeURIComponent(here)}`,
      }),
      // The rules the reply composer shows: the app draws the same list from them at once.
      changes: rules.map((row) => row.change),
    });
  }

  /** The published forum rules in number order, as devices pull them. */
  private async forumRules(): Promise<Row<ForumRuleDto>[]> {
    const rows = (await this.sync.listPublished('forumRule')).map((row) => rowOf<ForumRuleDto>(row));
    return rows.sort((a, b) => a.data.number - b.data.number);
  }

  /** The thread's posts from `after` on, as many as the app loads; `later`: where the rest continues. */
  private async wholeThread(
    id: string,
    after: string | undefined,
  ): Promise<{ items: PostDto[]; later: string | null }> {
    const items: PostDto[] = [];
    let cursor = after;
    for (let page = 0; page < MAX_POST_PAGES; page += 1) {
      const answer = await this.forum.listPosts(id, { after: cursor, limit: POST_PAGE_SIZE });
      items.push(...answer.items);
      if (!answer.hasMore || !answer.nextCursor) return { items, later: null };
      cursor = answer.nextCursor;
    }
    return { items, later: cursor ?? null };
  }

  /** Every thread, latest activity first, for the sitemap (only asked when indexing is on). */
  async threadEntries(max: number): Promise<{ path: string; lastmod: string | null }[]> {
    const entries: { path: string; lastmod: string | null }[] = [];
    let cursor: string | undefined;
    do {
      const threads = await this.forum.listThreads({ cursor, limit: 100 });
      for (const thread of threads.items)
        entries.push({ path: `/forum/traad/${thread.id}`, lastmod: thread.lastActivityAt });
      cursor = threads.nextCursor ?? undefined;
    } while (cursor && entries.length < max);
    return entries;
  }
}
