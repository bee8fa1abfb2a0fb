import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../accounts/auth.decorators';
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
  updateQa(@Param('id') id: string, @Body() body: QaDraftRequest): Promise<QaAdminResponse> {
    return this.qas.updateQa(id, body);
  }

  @Post('admin/qa/:id/publication')
  @Roles('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve and publish (reaches devices through sync pull)' })
  @ApiOkResponse({ type: QaAdminResponse })
  @ApiNotFoundResponse({ description: 'No such question and answer' })
  publishQa(@Param('id') id: string): Promise<QaAdminResponse> {
    return this.qas.publishQa(id);
  }

  @Delete('admin/qa/:id/publication')
  @Roles('editor')
  @ApiOperation({ summary: 'Unpublish (back to draft; devices drop it on their next pull)' })
  @ApiOkResponse({ type: QaAdminResponse })
  @ApiNotFoundResponse({ description: 'No such question and answer' })
  unpublishQa(@Param('id') id: string): Promise<QaAdminResponse> {
    return this.qas.unpublishQa(id);
  }
}
