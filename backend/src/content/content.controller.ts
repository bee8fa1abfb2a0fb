import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../accounts/auth.decorators';
import { CachedRead } from '../response-cache/cached-read';
import { ContentService } from './content.service';
import { PressMentionResponse, StartPageResponse } from './dto/editor-content.responses';
import { StartPageService } from './start-page.service';
import { ArticleListQuery } from './dto/article-list.query';
import {
  ArticlePageResponse,
  ArticleResponse,
  ForumRuleResponse,
  NewsLinkResponse,
  PageResponse,
  ResourceResponse,
} from './dto/content.responses';

/**
 * Public reads of published content; devices mostly get the same data through sync pull. Each answer
 * depends on published content alone, so each is served from the response cache.
 */
@ApiTags('content')
@Public()
@Controller()
export class ContentController {
  constructor(
    private readonly content: ContentService,
    private readonly startPage: StartPageService,
  ) {}

  @Get('articles')
  @CachedRead()
  @ApiOperation({ summary: 'Published articles, newest first, a page at a time (keyset cursor)' })
  @ApiOkResponse({ type: ArticlePageResponse })
  @ApiBadRequestResponse({ description: 'Malformed cursor or limit out of range' })
  async listArticles(@Query() query: ArticleListQuery): Promise<ArticlePageResponse> {
    return this.content.listArticles(query);
  }

  @Get('articles/:slug')
  @CachedRead()
  @ApiOperation({ summary: 'One published article with its body' })
  @ApiOkResponse({ type: ArticleResponse })
  @ApiNotFoundResponse({ description: 'No published article has this slug' })
  async getArticle(@Param('slug') slug: string): Promise<ArticleResponse> {
    return this.content.getArticle(slug);
  }

  @Get('pages')
  @CachedRead()
  @ApiOperation({ summary: 'Published information pages in menu order' })
  @ApiOkResponse({ type: [PageResponse] })
  async listPages(): Promise<PageResponse[]> {
    return this.content.listPages();
  }

  @Get('pages/:slug')
  @CachedRead()
  @ApiOperation({ summary: 'One published information page' })
  @ApiOkResponse({ type: PageResponse })
  @ApiNotFoundResponse({ description: 'No published page has this slug' })
  async getPage(@Param('slug') slug: string): Promise<PageResponse> {
    return this.content.getPage(slug);
  }

  @Get('resources')
  @CachedRead()
  @ApiOperation({ summary: 'The resource directory: literature, organisations, help services (grouped by kind)' })
  @ApiOkResponse({ type: [ResourceResponse] })
  async listResources(): Promise<ResourceResponse[]> {
    return this.content.listResources();
  }

  @Get('news')
  @CachedRead()
  @ApiOperation({ summary: 'Curated news links, newest first (at most 100)' })
  @ApiOkResponse({ type: [NewsLinkResponse] })
  async listNewsLinks(): Promise<NewsLinkResponse[]> {
    return this.content.listNewsLinks();
  }

  @Get('rules')
  @CachedRead()
  @ApiOperation({ summary: 'The six forum rules, by number' })
  @ApiOkResponse({ type: [ForumRuleResponse] })
  async listForumRules(): Promise<ForumRuleResponse[]> {
    return this.content.listForumRules();
  }

  @Get('press')
  @CachedRead()
  @ApiOperation({ summary: 'The service in the media: published press mentions, newest first (at most 100)' })
  @ApiOkResponse({ type: [PressMentionResponse] })
  async listPressMentions(): Promise<PressMentionResponse[]> {
    return this.content.listPressMentions();
  }

  @Get('start-page')
  @CachedRead()
  @ApiOperation({ summary: "The start page: featured article, today's news link and the introduction" })
  @ApiOkResponse({ type: StartPageResponse })
  async getStartPage(): Promise<StartPageResponse> {
    return this.startPage.getStartPage();
  }
}
