import type { ArticleDto, ForumRuleDto, NewsLinkDto, PageDto, ResourceDto } from '@sexhandel/shared';
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

export function listResources(db: AppDB = appDb): Promise<ResourceDto[]> {
  return db.resources.orderBy('name').toArray();
}

export function listForumRules(db: AppDB = appDb): Promise<ForumRuleDto[]> {
  return db.forumRules.orderBy('number').toArray();
}
