import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The random key of the counters' HMAC: one current row, replaced every 24 hours by whichever node
 * notices first (the next generation's primary key makes two nodes agree), the old one deleted
 * with every counter made under it, so no stored counter can be traced back to an address.
 */
@Entity({ tableName: 'rate_limit_key' })
export class RateLimitKey {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  generation: number;

  /** 32 random bytes, sealed with DATA_KEY (context `rate_limit_key <generation>`). */
  @Property({ type: 'text' })
  secretSealed: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date;

  constructor(generation: number, secretSealed: string, createdAt: Date) {
    this.generation = generation;
    this.secretSealed = secretSealed;
    this.createdAt = createdAt;
  }
}
