import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A domain posts may not link to (its subdomains included); stored normalised (lower case, no www.). */
@Entity({ tableName: 'blocked_domain' })
export class BlockedDomain {
  @PrimaryKey({ type: 'text' })
  domain: string;

  @Property({ type: 'uuid' })
  addedById: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date;

  constructor(domain: string, addedById: string, createdAt: Date) {
    this.domain = domain;
    this.addedById = addedById;
    this.createdAt = createdAt;
  }
}
