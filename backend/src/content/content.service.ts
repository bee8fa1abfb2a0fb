import { UniqueConstraintViolationException, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  FORUM_RULE_NUMBERS,
  isForumRuleNumber,
  LIMITS,
  RESOURCE_KINDS,
  UUID_PATTERN,
  type ArticleDto,
  type ArticlePageDto,
  type ForumRuleDto,
  type NewsLinkDto,
  type PageDto,
  type PressMentionDto,
  type ResourceDto,
  type SyncEntity,
} from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import { ArticleDiscussionService, type ArticleDiscussion } from '../forum/article-discussion.service';
import { SyncChangeRecorder } from '../sync/sync-change.recorder';
import { Article } from './article.entity';
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
import { decodeArticleCursor, encodeArticleCursor } from './article-cursor';
import { ForumRule } from './forum-rule.entity';
import { readingMinutes, renderMarkdown } from './markdown.renderer';
import { NewsLink } from './news-link.entity';
import { Page } from './page.entity';
import { PressMention } from './press-mention.entity';
import { Resource } from './resource.entity';

interface Publishable {
  id: string;
  published: boolean;
  updatedAt: Date;
}

/** How one content type reaches the sync stream. */
interface ContentKind<T extends Publishable> {
  entity: SyncEntity;
  cls: EntityClass<T>;
  toDto: (row: T) => object;
  /** For messages: "No page with this id". */
  noun: string;
}

const PAGE: ContentKind<Page> = { entity: 'page', cls: Page, toDto: toPageDto, noun: 'page' };
const ARTICLE: ContentKind<Article> = { entity: 'article', cls: Article, toDto: toArticleDto, noun: 'article' };
const NEWS_LINK: ContentKind<NewsLink> = { entity: 'newsLink', cls: NewsLink, toDto: toNewsLinkDto, noun: 'news link' };
const RESOURCE: ContentKind<Resource> = { entity: 'resource', cls: Resource, toDto: toResourceDto, noun: 'resource' };
const PRESS_MENTION: ContentKind<PressMention> = {
  entity: 'pressMention',
  cls: PressMention,
  toDto: toPressMentionDto,
  noun: 'press mention',
};
const FORUM_RULE: ContentKind<ForumRule> = {
  entity: 'forumRule',
  cls: ForumRule,
  toDto: toForumRuleDto,
  noun: 'forum rule',
};

const SLUG_PATTERN = /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const NEWS_LIST_MAX = 100;

export interface ArticleListQuery {
  cursor?: string;
  limit?: number;
  tag?: string;
}

/**
 * Published content: the write rules (used by the seeder and the editor endpoints) and the public
 * reads. Every write runs in one transaction with its sync change, so what devices pull is always
 * what was committed: published rows as `upsert` with the public DTO, unpublished or deleted rows
 * as `delete`.
 */
@Injectable()
export class ContentService {
  constructor(
    private readonly em: EntityManager,
    private readonly recorder: SyncChangeRecorder,
    private readonly discussion: ArticleDiscussionService,
  ) {}

  // ---- pages ----

  async createPage(input: PageInput): Promise<Page> {
    return this.write(async (em) => {
      assertSlug(input.slug);
      await this.assertSlugFree(em, Page, input.slug, null);
      const page = new Page(
        input.slug,
        input.title,
        input.lead,
        input.markdown,
        renderMarkdown(input.markdown),
        input.position,
      );
      page.published = input.published ?? false;
      return this.save(em, PAGE, page, false);
    }, 'page');
  }

  async updatePage(id: string, patch: Partial<PageInput>): Promise<Page> {
    return this.write(async (em) => {
      const page = await this.findRow(em, PAGE, id);
      const wasPublished = page.published;
      if (patch.slug !== undefined && patch.slug !== page.slug) {
        assertSlug(patch.slug);
        await this.assertSlugFree(em, Page, patch.slug, page.id);
        page.slug = patch.slug;
      }
      if (patch.title !== undefined) page.title = patch.title;
      if (patch.lead !== undefined) page.lead = patch.lead;
      if (patch.position !== undefined) page.position = patch.position;
      if (patch.markdown !== undefined) {
        page.markdown = patch.markdown;
        page.html = renderMarkdown(patch.markdown);
      }
      if (patch.published !== undefined) page.published = patch.published;
      return this.save(em, PAGE, page, wasPublished);
    }, 'page');
  }

  async publishPage(id: string): Promise<Page> {
    return this.updatePage(id, { published: true });
  }

  async unpublishPage(id: string): Promise<Page> {
    return this.updatePage(id, { published: false });
  }

  async deletePage(id: string): Promise<void> {
    await this.deleteRow(PAGE, id);
  }

  // ---- articles ----

  async createArticle(input: ArticleInput): Promise<Article> {
    return this.write(async (em) => {
      assertSlug(input.slug);
      await this.assertSlugFree(em, Article, input.slug, null);
      const article = new Article(
        input.slug,
        input.title,
        input.lead,
        input.markdown,
        renderMarkdown(input.markdown),
        input.authorName,
        input.authorRole,
        normaliseTags(input.tags),
        readingMinutes(input.markdown),
      );
      article.publishedAt = input.publishedAt ?? null;
      if (input.authorAccountId !== undefined) article.authorAccount = await findAuthorAccount(em, input.authorAccountId);
      setArticlePublished(article, input.published ?? false);
      return this.saveArticle(em, article, false);
    }, 'article');
  }

  async updateArticle(id: string, patch: Partial<ArticleInput>): Promise<Article> {
    return this.write(async (em) => {
      const article = await this.findRow(em, ARTICLE, id);
      const wasPublished = article.published;
      if (patch.slug !== undefined && patch.slug !== article.slug) {
        assertSlug(patch.slug);
        await this.assertSlugFree(em, Article, patch.slug, article.id);
        article.slug = patch.slug;
      }
      if (patch.title !== undefined) article.title = patch.title;
      if (patch.lead !== undefined) article.lead = patch.lead;
      if (patch.authorName !== undefined) article.authorName = patch.authorName;
      if (patch.authorRole !== undefined) article.authorRole = patch.authorRole;
      if (patch.tags !== undefined) article.tags = normaliseTags(patch.tags);
      if (patch.publishedAt !== undefined) article.publishedAt = patch.publishedAt;
      if (patch.authorAccountId !== undefined) article.authorAccount = await findAuthorAccount(em, patch.authorAccountId);
      if (patch.markdown !== undefined) {
        article.markdown = patch.markdown;
        article.html = renderMarkdown(patch.markdown);
        article.readingMinutes = readingMinutes(patch.markdown);
      }
      if (patch.published !== undefined) setArticlePublished(article, patch.published);
      return this.saveArticle(em, article, wasPublished);
    }, 'article');
  }

  async publishArticle(id: string): Promise<Article> {
    return this.updateArticle(id, { published: true });
  }

  async unpublishArticle(id: string): Promise<Article> {
    return this.updateArticle(id, { published: false });
  }

  async deleteArticle(id: string): Promise<void> {
    await this.deleteRow(ARTICLE, id, (em) => this.discussion.detachArticle(em, id));
  }

  // ---- news links ----

  async createNewsLink(input: NewsLinkInput): Promise<NewsLink> {
    return this.write(async (em) => {
      assertHttpUrl(input.url);
      assertDay(input.date);
      const link = new NewsLink(input.title, input.url, input.source, input.date, input.comment);
      link.published = input.published ?? false;
      return this.save(em, NEWS_LINK, link, false);
    });
  }

  async updateNewsLink(id: string, patch: Partial<NewsLinkInput>): Promise<NewsLink> {
    return this.write(async (em) => {
      const link = await this.findRow(em, NEWS_LINK, id);
      const wasPublished = link.published;
      if (patch.url !== undefined) {
        assertHttpUrl(patch.url);
        link.url = patch.url;
      }
      if (patch.date !== undefined) {
        assertDay(patch.date);
        link.date = patch.date;
      }
      if (patch.title !== undefined) link.title = patch.title;
      if (patch.source !== undefined) link.source = patch.source;
      if (patch.comment !== undefined) link.comment = patch.comment;
      if (patch.published !== undefined) link.published = patch.published;
      return this.save(em, NEWS_LINK, link, wasPublished);
    });
  }

  async publishNewsLink(id: string): Promise<NewsLink> {
    return this.updateNewsLink(id, { published: true });
  }

  async unpublishNewsLink(id: string): Promise<NewsLink> {
    return this.updateNewsLink(id, { published: false });
  }

  async deleteNewsLink(id: string): Promise<void> {
    await this.deleteRow(NEWS_LINK, id);
  }

  // ---- resources ----

  async createResource(input: ResourceInput): Promise<Resource> {
    return this.write(async (em) => {
      assertResourceKind(input.kind);
      if (input.url !== null) assertHttpUrl(input.url);
      const resource = new Resource(input.kind, input.name, input.url, input.phone, input.description);
      resource.published = input.published ?? false;
      return this.save(em, RESOURCE, resource, false);
    });
  }

  async updateResource(id: string, patch: Partial<ResourceInput>): Promise<Resource> {
    return this.write(async (em) => {
      const resource = await this.findRow(em, RESOURCE, id);
      const wasPublished = resource.published;
      if (patch.kind !== undefined) {
        assertResourceKind(patch.kind);
        resource.kind = patch.kind;
      }
      if (patch.url !== undefined) {
        if (patch.url !== null) assertHttpUrl(patch.url);
        resource.url = patch.url;
      }
      if (patch.name !== undefined) resource.name = patch.name;
      if (patch.phone !== undefined) resource.phone = patch.phone;
      if (patch.description !== undefined) resource.description = patch.description;
      if (patch.published !== undefined) resource.published = patch.published;
      return this.save(em, RESOURCE, resource, wasPublished);
    });
  }

  async publishResource(id: string): Promise<Resource> {
    return this.updateResource(id, { published: true });
  }

  async unpublishResource(id: string): Promise<Resource> {
    return this.updateResource(id, { published: false });
  }

  async deleteResource(id: string): Promise<void> {
    await this.deleteRow(RESOURCE, id);
  }

  // ---- press mentions ----

  async createPressMention(input: PressMentionInput): Promise<PressMention> {
    return this.write(async (em) => {
      assertHttpUrl(input.url);
      assertDay(input.date);
      const mention = new PressMention(input.outlet, input.date, input.title, input.url);
      mention.published = input.published ?? false;
      return this.save(em, PRESS_MENTION, mention, false);
    });
  }

  async updatePressMention(id: string, patch: Partial<PressMentionInput>): Promise<PressMention> {
    return this.write(async (em) => {
      const mention = await this.findRow(em, PRESS_MENTION, id);
      const wasPublished = mention.published;
      if (patch.url !== undefined) {
        assertHttpUrl(patch.url);
        mention.url = patch.url;
      }
      if (patch.date !== undefined) {
        assertDay(patch.date);
        mention.date = patch.date;
      }
      if (patch.outlet !== undefined) mention.outlet = patch.outlet;
      if (patch.title !== undefined) mention.title = patch.title;
      if (patch.published !== undefined) mention.published = patch.published;
      return this.save(em, PRESS_MENTION, mention, wasPublished);
    });
  }

  async publishPressMention(id: string): Promise<PressMention> {
    return this.updatePressMention(id, { published: true });
  }

  async unpublishPressMention(id: string): Promise<PressMention> {
    return this.updatePressMention(id, { published: false });
  }

  async deletePressMention(id: string): Promise<void> {
    await this.deleteRow(PRESS_MENTION, id);
  }

  // ---- forum rules ----

  async createForumRule(input: ForumRuleInput): Promise<ForumRule> {
    return this.write(async (em) => {
      assertRuleNumber(input.number);
      if (await em.count(ForumRule, { number: input.number })) throw ruleTaken(input.number);
      const rule = new ForumRule(input.number, input.title, input.text);
      rule.published = input.published ?? false;
      return this.save(em, FORUM_RULE, rule, false);
    }, 'forum rule');
  }

  async updateForumRule(id: string, patch: Partial<ForumRuleInput>): Promise<ForumRule> {
    return this.write(async (em) => {
      const rule = await this.findRow(em, FORUM_RULE, id);
      const wasPublished = rule.published;
      if (patch.number !== undefined && patch.number !== rule.number) {
        assertRuleNumber(patch.number);
        if (await em.count(ForumRule, { number: patch.number })) throw ruleTaken(patch.number);
        rule.number = patch.number;
      }
      if (patch.title !== undefined) rule.title = patch.title;
      if (patch.text !== undefined) rule.text = patch.text;
      if (patch.published !== undefined) rule.published = patch.published;
      return this.save(em, FORUM_RULE, rule, wasPublished);
    }, 'forum rule');
  }

  async publishForumRule(id: string): Promise<ForumRule> {
    return this.updateForumRule(id, { published: true });
  }

  async unpublishForumRule(id: string): Promise<ForumRule> {
    return this.updateForumRule(id, { published: false });
  }

  async deleteForumRule(id: string): Promise<void> {
    await this.deleteRow(FORUM_RULE, id);
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
    const rows = await this.em.find(Article, where, {
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      limit: limit + 1,
    });
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const nextCursor = rows.length > limit && last?.publishedAt ? encodeArticleCursor(last.publishedAt, last.id) : null;
    const discussions = await this.discussion.discussionsOf(this.em, items.map((item) => item.id));
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

  // ---- helpers ----

  /**
   * One transaction per use case. A unique-key race that slipped past the explicit check still
   * ends as a 409, never a 500.
   */
  private async write<T>(work: (em: EntityManager) => Promise<T>, slugOwner?: string): Promise<T> {
    try {
      return await this.em.transactional(work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `Another ${slugOwner ?? 'row'} already uses this ${slugOwner === 'forum rule' ? 'number' : 'address (slug)'}`,
          code: 'taken',
        });
      }
      throw error;
    }
  }

  /** Flushes the row, then writes its change: upsert while published, delete when it stops being published. */
  private async save<T extends Publishable>(
    em: EntityManager,
    kind: ContentKind<T>,
    row: T,
    wasPublished: boolean,
  ): Promise<T> {
    row.updatedAt = new Date();
    em.persist(row);
    await em.flush();
    if (row.published) await this.recorder.record(em, kind.entity, row.id, 'upsert', kind.toDto(row));
    else if (wasPublished) await this.recorder.record(em, kind.entity, row.id, 'delete', null);
    return row;
  }

  /**
   * An article's save: publishing opens its discussion thread (once; later publishes reuse it) in
   * the same transaction, and the recorded article carries the thread id.
   */
  private async saveArticle(em: EntityManager, article: Article, wasPublished: boolean): Promise<Article> {
    let discussion: ArticleDiscussion | undefined;
    if (article.published) discussion = await this.discussion.ensureDiscussion(em, article);
    else discussion = (await this.discussion.discussionsOf(em, [article.id])).get(article.id);
    return this.save(em, { ...ARTICLE, toDto: (row) => toArticleDto(row, discussion) }, article, wasPublished);
  }

  private async deleteRow<T extends Publishable>(
    kind: ContentKind<T>,
    id: string,
    beforeRemove?: (em: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.write(async (em) => {
      const row = await this.findRow(em, kind, id);
      await beforeRemove?.(em);
      em.remove(row);
      await em.flush();
      // A row unpublished earlier already has its delete change; a draft never reached a device.
      if (row.published) await this.recorder.record(em, kind.entity, id, 'delete', null);
    });
  }

  private async findRow<T extends Publishable>(em: EntityManager, kind: ContentKind<T>, id: string): Promise<T> {
    const row = UUID_PATTERN.test(id) ? await em.findOne(kind.cls, { id } as FilterQuery<T>) : null;
    if (!row) throw notFound(`No ${kind.noun} has this id`);
    return row;
  }

  private async assertSlugFree(
    em: EntityManager,
    cls: typeof Page | typeof Article,
    slug: string,
    ownId: string | null,
  ): Promise<void> {
    const existing = cls === Page ? await em.findOne(Page, { slug }) : await em.findOne(Article, { slug });
    if (existing && existing.id !== ownId) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `The address "${slug}" is already used by another ${cls === Page ? 'page' : 'article'}`,
        code: 'slug_taken',
      });
    }
  }
}

function setArticlePublished(article: Article, published: boolean): void {
  article.published = published;
  // The first publish stamps the date; unpublishing keeps it for a later re-publish.
  if (published && !article.publishedAt) article.publishedAt = new Date();
}

async function findAuthorAccount(em: EntityManager, id: string | null): Promise<Account | null> {
  if (id === null) return null;
  const account = UUID_PATTERN.test(id) ? await em.findOne(Account, { id }) : null;
  if (!account) throw badInput('No member account has this id: check the author account', 'unknown_author_account');
  return account;
}

function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag.length > 0))];
}

function notFound(message: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message, code: 'not_found' });
}

function badInput(message: string, code: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message, code });
}

function ruleTaken(number: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `Forum rule ${number} already exists; edit it instead`,
    code: 'rule_taken',
  });
}

function assertSlug(slug: string): void {
  if (!SLUG_PATTERN.test(slug) || slug.length > 120) {
    throw badInput(
      'The address (slug) may hold lower-case letters, digits and single dashes, at most 120 characters',
      'bad_slug',
    );
  }
}

function assertHttpUrl(url: string): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw badInput('The link must be a full http:// or https:// address', 'bad_url');
  }
}

function assertDay(day: string): void {
  if (!DAY_PATTERN.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw badInput('The date must be a calendar day written YYYY-MM-DD', 'bad_date');
  }
}

function assertResourceKind(kind: string): void {
  if (!RESOURCE_KINDS.some((known) => known === kind)) {
    throw badInput(`The kind must be one of: ${RESOURCE_KINDS.join(', ')}`, 'bad_kind');
  }
}

function assertRuleNumber(number: number): void {
  if (!isForumRuleNumber(number)) {
    throw badInput(`A forum rule number is one of ${FORUM_RULE_NUMBERS.join(', ')}`, 'bad_rule_number');
  }
}
