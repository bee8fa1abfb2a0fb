import type { ConversationSummaryDto, QaAdminDto, QaDto } from '@sexhandel/shared';
import type { Conversation } from './conversation.entity';
import type { Qa } from './qa.entity';

export function toConversationSummaryDto(conversation: Conversation, messageCount: number): ConversationSummaryDto {
  return {
    id: conversation.id,
    topic: conversation.topic,
    status: conversation.status,
    replyBy: conversation.replyBy,
    emailPending: conversation.emailSealed !== null,
    publishConsent: conversation.publishConsent,
    createdAt: conversation.createdAt.toISOString(),
    lastMessageAt: conversation.lastMessageAt.toISOString(),
    messageCount,
  };
}

export function toQaDto(qa: Qa): QaDto {
  return {
    id: qa.id,
    topic: qa.topic,
    question: qa.question,
    answer: qa.answer,
    publishedAt: (qa.publishedAt ?? qa.createdAt).toISOString(),
  };
}

export function toQaAdminDto(qa: Qa): QaAdminDto {
  return {
    id: qa.id,
    topic: qa.topic,
    question: qa.question,
    answer: qa.answer,
    status: qa.status,
    conversationId: qa.conversation?.id ?? null,
    createdAt: qa.createdAt.toISOString(),
    publishedAt: qa.publishedAt?.toISOString() ?? null,
    personApprovedAt: qa.personApprovedAt?.toISOString() ?? null,
  };
}
