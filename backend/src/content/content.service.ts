import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadRequestException, Injectable } from '@nestjs/common';
import {
  LIMITS,
  RESOURCE_KINDS,
  type ArticleDto,
  type ArticlePageDto,
  type ForumRuleDto,
  type NewsLinkDto,
  type PageDto,
  type PressMentionDto,
  type ResourceDto,
} from '@sexhandel/shared';
import { ArticleDiscussionService } from '../forum/article-discussion.service';
import { decodeArticleCursor, encodeArticleCursor } from './article-cursor';
import { Article } from './article.entity';
import { ContentWriter, type ContentKind } from './content-writer';
import type {
  ArticleInput,
  ForumRuleInput,
  NewsLinkInput,
  PageInput,
  PressMentionInput,
  ResourceInput,
} from './content.inputs';
import {
  toArticleDto,
  toArticleSummaryDto,
  toForumRuleDto,
  toNewsLinkDto,
  toPageDto,
  toPressMentionDto,
  toResourceDto,
} from './content.mappers';
import { notFound } from './content.rules';
import { ForumRule } from './forum-rule.entity';
import { articleKind } from './kinds/article.kind';
import { FORUM_RULE_KIND } from './kinds/forum-rule.kind';
import { NEWS_LINK_KIND } from './kinds/news-link.kind';
import { PAGE_KIND } from './kinds/page.kind';
import { PRESS_MENTION_KIND } from './kinds/press-mention.kind';
import { RESOURCE_KIND } from './kinds/resource.kind';
import { NewsLink } from './news-link.entity';
import { Page } from './page.entity';
import { PressMention } from './press-mention.entity';
import { Resource } from './resource.entity';

/** The columns of the public article list (no body). */
const ARTICLE_SUMMARY_FIELDS = ['id', 'slug', 'title', 'lead', 'authorName', 'authorRole', 'tags', 'readingMinutes', 'authorAccount', 'published', 'publishedAt', 'createdAt', 'updatedAt'] as const;
type ArticleSummaryRow = Pick<Article, Exclude<(typeof ARTICLE_SUMMARY_FIELDS)[number], 'authorAccount'>>;

const NEWS_LIST_MAX = 100;

export interface ArticleListQuery {
  cursor?: string;
  limit?: number;
  tag?: string;
}

/**
 * Published content: the writes (used by the seeder and the editor endpoints) and the public reads.
 * The rules of each content type live in kinds/; ContentWriter runs every write in one transaction
 * with its sync change.
 */
@Injectable()
export class ContentService {
  private readonly article: ContentKind<Article, ArticleInput>;

  constructor(
    private readonly em: EntityManager,
    private readonly writer: ContentWriter,
    private readonly discussion: ArticleDiscussionService,
  ) {
    this.article = articleKind(discussion);
  }

  // ---- pages ----

  async createPage(input: PageInput): Promise<Page> {
    return this.writer.create(PAGE_KIND, input);
  }

  async updatePage(id: string, patch: Partial<PageInput>): Promise<Page> {
    return this.writer.update(PAGE_KIND, id, patch);
  }

  async publishPage(id: string): Promise<Page> {
    return this.writer.setPublished(PAGE_KIND, id, true);
  }

  async unpublishPage(id: string): Promise<Page> {
    return this.writer.setPublished(PAGE_KIND, id, false);
  }

  async deletePage(id: string): Promise<void> {
    await this.writer.remove(PAGE_KIND, id);
  }

  // ---- articles ----

  async createArticle(input: ArticleInput): Promise<Article> {
    return this.writer.create(this.article, input);
  }

  async updateArticle(id: string, patch: Partial<ArticleInput>): Promise<Article> {
    return this.writer.update(this.article, id, patch);
  }

  async publishArticle(id: string): Promise<Article> {
    return this.writer.setPublished(this.article, id, true);
  }

  async unpublishArticle(id: string): Promise<Article> {
    return this.writer.setPublished(this.article, id, false);
  }

  async deleteArticle(id: string): Promise<void> {
    await this.writer.remove(this.article, id);
  }

  // ---- news links ----

  async createNewsLink(input: NewsLinkInput): Promise<NewsLink> {
    return this.writer.create(NEWS_LINK_KIND, input);
  }

  async updateNewsLink(id: string, patch: Partial<NewsLinkInput>): Promise<NewsLink> {
    return this.writer.update(NEWS_LINK_KIND, id, patch);
  }

  async publishNewsLink(id: string): Promise<NewsLink> {
    return this.writer.setPublished(NEWS_LINK_KIND, id, true);
  }

  async unpublishNewsLink(id: string): Promise<NewsLink> {
    return this.writer.setPublished(NEWS_LINK_KIND, id, false);
  }

  async deleteNewsLink(id: string): Promise<void> {
    await this.writer.remove(NEWS_LINK_KIND, id);
  }

  // ---- resources ----

  async createResource(input: ResourceInput): Promise<Resource> {
    return this.writer.create(RESOURCE_KIND, input);
  }

  async updateResource(id: string, patch: Partial<ResourceInput>): Promise<Resource> {
    return this.writer.update(RESOURCE_KIND, id, patch);
  }

  async publishResource(id: string): Promise<Resource> {
    return this.writer.setPublished(RESOURCE_KIND, id, true);
  }

  async unpublishResource(id: string): Promise<Resource> {
    return this.writer.setPublished(RESOURCE_KIND, id, false);
  }

  async deleteResource(id: string): Promise<void> {
    await this.writer.remove(RESOURCE_KIND, id);
  }

  // ---- press mentions ----

  async createPressMention(input: PressMentionInput): Promise<PressMention> {
    return this.writer.create(PRESS_MENTION_KIND, input);
  }

  async updatePressMention(id: string, patch: Partial<PressMentionInput>): Promise<PressMention> {
    return this.writer.update(PRESS_MENTION_KIND, id, patch);
  }

  async publishPressMention(id: string): Promise<PressMention> {
    return this.writer.setPublished(PRESS_MENTION_KIND, id, true);
  }

  async unpublishPressMention(id: string): Promise<PressMention> {
    return this.writer.setPublished(PRESS_MENTION_KIND, id, false);
  }

  async deletePressMention(id: string): Promise<void> {
    await this.writer.remove(PRESS_MENTION_KIND, id);
  }

  // ---- forum rules ----

  async createForumRule(input: ForumRuleInput): Promise<ForumRule> {
    return this.writer.create(FORUM_RULE_KIND, input);
  }

  async updateForumRule(id: string, patch: Partial<ForumRuleInput>): Promise<ForumRule> {
    return this.writer.update(FORUM_RULE_KIND, id, patch);
  }

  async publishForumRule(id: string): Promise<ForumRule> {
    return this.writer.setPublished(FORUM_RULE_KIND, id, true);
  }

  async unpublishForumRule(id: string): Promise<ForumRule> {
    return this.writer.setPublished(FORUM_RULE_KIND, id, false);
  }

  async deleteForumRule(id: string): Promise<void> {
    await this.writer.remove(FORUM_RULE_KIND, id);
  }

  // ---- public reads: published rows only ----

  /** Newest first, keyset-paginated on (publishedAt, id) so pages stay stable while articles are added. */
  async listArticles(query: ArticleListQuery): Promise<ArticlePageDto> {
    const limit = query.limit ?? LIMITS.pageLimitDefault;
    if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.pageLimitMax) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: `limit must be a whole number from 1 to ${LIMITS.pageLimitMax}`,
        code: 'bad_limit',
      });
    }
    const after = query.cursor === undefined ? null : decodeArticleCursor(query.cursor);
    if (query.cursor !== undefined && !after) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The cursor is not valid: use the nextCursor of an earlier answer, or start again without one',
        code: 'bad_cursor',
      });
    }
    const where: FilterQuery<Article> = {
      published: true,
      ...(query.tag ? { tags: { $contains: [query.tag] } } : {}),
      ...(after
        ? {
            $or: [
              { publishedAt: { $lt: after.publishedAt } },
              { publishedAt: after.publishedAt, id: { $lt: after.id } },
            ],
          }
        : {}),
    };
    // The list shows no body: leaving markdown and html (several KB per article) in the database
    // made this the slowest public read. Plain rows, not entities: hydrating 51 managed entities
    // per request cost more CPU than the rest of the request.
    const rows: ArticleSummaryRow[] = await this.em
      .createQueryBuilder(Article)
      .select([...ARTICLE_SUMMARY_FIELDS])
      .where(where)
      .orderBy([{ publishedAt: 'desc' }, { id: 'desc' }])
      .limit(limit + 1)
      .execute('all');
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const nextCursor = rows.length > limit && last?.publishedAt ? encodeArticleCursor(last.publishedAt, last.id) : null;
    const discussions = await this.discussion.discussionsOf(
      this.em,
      items.map((item) => item.id),
    );
    return { items: items.map((item) => toArticleSummaryDto(item, discussions.get(item.id))), nextCursor };
  }

  async getArticle(slug: string): Promise<ArticleDto> {
    const article = await this.em.findOne(Article, { slug, published: true });
    if (!article) throw notFound('No published article has this address');
    const discussions = await this.discussion.discussionsOf(this.em, [article.id]);
    return toArticleDto(article, discussions.get(article.id));
  }

  async listPages(): Promise<PageDto[]> {
    const pages = await this.em.find(Page, { published: true }, { orderBy: [{ position: 'asc' }, { slug: 'asc' }] });
    return pages.map(toPageDto);
  }

  async getPage(slug: string): Promise<PageDto> {
    const page = await this.em.findOne(Page, { slug, published: true });
    if (!page) throw notFound('No published information page has this address');
    return toPageDto(page);
  }

  /** Grouped by kind in the order of RESOURCE_KINDS, then by name. */
  async listResources(): Promise<ResourceDto[]> {
    const resources = await this.em.find(Resource, { published: true }, { orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    const kindOrder = (kind: string) => RESOURCE_KINDS.findIndex((known) => known === kind);
    return resources.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind)).map(toResourceDto);
  }

  /** The newest news links, at most NEWS_LIST_MAX. */
  async listNewsLinks(): Promise<NewsLinkDto[]> {
    const links = await this.em.find(
      NewsLink,
      { published: true },
      { orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }], limit: NEWS_LIST_MAX },
    );
    return links.map(toNewsLinkDto);
  }

  /** Published press mentions, newest first. */
  async listPressMentions(): Promise<PressMentionDto[]> {
    const mentions = await this.em.find(
      PressMention,
      { published: true },
      { orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }], limit: NEWS_LIST_MAX },
    );
    return mentions.map(toPressMentionDto);
  }

  async listForumRules(): Promise<ForumRuleDto[]> {
    const rules = await this.em.find(ForumRule, { published: true }, { orderBy: { number: 'asc' } });
    return rules.map(toForumRuleDto);
  }
}
