import { EntityManager } from '@mikro-orm/postgresql';
import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { START_PAGE_ID, type EditorStartPageDto, type StartPageDto, type ErrorCode } from '@sexhandel/shared';
import { SyncChangeRecorder } from '../sync/sync-change.recorder';
import { Article } from './article.entity';
import type { StartPageRequest } from './dto/editor-content.requests';
import { renderMarkdown } from './markdown.renderer';
import { NewsLink } from './news-link.entity';
import { StartPage } from './start-page.entity';
import { apiError } from '../common/api-error';

/** Demo introduction for an empty installation; editors replace it. */
export const DEFAULT_START_INTRODUCTION =
  'Her finner du kunnskap om kjøp av sex, prostitusjon og menneskehandel, et åpent forum der du kan ' +
  'være anonym, og mulighet til å snakke med en veileder. Du trenger ikke å oppgi hvem du er.';

function toStartPageDto(page: StartPage): StartPageDto {
  return {
    id: page.id,
    featuredArticleId: page.featuredArticleId,
    introductionHtml: page.introductionHtml,
    todayNewsLinkId: page.todayNewsLinkId,
    updatedAt: page.updatedAt.toISOString(),
  };
}

function toEditorStartPageDto(page: StartPage): EditorStartPageDto {
  return { ...toStartPageDto(page), introductionMarkdown: page.introductionMarkdown };
}

function badReference(message: string, code: ErrorCode): HttpException {
  return apiError(HttpStatus.BAD_REQUEST, code, message);
}

/** The start page: one row, written by editors, pulled by devices as 'startPage'. */
@Injectable()
export class StartPageService {
  constructor(
    private readonly em: EntityManager,
    private readonly recorder: SyncChangeRecorder,
  ) {}

  async getStartPage(): Promise<StartPageDto> {
    return toStartPageDto(await this.currentOrDefault(this.em.fork()));
  }

  async getEditorStartPage(): Promise<EditorStartPageDto> {
    return toEditorStartPageDto(await this.currentOrDefault(this.em.fork()));
  }

  /** Featured article and today's news link must exist and be published; null clears them. */
  async updateStartPage(body: StartPageRequest): Promise<EditorStartPageDto> {
    const page = await this.em.fork().transactional(async (em) => {
      if (
        body.featuredArticleId !== null &&
        !(await em.count(Article, { id: body.featuredArticleId, published: true }))
      ) {
        throw badReference('The featured article must be a published article', 'unknown_article');
      }
      if (body.todayNewsLinkId !== null && !(await em.count(NewsLink, { id: body.todayNewsLinkId, published: true }))) {
        throw badReference("Today's news link must be a published news link", 'unknown_news_link');
      }
      const row = await this.currentOrDefault(em);
      row.featuredArticleId = body.featuredArticleId;
      row.todayNewsLinkId = body.todayNewsLinkId;
      row.introductionMarkdown = body.introductionMarkdown;
      row.introductionHtml = renderMarkdown(body.introductionMarkdown);
      return this.save(em, row);
    });
    return toEditorStartPageDto(page);
  }

  /** On an empty database: the newest published article and news link, and a short introduction. */
  async seedStartPageIfEmpty(): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      if (await em.count(StartPage, { id: START_PAGE_ID })) return;
      const row = new StartPage(DEFAULT_START_INTRODUCTION, renderMarkdown(DEFAULT_START_INTRODUCTION));
      const article = await em.findOne(
        Article,
        { published: true },
        { orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }] },
      );
      const news = await em.findOne(NewsLink, { published: true }, { orderBy: [{ date: 'desc' }, { id: 'desc' }] });
      row.featuredArticleId = article?.id ?? null;
      row.todayNewsLinkId = news?.id ?? null;
      await this.save(em, row);
    });
  }

  private async currentOrDefault(em: EntityManager): Promise<StartPage> {
    return (
      (await em.findOne(StartPage, { id: START_PAGE_ID })) ??
      new StartPage(DEFAULT_START_INTRODUCTION, renderMarkdown(DEFAULT_START_INTRODUCTION))
    );
  }

  private async save(em: EntityManager, row: StartPage): Promise<StartPage> {
    row.updatedAt = new Date();
    em.persist(row);
    await em.flush();
    await this.recorder.record(em, 'startPage', row.id, 'upsert', toStartPageDto(row));
    return row;
  }
}
