import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { START_PAGE_ID } from '@sexhandel/shared';

/** The start page as editors shape it: one row, pulled by devices as 'startPage'. */
@Entity({ tableName: 'start_page' })
export class StartPage {
  @PrimaryKey({ type: 'uuid' })
  id: string = START_PAGE_ID;

  /** An article shown first; checked to exist when set, may point at an unpublished one later. */
  @Property({ type: 'uuid', nullable: true })
  featuredArticleId: string | null = null;

  @Property({ type: 'text' })
  introductionMarkdown: string;

  /** Sanitised HTML rendered from `introductionMarkdown`; written together with it. */
  @Property({ type: 'text' })
  introductionHtml: string;

  @Property({ type: 'uuid', nullable: true })
  todayNewsLinkId: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  constructor(introductionMarkdown: string, introductionHtml: string) {
    this.introductionMarkdown = introductionMarkdown;
    this.introductionHtml = introductionHtml;
  }
}
