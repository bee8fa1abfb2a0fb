import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../accounts/auth.decorators';
import { UuidParam } from '../common/uuid-param';
import { CachedRead } from '../response-cache/cached-read';
import { QaDraftRequest, QaListQuery } from './dto/contact.requests';
import { QaAdminResponse, QaResponse } from './dto/contact.responses';
import { QaService } from './qa.service';

/** Questions and answers: public reads (devices also get them through sync pull), editor publishing. */
@ApiTags('questions and answers')
@Controller()
export class QaController {
  constructor(private readonly qas: QaService) {}

  @Get('qa')
  @Public()
  @CachedRead()
  @ApiOperation({ summary: 'Published questions and answers, newest first; q searches question and answer' })
  @ApiOkResponse({ type: [QaResponse] })
  listPublishedQas(@Query() query: QaListQuery): Promise<QaResponse[]> {
    return this.qas.listPublishedQas(query.q);
  }

  @Get('admin/qa')
  @Roles('counsellor', 'editor')
  @ApiOperation({ summary: 'All questions and answers, drafts first' })
  @ApiOkResponse({ type: [QaAdminResponse] })
  listQas(): Promise<QaAdminResponse[]> {
    return this.qas.listQas();
  }

  @Put('admin/qa/:id')
  @Roles('editor')
  @ApiOperation({ summary: 'Edit a question and answer (remove anything identifying before publishing)' })
  @ApiOkResponse({ type: QaAdminResponse })
  @ApiNotFoundResponse({ description: 'No such question and answer' })
  @ApiConflictResponse({
    description: 'A published text cannot get new wording until it is unpublished (`unpublish_first`)',
  })
  updateQa(@UuidParam() id: string, @Body() body: QaDraftRequest): Promise<QaAdminResponse> {
    return this.qas.updateQa(id, body);
  }

  @Post('admin/qa/:id/publication')
  @Roles('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve and publish (reaches devices through sync pull)' })
  @ApiOkResponse({ type: QaAdminResponse })
  @ApiNotFoundResponse({ description: 'No such question and answer' })
  @ApiConflictResponse({
    description:
      'The person withdrew consent, or has not approved this text yet (`no_publish_consent`, `awaiting_person`)',
  })
  publishQa(@UuidParam() id: string): Promise<QaAdminResponse> {
    return this.qas.publishQa(id);
  }

  @Delete('admin/qa/:id/publication')
  @Roles('editor')
  @ApiOperation({ summary: 'Unpublish (back to draft; devices drop it on their next pull)' })
  @ApiOkResponse({ type: QaAdminResponse })
  @ApiNotFoundResponse({ description: 'No such question and answer' })
  unpublishQa(@UuidParam() id: string): Promise<QaAdminResponse> {
    return this.qas.unpublishQa(id);
  }
}
