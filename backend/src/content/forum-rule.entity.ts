import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ForumRuleNumber } from '@sexhandel/shared';

/** One of the six published forum rules; removals and flags cite it by number. */
@Entity({ tableName: 'forum_rule' })
export class ForumRule {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'smallint', unique: true })
  number: ForumRuleNumber;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  text: string;

  @Property({ type: 'boolean' })
  published = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(number: ForumRuleNumber, title: string, text: string) {
    this.number = number;
    this.title = title;
    this.text = text;
  }
}
