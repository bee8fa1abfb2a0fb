import {
  compareResourceNames,
  type ArticleDto,
  type ForumRuleDto,
  type NewsLinkDto,
  type PageDto,
  type ResourceDto,
} from '@sexhandel/shared';
import { appDb, type AppDB } from './app-db.js';
import { registerPulledEntities } from './pull.js';

/** Reads of pulled content. Wrap them in a LiveQueryController so a page updates after a sync. */

registerPulledEntities(
  { entity: 'page', table: 'pages' },
  { entity: 'article', table: 'articles' },
  { entity: 'resource', table: 'resources' },
  { entity: 'newsLink', table: 'newsLinks' },
  { entity: 'forumRule', table: 'forumRules' },
);

export function listPages(db: AppDB = appDb): Promise<PageDto[]> {
  return db.pages.orderBy('position').toArray();
}

export async function getPage(slug: string, db: AppDB = appDb): Promise<PageDto | null> {
  return (await db.pages.where('slug').equals(slug).first()) ?? null;
}

/** Newest first. */
export function listArticles(db: AppDB = appDb): Promise<ArticleDto[]> {
  return db.articles.orderBy('publishedAt').reverse().toArray();
}

export interface ArticleWithNeighbours {
  article: ArticleDto;
  /** The article published just before this one. */
  previous: ArticleDto | null;
  /** The article published just after this one. */
  next: ArticleDto | null;
}

export async function getArticle(slug: string, db: AppDB = appDb): Promise<ArticleWithNeighbours | null> {
  const article = await db.articles.where('slug').equals(slug).first();
  if (!article) return null;
  const previous = await db.articles.where('publishedAt').below(article.publishedAt).reverse().first();
  const next = await db.articles.where('publishedAt').above(article.publishedAt).first();
  return { article, previous: previous ?? null, next: next ?? null };
}

/** Newest first. */
export function listNewsLinks(db: AppDB = appDb): Promise<NewsLinkDto[]> {
  return db.newsLinks.orderBy('date').reverse().toArray();
}

export async function listResources(db: AppDB = appDb): Promise<ResourceDto[]> {
  // Sorted here, not by the index: IndexedDB orders by code unit, which puts Å before Æ and Ø.
  return (await db.resources.toArray()).sort(compareResourceNames);
}

export function listForumRules(db: AppDB = appDb): Promise<ForumRuleDto[]> {
  return db.forumRules.orderBy('number').toArray();
}

/** The topics a server page listed, while the device has not yet pulled every article. */
export async function pendingArticleTopics(db: AppDB = appDb): Promise<string[]> {
  const stored = await db.getMeta('articleTopics');
  if (!stored) return [];
  try {
    const topics: unknown = JSON.parse(stored);
    return Array.isArray(topics) ? topics.filter((topic): topic is string => typeof topic === 'string') : [];
  } catch {
    return [];
  }
}

/** How many articles a server page's list held, and on which topic (null: all). */
export interface ArticleCount {
  topic: string | null;
  total: number;
}

/** The count a server page's list showed, while the device has not yet pulled every article. */
export async function pendingArticleCount(db: AppDB = appDb): Promise<ArticleCount | null> {
  const stored = await db.getMeta('articleCount');
  if (!stored) return null;
  try {
    const count = JSON.parse(stored) as Partial<ArticleCount> | null;
    if (!count || typeof count.total !== 'number' || (count.topic !== null && typeof count.topic !== 'string')) {
      return null;
    }
    return { topic: count.topic, total: count.total };
  } catch {
    return null;
  }
}
