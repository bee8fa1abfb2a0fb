import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../accounts/auth.decorators';
import { MarkdownPreviewRequest, StartPageRequest } from './dto/editor-content.requests';
import { EditorStartPageResponse, MarkdownPreviewResponse } from './dto/editor-content.responses';
import { addEditorKindRoutes } from './editor-content.routes';
import { EditorContentService } from './editor-content.service';
import { EDITOR_KINDS } from './editor-kinds';
import { StartPageService } from './start-page.service';

/**
 * The editor screens' API: drafts and published rows of every content type (routes made from
 * EDITOR_KINDS by addEditorKindRoutes), Markdown preview and the start page. Editors only (admins pass the role check too); every write is one
 * transaction with its sync change.
 */
@ApiTags('editor')
@Roles('editor')
@Controller('admin/content')
export class EditorContentController {
  constructor(
    readonly editor: EditorContentService,
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
  @ApiOperation({
    summary: "Set the featured article, today's news link and the introduction (reaches devices as 'startPage')",
  })
  @ApiOkResponse({ type: EditorStartPageResponse })
  @ApiBadRequestResponse({ description: 'Unknown or unpublished article or news link' })
  updateStartPage(@Body() body: StartPageRequest): Promise<EditorStartPageResponse> {
    return this.startPage.updateStartPage(body);
  }
}

// list, get, create, update, publish, unpublish and delete for every kind in EDITOR_KINDS.
addEditorKindRoutes(EditorContentController, EDITOR_KINDS);
