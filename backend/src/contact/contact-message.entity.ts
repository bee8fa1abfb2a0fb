import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { MessageFrom } from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import { Conversation } from './conversation.entity';

/** One message of a conversation; the body is sealed (context 'contact.message'). */
@Entity({ tableName: 'contact_message' })
@Index({ name: 'contact_message_conversation_created_idx', properties: ['conversation', 'createdAt', 'id'] })
export class ContactMessage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Conversation, { deleteRule: 'cascade' })
  conversation: Conversation;

  @Enum({ items: () => ['person', 'counsellor'] })
  sender: MessageFrom;

  @Property({ type: 'text' })
  bodySealed: string;

  /** The counsellor who wrote an answer; null for the person's messages. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null', index: true })
  counsellor: Account | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date;

  constructor(conversation: Conversation, sender: MessageFrom, bodySealed: string, createdAt: Date) {
    this.conversation = conversation;
    this.sender = sender;
    this.bodySealed = bodySealed;
    this.createdAt = createdAt;
  }
}
