import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { SEARCH_VECTORS, searchIndexSql } from '../search/search.vectors';
import { DayType } from './day.type';

/** A curated link to a news story elsewhere, with the editors' short comment. */
@Entity({ tableName: 'news_link' })
@Index({ properties: ['published', 'date', 'id'] })
@Index({ name: 'news_link_search_idx', expression: searchIndexSql('news_link_search_idx', 'news_link', SEARCH_VECTORS.newsLink('')) })
export class NewsLink {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  url: string;

  @Property({ type: 'text' })
  source: string;

  /** Day of the story, YYYY-MM-DD. */
  @Property({ type: DayType })
  date: string;

  @Property({ type: 'text' })
  comment: string;

  @Property({ type: 'boolean' })
  published = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(title: string, url: string, source: string, date: string, comment: string) {
    this.title = title;
    this.url = url;
    this.source = source;
    this.date = date;
    this.comment = comment;
  }
}
