import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
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
  withoutPostCount,
} from './content.mappers';
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
import { apiError, notFound } from '../common/api-error';

/** Each content kind's input, by name. */
export interface ContentKindInputs {
  page: PageInput;
  article: ArticleInput;
  newsLink: NewsLinkInput;
  resource: ResourceInput;
  pressMention: PressMentionInput;
  forumRule: ForumRuleInput;
}

/** Each content kind's row, by name. */
export interface ContentKindRows {
  page: Page;
  article: Article;
  newsLink: NewsLink;
  resource: Resource;
  pressMention: PressMention;
  forumRule: ForumRule;
}

export type ContentKindName = keyof ContentKindInputs;
type ContentKinds = { [K in ContentKindName]: ContentKind<ContentKindRows[K], ContentKindInputs[K]> };

/** The columns of the public article list (no body). */
const ARTICLE_SUMMARY_FIELDS = [
  'id',
  'slug',
  'title',
  'lead',
  'authorName',
  'authorRole',
  'tags',
  'readingMinutes',
  'authorAccount',
  'published',
  'publishedAt',
  'createdAt',
  'updatedAt',
] as const;
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
  /** Every content kind by name: the rules of each live in kinds/, the writes in ContentWriter. */
  private readonly kinds: ContentKinds;

  constructor(
    private readonly em: EntityManager,
    private readonly writer: ContentWriter,
    private readonly discussion: ArticleDiscussionService,
  ) {
    this.kinds = {
      page: PAGE_KIND,
      article: articleKind(discussion),
      newsLink: NEWS_LINK_KIND,
      resource: RESOURCE_KIND,
      pressMention: PRESS_MENTION_KIND,
      forumRule: FORUM_RULE_KIND,
    };
  }

  /** A new row of this kind (a draft unless `published`), with its sync change. */
  create<K extends ContentKindName>(kind: K, input: ContentKindInputs[K]): Promise<ContentKindRows[K]> {
    return this.writer.create(this.kinds[kind] as ContentKinds[K], input) as Promise<ContentKindRows[K]>;
  }

  update<K extends ContentKindName>(
    kind: K,
    id: string,
    patch: Partial<ContentKindInputs[K]>,
  ): Promise<ContentKindRows[K]> {
    return this.writer.update(this.kinds[kind] as ContentKinds[K], id, patch) as Promise<ContentKindRows[K]>;
  }

  setPublished<K extends ContentKindName>(kind: K, id: string, published: boolean): Promise<ContentKindRows[K]> {
    return this.writer.setPublished(this.kinds[kind] as ContentKinds[K], id, published) as Promise<ContentKindRows[K]>;
  }

  async remove<K extends ContentKindName>(kind: K, id: string): Promise<void> {
    await this.writer.remove(this.kinds[kind] as ContentKinds[K], id);
  }

  // ---- public reads: published rows only ----

  /** Newest first, keyset-paginated on (publishedAt, id) so pages stay stable while articles are added. */
  async listArticles(query: ArticleListQuery): Promise<ArticlePageDto> {
    const limit = query.limit ?? LIMITS.pageLimitDefault;
    if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.pageLimitMax) {
      throw apiError(
        HttpStatus.BAD_REQUEST,
        'bad_limit',
        `limit must be a whole number from 1 to ${LIMITS.pageLimitMax}`,
      );
    }
    const after = query.cursor === undefined ? null : decodeArticleCursor(query.cursor);
    if (query.cursor !== undefined && !after) {
      throw apiError(
        HttpStatus.BAD_REQUEST,
        'bad_cursor',
        'The cursor is not valid: use the nextCursor of an earlier answer, or start again without one',
      );
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
    return {
      items: items.map((item) => withoutPostCount(toArticleSummaryDto(item, discussions.get(item.id)))),
      nextCursor,
    };
  }

  async getArticle(slug: string): Promise<ArticleDto> {
    const article = await this.em.findOne(Article, { slug, published: true });
    if (!article) throw notFound('No published article has this address');
    const discussions = await this.discussion.discussionsOf(this.em, [article.id]);
    return withoutPostCount(toArticleDto(article, discussions.get(article.id)));
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
