import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '../common/uuid-param';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ForumService } from '../forum/forum.service';
import { ModerationService } from '../moderation/moderation.service';
import { forumView, modlogView, threadView } from './forum-views';
import { notFoundPage, page, summarise, type PublicPage } from './public-page';

/** Threads, posts and log entries per server-rendered page. */
const FORUM_PAGE_SIZE = 50;

/**
 * The forum's pages from the same public reads the API serves. `noindex` unless FORUM_INDEXING is
 * on. The forum's services throw 404 (no such thread) and 400 (a cursor this server never made).
 */
@Injectable()
export class ForumPages {
  constructor(
    private readonly forum: ForumService,
    private readonly moderation: ModerationService,
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
      const threads = await this.forum.listThreads({ cursor, limit: FORUM_PAGE_SIZE });
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
      const log = await this.moderation.listModlogEntries({ cursor, limit: FORUM_PAGE_SIZE });
      return page({
        title: 'Moderasjonslogg',
        description: 'Når og etter hvilken regel moderatorene har fjernet innlegg i forumet.',
        canonicalPath: '/moderering-logg',
        noindex,
        main: modlogView(
          log.items,
          log.nextCursor ? `/moderering-logg?fra=${encodeURIComponent(log.nextCursor)}` : null,
          !cursor,
        ),
      });
    }
    const thread = /^\/forum\/traad\/([^/]+)$/.exec(path);
    if (!thread) return null;
    const id = thread[1];
    if (!isUuid(id)) return notFoundPage();
    const [found, posts] = [
      await this.forum.getThread(id),
      await this.forum.listPosts(id, { after: cursor, limit: FORUM_PAGE_SIZE }),
    ];
    return page({
      title: found.title,
      description: summarise(posts.items.find((post) => post.body)?.body ?? found.title),
      canonicalPath: `/forum/traad/${id}`,
      noindex,
      ogType: 'article',
      main: threadView(
        found,
        posts.items,
        posts.hasMore && posts.nextCursor ? `/forum/traad/${id}?fra=${encodeURIComponent(posts.nextCursor)}` : null,
        !cursor,
      ),
    });
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
