import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { LIMITS } from '@sexhandel/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { postFingerprint } from './forum-text';
import { ForumRepository } from './forum.repository';
import { Post } from './post.entity';
import { Thread } from './thread.entity';

/** What the forum needs to know about an article to open its discussion. */
export interface DiscussedArticle {
  id: string;
  slug: string;
  title: string;
}

export interface ArticleDiscussion {
  threadId: string;
  /** Published posts in the thread, the opening post included. */
  postCount: number;
}

/**
 * Each published article has one forum thread, opened by the staff voice ("Redaksjonen": no
 * author account, staffVoice on its first post) with an absolute link back to the article (post bodies only link http(s) addresses). The content
 * module calls this inside its publish transaction.
 */
@Injectable()
export class ArticleDiscussionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly forum: ForumRepository,
  ) {}

  /** The thread of this article, opened now if it has none yet. */
  async ensureDiscussion(
    em: EntityManager,
    article: DiscussedArticle,
    now: Date = new Date(),
  ): Promise<ArticleDiscussion> {
    // Two publishes of one article at once must not open two threads: serialise them per article.
    await this.forum.lockArticleDiscussion(em, article.id);
    const existing = await em.findOne(Thread, { articleId: article.id });
    if (existing) return { threadId: existing.id, postCount: existing.postCount };
    const thread = new Thread(threadTitle(article.title), null, now);
    thread.articleId = article.id;
    thread.postCount = 1;
    const body = `Hva tenker du om artikkelen «${article.title}»? Les den her: ${this.config.publicUrl}/artikler/${encodeURIComponent(article.slug)}\n\nDel gjerne tanker og spørsmål, og husk forumreglene.`;
    const post = new Post({ thread, author: null, body, fingerprint: postFingerprint(body), createdAt: now });
    post.staffVoice = true;
    em.persist([thread, post]);
    await em.flush();
    return { threadId: thread.id, postCount: 1 };
  }

  /** Discussion threads of these articles, by article id. */
  async discussionsOf(em: EntityManager, articleIds: string[]): Promise<Map<string, ArticleDiscussion>> {
    const found = new Map<string, ArticleDiscussion>();
    if (articleIds.length === 0) return found;
    // Plain rows: a list of 50 articles would otherwise hydrate and track 50 thread entities.
    const threads: Array<Pick<Thread, 'id' | 'postCount' | 'articleId'>> = await em
      .createQueryBuilder(Thread)
      .select(['id', 'postCount', 'articleId'])
      .where({ articleId: { $in: articleIds } })
      .execute('all');
    for (const thread of threads) {
      if (thread.articleId) found.set(thread.articleId, { threadId: thread.id, postCount: thread.postCount });
    }
    return found;
  }

  /** A deleted article leaves its discussion as an ordinary thread. */
  async detachArticle(em: EntityManager, articleId: string): Promise<void> {
    await em.nativeUpdate(Thread, { articleId }, { articleId: null });
  }
}

function threadTitle(title: string): string {
  const full = `Diskusjon: ${title}`;
  return full.length <= LIMITS.threadTitleMax ? full : `${full.slice(0, LIMITS.threadTitleMax - 1)}…`;
}
