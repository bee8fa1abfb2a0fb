import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity';
import { Conversation } from './conversation.entity';

/** An internal note between counsellors; never shown to the person. Body sealed ('contact.note'). */
@Entity({ tableName: 'contact_note' })
@Index({ name: 'contact_note_conversation_created_idx', properties: ['conversation', 'createdAt'] })
export class ContactNote {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Conversation, { deleteRule: 'cascade' })
  conversation: Conversation;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null', index: true })
  author: Account | null;

  @Property({ type: 'text' })
  bodySealed: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(conversation: Conversation, author: Account | null, bodySealed: string) {
    this.conversation = conversation;
    this.author = author;
    this.bodySealed = bodySealed;
  }
}
