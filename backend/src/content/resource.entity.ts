import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ResourceKind } from '@sexhandel/shared';
import { SEARCH_VECTORS, searchIndexSql } from '../search/search.vectors';

/** An entry of the resource directory: literature, an organisation or a help service. */
@Entity({ tableName: 'resource' })
@Index({ name: 'resource_search_idx', expression: searchIndexSql('resource_search_idx', 'resource', SEARCH_VECTORS.resource('')) })
export class Resource {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  kind: ResourceKind;

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text', nullable: true })
  url: string | null;

  @Property({ type: 'text', nullable: true })
  phone: string | null;

  @Property({ type: 'text' })
  description: string;

  @Property({ type: 'boolean' })
  published = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(kind: ResourceKind, name: string, url: string | null, phone: string | null, description: string) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.phone = phone;
    this.description = description;
  }
}
