import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../accounts/auth.decorators';
import { ContentService } from './content.service';
import {
  ArticleRequest,
  ArticleUpdateRequest,
  MarkdownPreviewRequest,
  NewsLinkRequest,
  NewsLinkUpdateRequest,
  PageRequest,
  PageUpdateRequest,
  PressMentionRequest,
  PressMentionUpdateRequest,
  ResourceRequest,
  ResourceUpdateRequest,
  StartPageRequest,
} from './dto/editor-content.requests';
import {
  EditorArticleResponse,
  EditorNewsLinkResponse,
  EditorPageResponse,
  EditorPressMentionResponse,
  EditorResourceResponse,
  EditorStartPageResponse,
  MarkdownPreviewResponse,
} from './dto/editor-content.responses';
import { EditorContentService } from './editor-content.service';
import { StartPageService } from './start-page.service';

/**
 * The editor screens' API: drafts and published rows of every content type, Markdown preview
 * and the start page. Editors only (admins pass the role check too); every write is one
 * transaction with its sync change.
 */
@ApiTags('editor')
@Roles('editor')
@Controller('admin/content')
export class EditorContentController {
  constructor(
    private readonly editor: EditorContentService,
    private readonly content: ContentService,
    private readonly startPage: StartPageService,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render Markdown to sanitised HTML exactly as publishing would (live preview)' })
  @ApiOkResponse({ type: MarkdownPreviewResponse })
  previewMarkdown(@Body() body: MarkdownPreviewRequest): MarkdownPreviewResponse {
    return this.editor.previewMarkdown(body.markdown);
  }

  @Get('start-page')
  @ApiOperation({ summary: 'The start page with its introduction source' })
  @ApiOkResponse({ type: EditorStartPageResponse })
  getEditorStartPage(): Promise<EditorStartPageResponse> {
    return this.startPage.getEditorStartPage();
  }

  @Put('start-page')
  @ApiOperation({ summary: "Set the featured article, today's news link and the introduction (reaches devices as 'startPage')" })
  @ApiOkResponse({ type: EditorStartPageResponse })
  @ApiBadRequestResponse({ description: 'Unknown or unpublished article or news link' })
  updateStartPage(@Body() body: StartPageRequest): Promise<EditorStartPageResponse> {
    return this.startPage.updateStartPage(body);
  }

  // ---- information pages ----

  @Get('pages')
  @ApiOperation({ summary: 'Every information page, drafts included, with the published flag' })
  @ApiOkResponse({ type: [EditorPageResponse] })
  listEditorPages(): Promise<EditorPageResponse[]> {
    return this.editor.listEditorPages();
  }

  @Get('pages/:id')
  @ApiOperation({ summary: 'One information page with its source' })
  @ApiOkResponse({ type: EditorPageResponse })
  @ApiNotFoundResponse({ description: 'No information page has this id' })
  getEditorPage(@Param('id') id: string): Promise<EditorPageResponse> {
    return this.editor.getEditorPage(id);
  }

  @Post('pages')
  @ApiOperation({ summary: 'Create a information page (a draft unless published: true)' })
  @ApiCreatedResponse({ type: EditorPageResponse })
  @ApiBadRequestResponse({ description: 'Missing or invalid field' })
  @ApiConflictResponse({ description: "The slug is taken" })
  createPage(@Body() body: PageRequest): Promise<EditorPageResponse> {
    return this.editor.createPage(body);
  }

  @Patch('pages/:id')
  @ApiOperation({ summary: 'Change fields of a information page; a published one reaches devices at once' })
  @ApiOkResponse({ type: EditorPageResponse })
  @ApiNotFoundResponse({ description: 'No information page has this id' })
  updatePage(@Param('id') id: string, @Body() body: PageUpdateRequest): Promise<EditorPageResponse> {
    return this.editor.updatePage(id, body);
  }

  @Post('pages/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a information page' })
  @ApiOkResponse({ type: EditorPageResponse })
  publishPage(@Param('id') id: string): Promise<EditorPageResponse> {
    return this.editor.setPagePublished(id, true);
  }

  @Post('pages/:id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unpublish a information page (devices get a delete change)' })
  @ApiOkResponse({ type: EditorPageResponse })
  unpublishPage(@Param('id') id: string): Promise<EditorPageResponse> {
    return this.editor.setPagePublished(id, false);
  }

  @Delete('pages/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a information page (devices get a delete change)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No information page has this id' })
  deletePage(@Param('id') id: string): Promise<void> {
    return this.content.deletePage(id);
  }

  // ---- articles ----

  @Get('articles')
  @ApiOperation({ summary: 'Every article, drafts included, with the published flag' })
  @ApiOkResponse({ type: [EditorArticleResponse] })
  listEditorArticles(): Promise<EditorArticleResponse[]> {
    return this.editor.listEditorArticles();
  }

  @Get('articles/:id')
  @ApiOperation({ summary: 'One article with its source' })
  @ApiOkResponse({ type: EditorArticleResponse })
  @ApiNotFoundResponse({ description: 'No article has this id' })
  getEditorArticle(@Param('id') id: string): Promise<EditorArticleResponse> {
    return this.editor.getEditorArticle(id);
  }

  @Post('articles')
  @ApiOperation({ summary: 'Create a article (a draft unless published: true)' })
  @ApiCreatedResponse({ type: EditorArticleResponse })
  @ApiBadRequestResponse({ description: 'Missing or invalid field' })
  @ApiConflictResponse({ description: "The slug is taken" })
  createArticle(@Body() body: ArticleRequest): Promise<EditorArticleResponse> {
    return this.editor.createArticle(body);
  }

  @Patch('articles/:id')
  @ApiOperation({ summary: 'Change fields of a article; a published one reaches devices at once' })
  @ApiOkResponse({ type: EditorArticleResponse })
  @ApiNotFoundResponse({ description: 'No article has this id' })
  updateArticle(@Param('id') id: string, @Body() body: ArticleUpdateRequest): Promise<EditorArticleResponse> {
    return this.editor.updateArticle(id, body);
  }

  @Post('articles/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a article (publishing an article opens its discussion thread once)' })
  @ApiOkResponse({ type: EditorArticleResponse })
  publishArticle(@Param('id') id: string): Promise<EditorArticleResponse> {
    return this.editor.setArticlePublished(id, true);
  }

  @Post('articles/:id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unpublish a article (devices get a delete change)' })
  @ApiOkResponse({ type: EditorArticleResponse })
  unpublishArticle(@Param('id') id: string): Promise<EditorArticleResponse> {
    return this.editor.setArticlePublished(id, false);
  }

  @Delete('articles/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a article (devices get a delete change)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No article has this id' })
  deleteArticle(@Param('id') id: string): Promise<void> {
    return this.content.deleteArticle(id);
  }

  // ---- news links ----

  @Get('news-links')
  @ApiOperation({ summary: 'Every news link, drafts included, with the published flag' })
  @ApiOkResponse({ type: [EditorNewsLinkResponse] })
  listEditorNewsLinks(): Promise<EditorNewsLinkResponse[]> {
    return this.editor.listEditorNewsLinks();
  }

  @Get('news-links/:id')
  @ApiOperation({ summary: 'One news link with its source' })
  @ApiOkResponse({ type: EditorNewsLinkResponse })
  @ApiNotFoundResponse({ description: 'No news link has this id' })
  getEditorNewsLink(@Param('id') id: string): Promise<EditorNewsLinkResponse> {
    return this.editor.getEditorNewsLink(id);
  }

  @Post('news-links')
  @ApiOperation({ summary: 'Create a news link (a draft unless published: true)' })
  @ApiCreatedResponse({ type: EditorNewsLinkResponse })
  @ApiBadRequestResponse({ description: 'Missing or invalid field' })
  createNewsLink(@Body() body: NewsLinkRequest): Promise<EditorNewsLinkResponse> {
    return this.editor.createNewsLink(body);
  }

  @Patch('news-links/:id')
  @ApiOperation({ summary: 'Change fields of a news link; a published one reaches devices at once' })
  @ApiOkResponse({ type: EditorNewsLinkResponse })
  @ApiNotFoundResponse({ description: 'No news link has this id' })
  updateNewsLink(@Param('id') id: string, @Body() body: NewsLinkUpdateRequest): Promise<EditorNewsLinkResponse> {
    return this.editor.updateNewsLink(id, body);
  }

  @Post('news-links/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a news link' })
  @ApiOkResponse({ type: EditorNewsLinkResponse })
  publishNewsLink(@Param('id') id: string): Promise<EditorNewsLinkResponse> {
    return this.editor.setNewsLinkPublished(id, true);
  }

  @Post('news-links/:id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unpublish a news link (devices get a delete change)' })
  @ApiOkResponse({ type: EditorNewsLinkResponse })
  unpublishNewsLink(@Param('id') id: string): Promise<EditorNewsLinkResponse> {
    return this.editor.setNewsLinkPublished(id, false);
  }

  @Delete('news-links/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a news link (devices get a delete change)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No news link has this id' })
  deleteNewsLink(@Param('id') id: string): Promise<void> {
    return this.content.deleteNewsLink(id);
  }

  // ---- resources ----

  @Get('resources')
  @ApiOperation({ summary: 'Every resource, drafts included, with the published flag' })
  @ApiOkResponse({ type: [EditorResourceResponse] })
  listEditorResources(): Promise<EditorResourceResponse[]> {
    return this.editor.listEditorResources();
  }

  @Get('resources/:id')
  @ApiOperation({ summary: 'One resource with its source' })
  @ApiOkResponse({ type: EditorResourceResponse })
  @ApiNotFoundResponse({ description: 'No resource has this id' })
  getEditorResource(@Param('id') id: string): Promise<EditorResourceResponse> {
    return this.editor.getEditorResource(id);
  }

  @Post('resources')
  @ApiOperation({ summary: 'Create a resource (a draft unless published: true)' })
  @ApiCreatedResponse({ type: EditorResourceResponse })
  @ApiBadRequestResponse({ description: 'Missing or invalid field' })
  createResource(@Body() body: ResourceRequest): Promise<EditorResourceResponse> {
    return this.editor.createResource(body);
  }

  @Patch('resources/:id')
  @ApiOperation({ summary: 'Change fields of a resource; a published one reaches devices at once' })
  @ApiOkResponse({ type: EditorResourceResponse })
  @ApiNotFoundResponse({ description: 'No resource has this id' })
  updateResource(@Param('id') id: string, @Body() body: ResourceUpdateRequest): Promise<EditorResourceResponse> {
    return this.editor.updateResource(id, body);
  }

  @Post('resources/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a resource' })
  @ApiOkResponse({ type: EditorResourceResponse })
  publishResource(@Param('id') id: string): Promise<EditorResourceResponse> {
    return this.editor.setResourcePublished(id, true);
  }

  @Post('resources/:id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unpublish a resource (devices get a delete change)' })
  @ApiOkResponse({ type: EditorResourceResponse })
  unpublishResource(@Param('id') id: string): Promise<EditorResourceResponse> {
    return this.editor.setResourcePublished(id, false);
  }

  @Delete('resources/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a resource (devices get a delete change)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No resource has this id' })
  deleteResource(@Param('id') id: string): Promise<void> {
    return this.content.deleteResource(id);
  }

  // ---- press mentions ----

  @Get('press-mentions')
  @ApiOperation({ summary: 'Every press mention, drafts included, with the published flag' })
  @ApiOkResponse({ type: [EditorPressMentionResponse] })
  listEditorPressMentions(): Promise<EditorPressMentionResponse[]> {
    return this.editor.listEditorPressMentions();
  }

  @Get('press-mentions/:id')
  @ApiOperation({ summary: 'One press mention with its source' })
  @ApiOkResponse({ type: EditorPressMentionResponse })
  @ApiNotFoundResponse({ description: 'No press mention has this id' })
  getEditorPressMention(@Param('id') id: string): Promise<EditorPressMentionResponse> {
    return this.editor.getEditorPressMention(id);
  }

  @Post('press-mentions')
  @ApiOperation({ summary: 'Create a press mention (a draft unless published: true)' })
  @ApiCreatedResponse({ type: EditorPressMentionResponse })
  @ApiBadRequestResponse({ description: 'Missing or invalid field' })
  createPressMention(@Body() body: PressMentionRequest): Promise<EditorPressMentionResponse> {
    return this.editor.createPressMention(body);
  }

  @Patch('press-mentions/:id')
  @ApiOperation({ summary: 'Change fields of a press mention; a published one reaches devices at once' })
  @ApiOkResponse({ type: EditorPressMentionResponse })
  @ApiNotFoundResponse({ description: 'No press mention has this id' })
  updatePressMention(@Param('id') id: string, @Body() body: PressMentionUpdateRequest): Promise<EditorPressMentionResponse> {
    return this.editor.updatePressMention(id, body);
  }

  @Post('press-mentions/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a press mention' })
  @ApiOkResponse({ type: EditorPressMentionResponse })
  publishPressMention(@Param('id') id: string): Promise<EditorPressMentionResponse> {
    return this.editor.setPressMentionPublished(id, true);
  }

  @Post('press-mentions/:id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unpublish a press mention (devices get a delete change)' })
  @ApiOkResponse({ type: EditorPressMentionResponse })
  unpublishPressMention(@Param('id') id: string): Promise<EditorPressMentionResponse> {
    return this.editor.setPressMentionPublished(id, false);
  }

  @Delete('press-mentions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a press mention (devices get a delete change)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No press mention has this id' })
  deletePressMention(@Param('id') id: string): Promise<void> {
    return this.content.deletePressMention(id);
  }
}
