import { ApiProperty } from '@nestjs/swagger';
import {
  CONTACT_REPLY_BY,
  CONTACT_TOPICS,
  CONVERSATION_STATUSES,
  QA_STATUSES,
  type ContactReplyBy,
  type ContactTopic,
  type ConversationDto,
  type ConversationMessageDto,
  type ConversationNoteDto,
  type ConversationStatus,
  type ConversationSummaryDto,
  type CounsellorConversationDto,
  type CounsellorMessageDto,
  type InboxDto,
  type MessageFrom,
  type PendingQaDto,
  type QaAdminDto,
  type QaDto,
  type QaStatus,
} from '@sexhandel/shared';

/** OpenAPI shapes of the contact DTOs in shared/src/contact.ts. */

export class ConversationMessageResponse implements ConversationMessageDto {
  @ApiProperty({ enum: ['person', 'counsellor'] }) from!: MessageFrom;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) sentAt!: string;
}

export class PendingQaResponse implements PendingQaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() question!: string;
  @ApiProperty() answer!: string;
}

export class ConversationResponse implements ConversationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CONTACT_TOPICS }) topic!: ContactTopic;
  @ApiProperty({ enum: CONVERSATION_STATUSES }) status!: ConversationStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [ConversationMessageResponse] }) messages!: ConversationMessageResponse[];
  @ApiProperty({ type: PendingQaResponse, nullable: true, description: 'A text waiting for the person to approve' })
  pendingQa!: PendingQaResponse | null;
}

export class ConversationSummaryResponse implements ConversationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CONTACT_TOPICS }) topic!: ContactTopic;
  @ApiProperty({ enum: CONVERSATION_STATUSES }) status!: ConversationStatus;
  @ApiProperty({ enum: CONTACT_REPLY_BY }) replyBy!: ContactReplyBy;
  @ApiProperty({ description: 'An address is stored (never returned); false once the answer was mailed' })
  emailPending!: boolean;
  @ApiProperty() publishConsent!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastMessageAt!: string;
  @ApiProperty() messageCount!: number;
}

export class CounsellorMessageResponse extends ConversationMessageResponse implements CounsellorMessageDto {
  @ApiProperty({ type: String, nullable: true }) counsellorAlias!: string | null;
}

export class ConversationNoteResponse implements ConversationNoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) authorAlias!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CounsellorConversationResponse extends ConversationSummaryResponse implements CounsellorConversationDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: [CounsellorMessageResponse] }) messages!: CounsellorMessageResponse[];
  @ApiProperty({ type: [ConversationNoteResponse] }) notes!: ConversationNoteResponse[];
}

export class InboxCountsResponse implements Record<ConversationStatus, number> {
  @ApiProperty() new!: number;
  @ApiProperty() waiting!: number;
  @ApiProperty() answered!: number;
  @ApiProperty() closed!: number;
}

export class InboxResponse implements InboxDto {
  @ApiProperty({ type: InboxCountsResponse }) counts!: InboxCountsResponse;
  @ApiProperty({ type: [ConversationSummaryResponse] }) conversations!: ConversationSummaryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class QaResponse implements QaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CONTACT_TOPICS }) topic!: ContactTopic;
  @ApiProperty() question!: string;
  @ApiProperty() answer!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

export class QaAdminResponse implements QaAdminDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CONTACT_TOPICS }) topic!: ContactTopic;
  @ApiProperty() question!: string;
  @ApiProperty() answer!: string;
  @ApiProperty({ enum: QA_STATUSES }) status!: QaStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) conversationId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the person approved this text' })
  personApprovedAt!: string | null;
}
