import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One counter of a limit (failed logins of an alias, sign-ups of a client …), shared by every node.
 * `key` is an HMAC of the limit's name and the alias or client address under the current
 * `rate_limit_key`, never the alias or address. The table is UNLOGGED (migration
 * Migration20261206044811_rate_limits): counters are not worth a write-ahead log, and a crash may
 * empty it.
 */
@Entity({ tableName: 'rate_limit_hit' })
@Index({ name: 'rate_limit_hit_expires_at_idx', properties: ['expiresAt'] })
export class RateLimitHit {
  /** Hex HMAC-SHA256 of (limit name, subject). */
  @PrimaryKey({ type: 'text' })
  key: string;

  @Property({ type: 'integer' })
  count: number;

  /** The end of the counting window (or of a hold, such as a lock); later the row counts for nothing. */
  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  constructor(key: string, count: number, expiresAt: Date) {
    this.key = key;
    this.count = count;
    this.expiresAt = expiresAt;
  }
}
