import { Migration } from '@mikro-orm/migrations';

/**
 * Rate-limit counters shared by every node, keyed by an HMAC under a random key replaced daily. The
 * counters' table is UNLOGGED (written by hand: the entities cannot say so): no write-ahead log for
 * them, not copied to replicas, emptied after a crash. PGlite accepts UNLOGGED too.
 */
export class Migration20261206044811_rate_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unlogged table "rate_limit_hit" ("key" text not null, "count" int not null, "expires_at" timestamptz not null, constraint "rate_limit_hit_pkey" primary key ("key"));`,
    );
    this.addSql(`create index "rate_limit_hit_expires_at_idx" on "rate_limit_hit" ("expires_at");`);
    this.addSql(
      `create table "rate_limit_key" ("generation" int not null, "secret_sealed" text not null, "created_at" timestamptz not null, constraint "rate_limit_key_pkey" primary key ("generation"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_key";`);
    this.addSql(`drop table if exists "rate_limit_hit";`);
  }
}
