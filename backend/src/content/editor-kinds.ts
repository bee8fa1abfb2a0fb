import type { Type } from '@nestjs/common';
import type {
  EditorArticleDto,
  EditorNewsLinkDto,
  EditorPageDto,
  EditorPressMentionDto,
  EditorResourceDto,
} from '@sexhandel/shared';
import type { ContentKindName } from './content.service';
import {
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
import {
  EditorArticleResponse,
  EditorNewsLinkResponse,
  EditorPageResponse,
  EditorPressMentionResponse,
  EditorResourceResponse,
} from './dto/editor-content.responses';

/** Each editor kind's view, by name. */
export interface EditorKindViews {
  page: EditorPageDto;
  article: EditorArticleDto;
  newsLink: EditorNewsLinkDto;
  resource: EditorResourceDto;
  pressMention: EditorPressMentionDto;
}

export type EditorKindName = keyof EditorKindViews & ContentKindName;

/**
 * What the editor API needs to know about a content kind: its path, its words for the OpenAPI
 * document, and the DTO classes the validation pipe and the document use. The routes of every
 * kind (list, get, create, update, publish, unpublish, delete) are made from these entries in
 * editor-content.routes.ts; the paths and operation ids are those of the hand-written routes they
 * replace.
 */
export interface EditorKind<K extends EditorKindName = EditorKindName> {
  name: K;
  /** The path under /api/admin/content/. */
  path: string;
  /** "a page", "an article": for the summaries. */
  aNoun: string;
  /** The noun in the OpenAPI document's "No … has this id". */
  noun: string;
  /** In operation ids: listEditor<Plural>, getEditor<Singular>, create<Singular>, … */
  singular: string;
  plural: string;
  createRequest: Type<object>;
  updateRequest: Type<object>;
  response: Type<EditorKindViews[K]>;
  /** Creating can meet a taken slug (409). */
  slugged: boolean;
  /** Said after "Publish …" when publishing does more. */
  publishNote?: string;
}

/** The one registry of editable content kinds, in the order the API lists them. */
export const EDITOR_KINDS: readonly EditorKind[] = [
  {
    name: 'page',
    path: 'pages',
    aNoun: 'an information page',
    noun: 'information page',
    singular: 'Page',
    plural: 'Pages',
    createRequest: PageRequest,
    updateRequest: PageUpdateRequest,
    response: EditorPageResponse,
    slugged: true,
  },
  {
    name: 'article',
    path: 'articles',
    aNoun: 'an article',
    noun: 'article',
    singular: 'Article',
    plural: 'Articles',
    createRequest: ArticleRequest,
    updateRequest: ArticleUpdateRequest,
    response: EditorArticleResponse,
    slugged: true,
    publishNote: 'publishing an article opens its discussion thread once',
  },
  {
    name: 'newsLink',
    path: 'news-links',
    aNoun: 'a news link',
    noun: 'news link',
    singular: 'NewsLink',
    plural: 'NewsLinks',
    createRequest: NewsLinkRequest,
    updateRequest: NewsLinkUpdateRequest,
    response: EditorNewsLinkResponse,
    slugged: false,
  },
  {
    name: 'resource',
    path: 'resources',
    aNoun: 'a resource',
    noun: 'resource',
    singular: 'Resource',
    plural: 'Resources',
    createRequest: ResourceRequest,
    updateRequest: ResourceUpdateRequest,
    response: EditorResourceResponse,
    slugged: false,
  },
  {
    name: 'pressMention',
    path: 'press-mentions',
    aNoun: 'a press mention',
    noun: 'press mention',
    singular: 'PressMention',
    plural: 'PressMentions',
    createRequest: PressMentionRequest,
    updateRequest: PressMentionUpdateRequest,
    response: EditorPressMentionResponse,
    slugged: false,
  },
];
