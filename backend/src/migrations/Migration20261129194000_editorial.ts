import { Migration } from '@mikro-orm/migrations';

/**
 * Editorial: press mentions, the start page, an article's linked author account, and the GIN
 * indexes of full-text search (expression indexes on the same `norwegian` tsvectors the search
 * query uses; PostgreSQL 15 and PGlite 17 both accept them).
 */
export class Migration20261129194000_editorial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "press_mention" ("id" uuid not null, "outlet" text not null, "date" date not null, "title" text not null, "url" text not null, "published" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "press_mention_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "press_mention_published_date_id_index" on "press_mention" ("published", "date", "id");`,
    );
    this.addSql(
      `create table "start_page" ("id" uuid not null default '00000000-0000-4000-8000-000000000005', "featured_article_id" uuid null, "introduction_markdown" text not null, "introduction_html" text not null, "today_news_link_id" uuid null, "updated_at" timestamptz not null, constraint "start_page_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "article" add column "author_account_id" uuid null;`,
    );
    this.addSql(
      `alter table "article" add constraint "article_author_account_id_foreign" foreign key ("author_account_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create index "article_author_account_id_index" on "article" ("author_account_id");`,
    );
    this.addSql(
      `create index "article_search_idx" on "article" using gin ((setweight(to_tsvector('norwegian', "title"), 'A') || setweight(to_tsvector('norwegian', "lead"), 'B') || setweight(to_tsvector('norwegian', "markdown"), 'C')));`,
    );
    this.addSql(
      `create index "news_link_search_idx" on "news_link" using gin ((setweight(to_tsvector('norwegian', "title"), 'A') || setweight(to_tsvector('norwegian', "comment"), 'B') || setweight(to_tsvector('norwegian', "source"), 'C')));`,
    );
    this.addSql(
      `create index "page_search_idx" on "page" using gin ((setweight(to_tsvector('norwegian', "title"), 'A') || setweight(to_tsvector('norwegian', "lead"), 'B') || setweight(to_tsvector('norwegian', "markdown"), 'C')));`,
    );
    this.addSql(
      `create index "resource_search_idx" on "resource" using gin ((setweight(to_tsvector('norwegian', "name"), 'A') || setweight(to_tsvector('norwegian', "description"), 'C')));`,
    );
    this.addSql(
      `create index "post_search_idx" on "post" using gin ((to_tsvector('norwegian', "body"))) where status = 'published';`,
    );
  }
}
