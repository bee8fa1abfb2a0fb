import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, NotFoundException } from '@nestjs/common';
import {
  UUID_PATTERN,
  type EditorArticleDto,
  type EditorNewsLinkDto,
  type EditorPageDto,
  type EditorPressMentionDto,
  type EditorResourceDto,
  type MarkdownPreviewDto,
} from '@sexhandel/shared';
import { ArticleDiscussionService } from '../forum/article-discussion.service';
import { Article } from './article.entity';
import type { ArticleInput } from './content.inputs';
import { toArticleDto, toNewsLinkDto, toPageDto, toPressMentionDto, toResourceDto } from './content.mappers';
import { ContentService } from './content.service';
import type {
  ArticleRequest,
  ArticleUpdateRequest,
  NewsLinkRequest,
  NewsLinkUpdateRequest,
  PageRequest,
  PageUpdateRequest,
  PressMentionRequest,
  PressMentionUpdateRequest,
  ResourceRequest,
  ResourceUpdateRequest,
} from './dto/editor-content.requests';
import { renderMarkdown } from './markdown.renderer';
import { NewsLink } from './news-link.entity';
import { Page } from './page.entity';
import { PressMention } from './press-mention.entity';
import { Resource } from './resource.entity';

const EDITOR_LIST_MAX = 1_000;

interface EditorRow {
  published: boolean;
  createdAt: Date;
  updatedAt: Date;
}

function editorFields(row: EditorRow): { published: boolean; createdAt: string; updatedAt: string } {
  return { published: row.published, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

function notFound(noun: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message: `No ${noun} has this id`, code: 'not_found' });
}

function toEditorPage(page: Page): EditorPageDto {
  return { ...toPageDto(page), ...editorFields(page), markdown: page.markdown };
}

function toEditorArticle(article: Article, discussion?: { threadId: string; postCount: number }): EditorArticleDto {
  return {
    ...toArticleDto(article, discussion),
    ...editorFields(article),
    markdown: article.markdown,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    authorAccountId: article.authorAccount?.id ?? null,
    discussionThreadId: discussion?.threadId ?? null,
    discussionPostCount: discussion?.postCount ?? 0,
  };
}

function toEditorNewsLink(link: NewsLink): EditorNewsLinkDto {
  return { ...toNewsLinkDto(link), ...editorFields(link) };
}

function toEditorResource(resource: Resource): EditorResourceDto {
  return { ...toResourceDto(resource), ...editorFields(resource) };
}

function toEditorPressMention(mention: PressMention): EditorPressMentionDto {
  return { ...toPressMentionDto(mention), ...editorFields(mention) };
}

/** The 'YYYY-MM-DD' an editor picks, as the article's date (noon UTC: the same day in Oslo). */
function articleInputOf(body: ArticleUpdateRequest): Partial<ArticleInput> {
  const { publishedAt, ...rest } = body;
  return { ...rest, ...(publishedAt === undefined ? {} : { publishedAt: new Date(`${publishedAt}T12:00:00Z`) }) };
}

/**
 * What the editor screens use: every row with drafts included and the source Markdown, and the
 * writes of ContentService (each one transaction with its sync change) answered as editor views.
 */
@Injectable()
export class EditorContentService {
  constructor(
    private readonly em: EntityManager,
    private readonly content: ContentService,
    private readonly discussion: ArticleDiscussionService,
  ) {}

  previewMarkdown(markdown: string): MarkdownPreviewDto {
    return { html: renderMarkdown(markdown) };
  }

  // ---- pages ----

  async listEditorPages(): Promise<EditorPageDto[]> {
    const rows = await this.em.find(Page, {}, { orderBy: [{ position: 'asc' }, { slug: 'asc' }], limit: EDITOR_LIST_MAX });
    return rows.map(toEditorPage);
  }

  async getEditorPage(id: string): Promise<EditorPageDto> {
    return toEditorPage(await this.findOrFail(Page, id, 'page'));
  }

  async createPage(body: PageRequest): Promise<EditorPageDto> {
    return toEditorPage(await this.content.createPage(body));
  }

  async updatePage(id: string, body: PageUpdateRequest): Promise<EditorPageDto> {
    return toEditorPage(await this.content.updatePage(id, body));
  }

  async setPagePublished(id: string, published: boolean): Promise<EditorPageDto> {
    return toEditorPage(await (published ? this.content.publishPage(id) : this.content.unpublishPage(id)));
  }

  // ---- articles ----

  async listEditorArticles(): Promise<EditorArticleDto[]> {
    const rows = await this.em.find(
      Article,
      {},
      { orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], limit: EDITOR_LIST_MAX },
    );
    return this.withDiscussions(rows);
  }

  async getEditorArticle(id: string): Promise<EditorArticleDto> {
    const [dto] = await this.withDiscussions([await this.findOrFail(Article, id, 'article')]);
    return dto as EditorArticleDto;
  }

  async createArticle(body: ArticleRequest): Promise<EditorArticleDto> {
    const article = await this.content.createArticle(articleInputOf(body) as ArticleInput);
    return this.getEditorArticle(article.id);
  }

  async updateArticle(id: string, body: ArticleUpdateRequest): Promise<EditorArticleDto> {
    await this.content.updateArticle(id, articleInputOf(body));
    return this.getEditorArticle(id);
  }

  async setArticlePublished(id: string, published: boolean): Promise<EditorArticleDto> {
    await (published ? this.content.publishArticle(id) : this.content.unpublishArticle(id));
    return this.getEditorArticle(id);
  }

  // ---- news links ----

  async listEditorNewsLinks(): Promise<EditorNewsLinkDto[]> {
    const rows = await this.em.find(NewsLink, {}, { orderBy: [{ date: 'desc' }, { id: 'desc' }], limit: EDITOR_LIST_MAX });
    return rows.map(toEditorNewsLink);
  }

  async getEditorNewsLink(id: string): Promise<EditorNewsLinkDto> {
    return toEditorNewsLink(await this.findOrFail(NewsLink, id, 'news link'));
  }

  async createNewsLink(body: NewsLinkRequest): Promise<EditorNewsLinkDto> {
    return toEditorNewsLink(await this.content.createNewsLink(body));
  }

  async updateNewsLink(id: string, body: NewsLinkUpdateRequest): Promise<EditorNewsLinkDto> {
    return toEditorNewsLink(await this.content.updateNewsLink(id, body));
  }

  async setNewsLinkPublished(id: string, published: boolean): Promise<EditorNewsLinkDto> {
    return toEditorNewsLink(await (published ? this.content.publishNewsLink(id) : this.content.unpublishNewsLink(id)));
  }

  // ---- resources ----

  async listEditorResources(): Promise<EditorResourceDto[]> {
    const rows = await this.em.find(Resource, {}, { orderBy: [{ kind: 'asc' }, { name: 'asc' }], limit: EDITOR_LIST_MAX });
    return rows.map(toEditorResource);
  }

  async getEditorResource(id: string): Promise<EditorResourceDto> {
    return toEditorResource(await this.findOrFail(Resource, id, 'resource'));
  }

  async createResource(body: ResourceRequest): Promise<EditorResourceDto> {
    return toEditorResource(await this.content.createResource(body));
  }

  async updateResource(id: string, body: ResourceUpdateRequest): Promise<EditorResourceDto> {
    return toEditorResource(await this.content.updateResource(id, body));
  }

  async setResourcePublished(id: string, published: boolean): Promise<EditorResourceDto> {
    return toEditorResource(await (published ? this.content.publishResource(id) : this.content.unpublishResource(id)));
  }

  // ---- press mentions ----

  async listEditorPressMentions(): Promise<EditorPressMentionDto[]> {
    const rows = await this.em.find(PressMention, {}, { orderBy: [{ date: 'desc' }, { id: 'desc' }], limit: EDITOR_LIST_MAX });
    return rows.map(toEditorPressMention);
  }

  async getEditorPressMention(id: string): Promise<EditorPressMentionDto> {
    return toEditorPressMention(await this.findOrFail(PressMention, id, 'press mention'));
  }

  async createPressMention(body: PressMentionRequest): Promise<EditorPressMentionDto> {
    return toEditorPressMention(await this.content.createPressMention(body));
  }

  async updatePressMention(id: string, body: PressMentionUpdateRequest): Promise<EditorPressMentionDto> {
    return toEditorPressMention(await this.content.updatePressMention(id, body));
  }

  async setPressMentionPublished(id: string, published: boolean): Promise<EditorPressMentionDto> {
    return toEditorPressMention(
      await (published ? this.content.publishPressMention(id) : this.content.unpublishPressMention(id)),
    );
  }

  // ---- helpers ----

  private async withDiscussions(rows: Article[]): Promise<EditorArticleDto[]> {
    const discussions = await this.discussion.discussionsOf(this.em, rows.map((row) => row.id));
    return rows.map((row) => toEditorArticle(row, discussions.get(row.id)));
  }

  private async findOrFail<T extends object>(
    cls: new (...args: never[]) => T,
    id: string,
    noun: string,
  ): Promise<T> {
    // A fresh context: the answer must show what was just committed, not an identity-map copy.
    const row = UUID_PATTERN.test(id) ? await this.em.fork().findOne(cls, { id } as never) : null;
    if (!row) throw notFound(noun);
    return row;
  }
}
