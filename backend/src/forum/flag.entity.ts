import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity';
import { Post } from './post.entity';

/** A member's report that a post breaks one of the six rules; one per member per post. */
@Entity({ tableName: 'flag' })
@Unique({ name: 'flag_post_member_unique', properties: ['post', 'member'] })
export class Flag {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Post, { deleteRule: 'cascade' })
  post: Post;

  @ManyToOne(() => Account, { deleteRule: 'cascade', index: true })
  member: Account;

  @Property({ type: 'smallint' })
  rule: number;

  @Property({ type: 'text', nullable: true })
  note: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(post: Post, member: Account, rule: number, note: string | null) {
    this.post = post;
    this.member = member;
    this.rule = rule;
    this.note = note;
  }
}
