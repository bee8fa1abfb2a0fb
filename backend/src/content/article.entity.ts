import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { AuthorRole } from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import { SEARCH_VECTORS, searchIndexSql } from '../search/search.vectors';

/**
 * An article in the archive. `publishedAt` is the date readers see and the keyset order of the
 * list; it survives an unpublish, so publishing again keeps the original date.
 */
@Entity({ tableName: 'article' })
@Index({ name: 'article_published_keyset_index', properties: ['published', 'publishedAt', 'id'] })
@Index({ name: 'article_tags_index', properties: ['tags'], type: 'gin' })
@Index({ name: 'article_search_idx', expression: searchIndexSql('article_search_idx', 'article', SEARCH_VECTORS.article('')) })
export class Article {
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

  @Property({ type: 'text' })
  html: string;

  @Property({ type: 'text' })
  authorName: string;

  @Property({ type: 'text' })
  authorRole: AuthorRole;

  @Property({ type: 'text[]' })
  tags: string[];

  @Property({ type: 'integer' })
  readingMinutes: number;

  /** A member account an editor linked as the author: their posts in the discussion get a badge. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null', index: true })
  authorAccount: Account | null = null;

  @Property({ type: 'boolean' })
  published = false;

  /** Set when first published (or given by the editor); null only for a never-published draft. */
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(
    slug: string,
    title: string,
    lead: string,
    markdown: string,
    html: string,
    authorName: string,
    authorRole: AuthorRole,
    tags: string[],
    readingMinutes: number,
  ) {
    this.slug = slug;
    this.title = title;
    this.lead = lead;
    this.markdown = markdown;
    this.html = html;
    this.authorName = authorName;
    this.authorRole = authorRole;
    this.tags = tags;
    this.readingMinutes = readingMinutes;
  }
}
