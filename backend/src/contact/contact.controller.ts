import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Actor } from '../accounts/actor';
import { CurrentActor, Public, Roles } from '../accounts/auth.decorators';
import { UuidParam } from '../common/uuid-param';
import { ContactService } from './contact.service';
import {
  ConversationCodeRequest,
  CounsellorTextRequest,
  InboxQuery,
  QaDecisionBody,
  QaDraftRequest,
} from './dto/contact.requests';
import {
  ConversationResponse,
  CounsellorConversationResponse,
  InboxResponse,
  QaAdminResponse,
} from './dto/contact.responses';

/** The person's side: reading a conversation needs its pick-up code (writing goes through sync push). */
@ApiTags('contact')
@Controller('contact')
export class ContactController {
  constructor(private readonly contact: ContactService) {}

  @Post('conversation')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "The conversation a pick-up code opens: the person's messages and the counsellors' answers",
  })
  @ApiOkResponse({ type: ConversationResponse })
  @ApiNotFoundResponse({ description: 'No conversation has this code (also for deleted ones)' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes from this client; try again in 10 minutes' })
  readConversation(@Body() body: ConversationCodeRequest): Promise<ConversationResponse> {
    return this.contact.readConversation(body.code);
  }

  @Post('qa-decision')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'The person approves (or declines) publishing the anonymised text made from their conversation',
  })
  @ApiOkResponse({ type: ConversationResponse })
  @ApiNotFoundResponse({ description: 'Wrong code, or no text waiting for approval with this id' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes from this client; try again in 10 minutes' })
  decideQa(@Body() body: QaDecisionBody): Promise<ConversationResponse> {
    return this.contact.decideQa(body.code, body.qaId, body.approve);
  }
}

/** The counsellor inbox (admins pass too). Never returns an e-mail address. */
@ApiTags('contact (counsellors)')
@Roles('counsellor')
@Controller('admin/contact')
export class ContactInboxController {
  constructor(private readonly contact: ContactService) {}

  @Get()
  @ApiOperation({
    summary: 'Conversations with one status (default new), latest message first, and the count per status',
  })
  @ApiOkResponse({ type: InboxResponse })
  @ApiBadRequestResponse({ description: 'Unknown status, bad cursor or limit' })
  listConversations(@Query() query: InboxQuery): Promise<InboxResponse> {
    return this.contact.listConversations(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One conversation: messages and internal notes, decrypted (not the e-mail address)' })
  @ApiOkResponse({ type: CounsellorConversationResponse })
  @ApiNotFoundResponse({ description: 'No such conversation' })
  getConversation(@UuidParam() id: string): Promise<CounsellorConversationResponse> {
    return this.contact.getConversation(id);
  }

  @Post(':id/answers')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Answer: queued as a mail for e-mail conversations (the address is deleted; the mail leaves after commit), otherwise kept for the pick-up code',
  })
  @ApiOkResponse({ type: CounsellorConversationResponse })
  @ApiNotFoundResponse({ description: 'No such conversation' })
  @ApiConflictResponse({ description: 'Closed, or the e-mail address is already deleted' })
  answerConversation(
    @UuidParam() id: string,
    @Body() body: CounsellorTextRequest,
    @CurrentActor() actor: Actor,
  ): Promise<CounsellorConversationResponse> {
    return this.contact.answerConversation(id, body.body, actor);
  }

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the conversation (the person can still read it, but not write again)' })
  @ApiOkResponse({ type: CounsellorConversationResponse })
  @ApiNotFoundResponse({ description: 'No such conversation' })
  closeConversation(@UuidParam() id: string): Promise<CounsellorConversationResponse> {
    return this.contact.closeConversation(id);
  }

  @Post(':id/notes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add an internal note for other counsellors (never shown to the person)' })
  @ApiOkResponse({ type: CounsellorConversationResponse })
  @ApiNotFoundResponse({ description: 'No such conversation' })
  addNote(
    @UuidParam() id: string,
    @Body() body: CounsellorTextRequest,
    @CurrentActor() actor: Actor,
  ): Promise<CounsellorConversationResponse> {
    return this.contact.addNote(id, body.body, actor);
  }

  @Post(':id/qa')
  @ApiOperation({ summary: 'Draft an anonymised public question and answer from a conversation whose author agreed' })
  @ApiCreatedResponse({ type: QaAdminResponse })
  @ApiNotFoundResponse({ description: 'No such conversation' })
  @ApiConflictResponse({ description: 'The person did not agree to publication' })
  createQaDraft(
    @UuidParam() id: string,
    @Body() body: QaDraftRequest,
    @CurrentActor() actor: Actor,
  ): Promise<QaAdminResponse> {
    return this.contact.createQaDraft(id, body, actor);
  }
}
