import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A mail waiting to leave, written in the transaction that causes it (a counsellor's answer, a
 * password-reset link) and sent after commit by the mail worker. The address, subject and text are
 * sealed; once sent (or given up) they are erased, and the row itself is gone within a day.
 */
@Entity({ tableName: 'mail_queue' })
@Index({ name: 'mail_queue_next_attempt_at_idx', properties: ['nextAttemptAt'] })
export class QueuedMail {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The Message-ID header, made at enqueue: every try of this mail carries the same one. */
  @Property({ type: 'text', unique: true })
  messageId: string;

  /** FieldCipher, context `mail_queue.message <id>`: JSON { to, subject, text }; null once sent or given up. */
  @Property({ type: 'text', nullable: true })
  messageSealed: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Tries begun so far (a claim counts, so a node that dies mid-send still uses one up). */
  @Property({ type: 'integer', default: 0 })
  attempts = 0;

  /** When a worker may claim it next (also the lease of a claimed row); null once sent or given up. */
  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  /** Why the last try failed, as an error code only (`ECONNECTION`, `EENVELOPE 550`): never server text. */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  constructor(messageId: string, messageSealed: string) {
    this.messageId = messageId;
    this.messageSealed = messageSealed;
  }
}
