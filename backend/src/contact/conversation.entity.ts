import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import {
  CONTACT_REPLY_BY,
  CONTACT_TOPICS,
  CONVERSATION_STATUSES,
  type ContactReplyBy,
  type ContactTopic,
  type ConversationStatus,
} from '@sexhandel/shared';

/**
 * A conversation between an anonymous person and the counsellors. Nothing identifying is kept
 * beyond what the person typed: no IP, no user agent, no account. The e-mail address is sealed
 * (AES-256-GCM) and deleted once the answer is sent; the pick-up code is kept only as a keyed hash.
 */
@Entity({ tableName: 'contact_conversation' })
@Index({ name: 'contact_conversation_inbox_idx', properties: ['status', 'lastMessageAt', 'id'] })
@Index({ name: 'contact_conversation_last_message_idx', properties: ['lastMessageAt'] })
export class Conversation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => [...CONTACT_TOPICS] })
  topic: ContactTopic;

  @Enum({ items: () => [...CONVERSATION_STATUSES] })
  status: ConversationStatus = 'new';

  @Enum({ items: () => [...CONTACT_REPLY_BY] })
  replyBy: ContactReplyBy;

  /** FieldCipher, context 'contact.email'; null for pick-up conversations and after the answer was mailed. */
  @Property({ type: 'text', nullable: true })
  emailSealed: string | null = null;

  /** FieldCipher.blindIndex(normalised code, 'contact.pickup'). */
  @Property({ type: 'text', nullable: true, unique: 'contact_conversation_pickup_code_hash_unique' })
  pickupCodeHash: string | null = null;

  @Property({ type: 'boolean', default: false })
  publishConsent = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date;

  @Property({ type: 'timestamptz' })
  lastMessageAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  constructor(topic: ContactTopic, replyBy: ContactReplyBy, createdAt: Date) {
    this.topic = topic;
    this.replyBy = replyBy;
    this.createdAt = createdAt;
    this.lastMessageAt = createdAt;
  }

  /** Now, but never at or before the last message, so messages keep their order. */
  nextMessageTime(): Date {
    return new Date(Math.max(Date.now(), this.lastMessageAt.getTime() + 1));
  }
}
