import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { DayType } from '../common/day.type';

/** "The service in the media": a piece about the service in another outlet. */
@Entity({ tableName: 'press_mention' })
@Index({ properties: ['published', 'date', 'id'] })
export class PressMention {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  outlet: string;

  /** Day of publication, YYYY-MM-DD. */
  @Property({ type: DayType })
  date: string;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  url: string;

  @Property({ type: 'boolean' })
  published = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(outlet: string, date: string, title: string, url: string) {
    this.outlet = outlet;
    this.date = date;
    this.title = title;
    this.url = url;
  }
}
