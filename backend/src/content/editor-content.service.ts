import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { MarkdownPreviewDto } from '@sexhandel/shared';
import { isUuid } from '../common/uuid-param';
import { ArticleDiscussionService } from '../forum/article-discussion.service';
import { Article } from './article.entity';
import type { ArticleInput } from './content.inputs';
import { toArticleDto, toNewsLinkDto, toPageDto, toPressMentionDto, toResourceDto } from './content.mappers';
import { ContentService, type ContentKindInputs, type ContentKindRows } from './content.service';
import type { ArticleUpdateRequest } from './dto/editor-content.requests';
import type { EditorKindName, EditorKindViews } from './editor-kinds';
import { renderMarkdown } from './markdown.renderer';
import { NewsLink } from './news-link.entity';
import { Page } from './page.entity';
import { PressMention } from './press-mention.entity';
import { Resource } from './resource.entity';
import { notFound } from '../common/api-error';

const EDITOR_LIST_MAX = 1_000;

interface EditorRow {
  published: boolean;
  createdAt: Date;
  updatedAt: Date;
}

function editorFields(row: EditorRow): { published: boolean; createdAt: string; updatedAt: string } {
  return { published: row.published, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

type Discussion = { threadId: string; postCount: number };

/** How the editor reads and shows each kind: its rows, their order, and the editor view of a row. */
const VIEWS: {
  [K in EditorKindName]: {
    cls: new (...args: never[]) => ContentKindRows[K];
    noun: string;
    orderBy: Array<Record<string, 'asc' | 'desc'>>;
    toView(row: ContentKindRows[K], discussion?: Discussion): EditorKindViews[K];
  };
} = {
  page: {
    cls: Page,
    noun: 'page',
    orderBy: [{ position: 'asc' }, { slug: 'asc' }],
    toView: (page) => ({ ...toPageDto(page), ...editorFields(page), markdown: page.markdown }),
  },
  article: {
    cls: Article,
    noun: 'article',
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    toView: (article, discussion) => ({
      ...toArticleDto(article, discussion),
      ...editorFields(article),
      markdown: article.markdown,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      authorAccountId: article.authorAccount?.id ?? null,
      discussionThreadId: discussion?.threadId ?? null,
      discussionPostCount: discussion?.postCount ?? 0,
    }),
  },
  newsLink: {
    cls: NewsLink,
    noun: 'news link',
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    toView: (link) => ({ ...toNewsLinkDto(link), ...editorFields(link) }),
  },
  resource: {
    cls: Resource,
    noun: 'resource',
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    toView: (resource) => ({ ...toResourceDto(resource), ...editorFields(resource) }),
  },
  pressMention: {
    cls: PressMention,
    noun: 'press mention',
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    toView: (mention) => ({ ...toPressMentionDto(mention), ...editorFields(mention) }),
  },
};

/** The 'YYYY-MM-DD' an editor picks, as the article's date (noon UTC: the same day in Oslo). */
function articleInputOf(body: ArticleUpdateRequest): Partial<ArticleInput> {
  const { publishedAt, ...rest } = body;
  return { ...rest, ...(publishedAt === undefined ? {} : { publishedAt: new Date(`${publishedAt}T12:00:00Z`) }) };
}

/** An editor request body as the kind's input (articles take their date as a day). */
function inputOf<K extends EditorKindName>(kind: K, body: object): Partial<ContentKindInputs[K]> {
  return (kind === 'article' ? articleInputOf(body as ArticleUpdateRequest) : body) as Partial<ContentKindInputs[K]>;
}

/**
 * What the editor screens use, for every kind in EDITOR_KINDS: rows with drafts included and the
 * source Markdown, and ContentService's writes (each one transaction with its sync change)
 * answered as editor views. Articles carry their discussion thread.
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

  async list<K extends EditorKindName>(kind: K): Promise<EditorKindViews[K][]> {
    const view = VIEWS[kind];
    const rows = await this.em.find(view.cls, {}, { orderBy: view.orderBy as never, limit: EDITOR_LIST_MAX });
    return this.present(kind, rows as ContentKindRows[K][]);
  }

  async get<K extends EditorKindName>(kind: K, id: string): Promise<EditorKindViews[K]> {
    const view = VIEWS[kind];
    // A fresh context: the answer must show what was just committed, not an identity-map copy.
    const row = isUuid(id) ? await this.em.fork().findOne(view.cls, { id } as never) : null;
    if (!row) throw notFound(`No ${view.noun} has this id`);
    const [dto] = await this.present(kind, [row as ContentKindRows[K]]);
    return dto;
  }

  async create<K extends EditorKindName>(kind: K, body: object): Promise<EditorKindViews[K]> {
    return this.answer(kind, await this.content.create(kind, inputOf(kind, body) as ContentKindInputs[K]));
  }

  async update<K extends EditorKindName>(kind: K, id: string, body: object): Promise<EditorKindViews[K]> {
    return this.answer(kind, await this.content.update(kind, id, inputOf(kind, body)));
  }

  async setPublished<K extends EditorKindName>(kind: K, id: string, published: boolean): Promise<EditorKindViews[K]> {
    return this.answer(kind, await this.content.setPublished(kind, id, published));
  }

  remove(kind: EditorKindName, id: string): Promise<void> {
    return this.content.remove(kind, id);
  }

  /** The written row as an editor view; an article is read again with its discussion thread. */
  private async answer<K extends EditorKindName>(kind: K, row: ContentKindRows[K]): Promise<EditorKindViews[K]> {
    if (kind === 'article') return this.get(kind, row.id);
    const [dto] = await this.present(kind, [row]);
    return dto;
  }

  private async present<K extends EditorKindName>(kind: K, rows: ContentKindRows[K][]): Promise<EditorKindViews[K][]> {
    const view = VIEWS[kind];
    if (kind !== 'article') return rows.map((row) => view.toView(row));
    const discussions = await this.discussion.discussionsOf(
      this.em,
      rows.map((row) => row.id),
    );
    return rows.map((row) => view.toView(row, discussions.get(row.id)));
  }
}
