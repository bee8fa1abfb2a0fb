import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CONTACT_TOPICS, QA_STATUSES, type ContactTopic, type QaStatus } from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import { Conversation } from './conversation.entity';

/**
 * A public question and answer, written by a counsellor as an anonymised version of a conversation
 * whose author consented, and published by an editor. It outlives the conversation (retention).
 */
@Entity({ tableName: 'qa' })
@Index({ name: 'qa_status_published_idx', properties: ['status', 'publishedAt'] })
export class Qa {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Conversation, { nullable: true, deleteRule: 'set null', index: true })
  conversation: Conversation | null;

  @Enum({ items: () => [...CONTACT_TOPICS] })
  topic: ContactTopic;

  @Property({ type: 'text' })
  question: string;

  @Property({ type: 'text' })
  answer: string;

  @Enum({ items: () => [...QA_STATUSES] })
  status: QaStatus = 'draft';

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null', index: true })
  createdBy: Account | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  /** The person approved this exact text (asked again before publishing); reset by any text edit. */
  @Property({ type: 'timestamptz', nullable: true })
  personApprovedAt: Date | null = null;

  constructor(
    conversation: Conversation | null,
    topic: ContactTopic,
    question: string,
    answer: string,
    createdBy: Account | null,
  ) {
    this.conversation = conversation;
    this.topic = topic;
    this.question = question;
    this.answer = answer;
    this.createdBy = createdBy;
  }
}
