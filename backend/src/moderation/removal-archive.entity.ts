import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Post } from '../forum/post.entity';

/**
 * A removal of a post and the staff-only copy of what was removed. The post itself keeps its
 * body untouched (status 'removed'); the copy here is sealed (FieldCipher, context
 * 'moderation.archive'). The removal in force for a post is its row with `restoredAt` null.
 * When the author deletes their account with their posts, the copy goes (`bodySealed` null), and
 * so does the title of a thread that was deleted with them.
 */
@Entity({ tableName: 'removal_archive' })
@Index({ name: 'removal_archive_removed_idx', properties: ['removedAt', 'id'] })
@Index({
  name: 'removal_archive_active_unique',
  expression:
    'create unique index "removal_archive_active_unique" on "removal_archive" ("post_id") where "restored_at" is null',
})
export class RemovalArchive {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Post, { nullable: true, deleteRule: 'set null', index: true })
  post: Post | null;

  @Property({ type: 'uuid' })
  threadId: string;

  @Property({ type: 'text', nullable: true })
  threadTitle: string | null;

  @Property({ type: 'text', nullable: true })
  authorAlias: string | null;

  @Property({ type: 'timestamptz' })
  postCreatedAt: Date;

  @Property({ type: 'uuid', nullable: true })
  quotePostId: string | null;

  /** The post's text as it was, sealed; null once the author erased it with their account. */
  @Property({ type: 'text', nullable: true })
  bodySealed: string | null;

  @Property({ type: 'smallint' })
  rule: number;

  @Property({ type: 'text' })
  note: string;

  @Property({ type: 'uuid' })
  moderatorId: string;

  @Property({ type: 'text' })
  moderatorAlias: string;

  @Property({ type: 'timestamptz' })
  removedAt: Date;

  @Property({ type: 'timestamptz', nullable: true })
  restoredAt: Date | null = null;

  constructor(fields: {
    post: Post;
    threadId: string;
    threadTitle: string;
    authorAlias: string | null;
    postCreatedAt: Date;
    quotePostId: string | null;
    bodySealed: string;
    rule: number;
    note: string;
    moderatorId: string;
    moderatorAlias: string;
    removedAt: Date;
  }) {
    this.post = fields.post;
    this.threadId = fields.threadId;
    this.threadTitle = fields.threadTitle;
    this.authorAlias = fields.authorAlias;
    this.postCreatedAt = fields.postCreatedAt;
    this.quotePostId = fields.quotePostId;
    this.bodySealed = fields.bodySealed;
    this.rule = fields.rule;
    this.note = fields.note;
    this.moderatorId = fields.moderatorId;
    this.moderatorAlias = fields.moderatorAlias;
    this.removedAt = fields.removedAt;
  }
}
