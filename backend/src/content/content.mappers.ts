import type {
  ArticleDto,
  ArticleSummaryDto,
  ForumRuleDto,
  NewsLinkDto,
  PageDto,
  PressMentionDto,
  ResourceDto,
} from '@sexhandel/shared';
import type { ArticleDiscussion } from '../forum/article-discussion.service';
import type { Article } from './article.entity';
import type { ForumRule } from './forum-rule.entity';
import type { NewsLink } from './news-link.entity';
import type { Page } from './page.entity';
import type { PressMention } from './press-mention.entity';
import type { Resource } from './resource.entity';

/**
 * Entity → published shape. The read endpoints and the sync stream use these same functions, so
 * a device holds exactly what the API would answer.
 */
export function toPageDto(page: Page): PageDto {
  return {
    id: page.id,
    slug: page.slug,
    title: page.title,
    lead: page.lead,
    html: page.html,
    position: page.position,
    updatedAt: page.updatedAt.toISOString(),
  };
}

/** What the article list reads of an article (plain row or entity). */
export type ArticleSummarySource = Pick<
  Article,
  | 'id'
  | 'slug'
  | 'title'
  | 'lead'
  | 'authorName'
  | 'authorRole'
  | 'tags'
  | 'readingMinutes'
  | 'publishedAt'
  | 'createdAt'
>;

/** `discussion`: the article's forum thread, when it has one. */
export function toArticleSummaryDto(article: ArticleSummarySource, discussion?: ArticleDiscussion): ArticleSummaryDto {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    lead: article.lead,
    authorName: article.authorName,
    authorRole: article.authorRole,
    tags: [...article.tags],
    // Only published articles are mapped, and publishing always sets the date.
    publishedAt: (article.publishedAt ?? article.createdAt).toISOString(),
    readingMinutes: article.readingMinutes,
    discussionThreadId: discussion?.threadId ?? null,
    discussionPostCount: discussion?.postCount ?? 0,
  };
}

/**
 * The public API's copy of an article: its thread without the thread's post count. The count changes
 * with every forum post, these answers are cached by the content sequence (response-cache/), and the
 * thread's own route (GET /api/threads/:id, never cached) has it. Pulled copies keep theirs.
 */
export function withoutPostCount<T extends ArticleSummaryDto>(article: T): T {
  const { discussionPostCount: _count, ...rest } = article;
  return rest as T;
}

export function toArticleDto(article: Article, discussion?: ArticleDiscussion): ArticleDto {
  return {
    ...toArticleSummaryDto(article, discussion),
    html: article.html,
    updatedAt: article.updatedAt.toISOString(),
  };
}

export function toNewsLinkDto(link: NewsLink): NewsLinkDto {
  return {
    id: link.id,
    title: link.title,
    url: link.url,
    source: link.source,
    date: link.date,
    comment: link.comment,
  };
}

export function toResourceDto(resource: Resource): ResourceDto {
  return {
    id: resource.id,
    kind: resource.kind,
    name: resource.name,
    url: resource.url,
    phone: resource.phone,
    phoneNumber: resource.phoneNumber,
    description: resource.description,
  };
}

export function toForumRuleDto(rule: ForumRule): ForumRuleDto {
  return { id: rule.id, number: rule.number, title: rule.title, text: rule.text };
}

export function toPressMentionDto(mention: PressMention): PressMentionDto {
  return { id: mention.id, outlet: mention.outlet, date: mention.date, title: mention.title, url: mention.url };
}
