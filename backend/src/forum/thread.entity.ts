import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity';

/** A discussion. The starter becomes null when their account is deleted ("deleted member"). */
@Entity({ tableName: 'thread' })
@Index({
  name: 'thread_last_activity_idx',
  expression: 'create index "thread_last_activity_idx" on "thread" ("last_activity_at" desc, "id" desc)',
})
export class Thread {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  title: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null', index: true })
  author: Account | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date;

  @Property({ type: 'timestamptz' })
  lastActivityAt: Date;

  /** Published posts, the first one included; kept in step by every write that changes it. */
  @Property({ type: 'int' })
  postCount: number = 0;

  @Property({ type: 'boolean' })
  locked: boolean = false;

  /** The article this thread discusses (set by ArticleDiscussionService when the article is published). */
  @Property({ type: 'uuid', nullable: true })
  articleId: string | null = null;

  constructor(title: string, author: Account | null, createdAt: Date) {
    this.title = title;
    this.author = author;
    this.createdAt = createdAt;
    this.lastActivityAt = createdAt;
  }
}
