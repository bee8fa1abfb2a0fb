import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { SEARCH_VECTORS, searchIndexSql } from '../search/search.vectors';

/** An information page ("what the law says", "help to stop"): few, ordered by position. */
@Entity({ tableName: 'page' })
@Index({ properties: ['published', 'position'] })
@Index({ name: 'page_search_idx', expression: searchIndexSql('page_search_idx', 'page', SEARCH_VECTORS.page('')) })
export class Page {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  slug: string;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  lead: string;

  @Property({ type: 'text' })
  markdown: string;

  /** Sanitised HTML rendered from `markdown`; written together with it. */
  @Property({ type: 'text' })
  html: string;

  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'boolean' })
  published = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(slug: string, title: string, lead: string, markdown: string, html: string, position: number) {
    this.slug = slug;
    this.title = title;
    this.lead = lead;
    this.markdown = markdown;
    this.html = html;
    this.position = position;
  }
}
