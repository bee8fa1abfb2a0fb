import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { POST_STATUSES, type PostStatus } from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import { SEARCH_VECTORS, searchIndexSql } from '../search/search.vectors';
import { Thread } from './thread.entity';

/**
 * One post. The body is stored exactly as the member sent it and is never updated by anyone:
 * moderation changes `status`, not the words.
 */
@Entity({ tableName: 'post' })
@Index({ name: 'post_thread_created_idx', properties: ['thread', 'createdAt', 'id'] })
@Index({ name: 'post_author_created_idx', properties: ['author', 'createdAt'] })
// Full-text search over published posts only (search module).
@Index({ name: 'post_search_idx', expression: searchIndexSql('post_search_idx', 'post', SEARCH_VECTORS.post(''), `status = 'published'`) })
@Index({ name: 'post_author_fingerprint_idx', properties: ['author', 'fingerprint'] })
export class Post {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Thread, { deleteRule: 'cascade' })
  thread: Thread;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  author: Account | null;

  @Property({ type: 'text' })
  readonly body: string;

  /** SHA-256 of the body with case and spacing folded: finds a member's repeated posts. */
  @Property({ type: 'text' })
  fingerprint: string;

  @ManyToOne(() => Post, { nullable: true, deleteRule: 'set null', index: true })
  quotePost: Post | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date;

  @Enum({ items: () => [...POST_STATUSES] })
  status: PostStatus = 'published';

  @Property({ type: 'boolean', default: false })
  staffVoice: boolean = false;

  constructor(fields: { thread: Thread; author: Account | null; body: string; fingerprint: string; createdAt: Date }) {
    this.thread = fields.thread;
    this.author = fields.author;
    this.body = fields.body;
    this.fingerprint = fields.fingerprint;
    this.createdAt = fields.createdAt;
  }
}
