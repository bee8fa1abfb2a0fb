import { Migration } from '@mikro-orm/migrations';

export class Migration20261129182000_content extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "page" ("id" uuid not null, "slug" text not null, "title" text not null, "lead" text not null, "markdown" text not null, "html" text not null, "position" int not null, "published" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "page_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "page" add constraint "page_slug_unique" unique ("slug");`);
    this.addSql(`create index "page_published_position_index" on "page" ("published", "position");`);

    this.addSql(
      `create table "article" ("id" uuid not null, "slug" text not null, "title" text not null, "lead" text not null, "markdown" text not null, "html" text not null, "author_name" text not null, "author_role" text not null, "tags" text[] not null, "reading_minutes" int not null, "published" boolean not null default false, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "article_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "article" add constraint "article_slug_unique" unique ("slug");`);
    this.addSql(`create index "article_tags_index" on "article" using gin ("tags");`);
    this.addSql(`create index "article_published_keyset_index" on "article" ("published", "published_at", "id");`);

    this.addSql(
      `create table "news_link" ("id" uuid not null, "title" text not null, "url" text not null, "source" text not null, "date" date not null, "comment" text not null, "published" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "news_link_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "news_link_published_date_id_index" on "news_link" ("published", "date", "id");`);

    this.addSql(
      `create table "resource" ("id" uuid not null, "kind" text not null, "name" text not null, "url" text null, "phone" text null, "description" text not null, "published" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "resource_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "forum_rule" ("id" uuid not null, "number" smallint not null, "title" text not null, "text" text not null, "published" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "forum_rule_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "forum_rule" add constraint "forum_rule_number_unique" unique ("number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "forum_rule";`);
    this.addSql(`drop table if exists "resource";`);
    this.addSql(`drop table if exists "news_link";`);
    this.addSql(`drop table if exists "article";`);
    this.addSql(`drop table if exists "page";`);
  }
}
