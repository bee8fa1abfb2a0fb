import { Migration } from '@mikro-orm/migrations';

export class Migration20261129190000_forum extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "forum_member" ("account_id" uuid not null, "rules_accepted_at" timestamptz null, constraint "forum_member_pkey" primary key ("account_id"));`,
    );
    this.addSql(
      `create table "thread" ("id" uuid not null, "title" text not null, "author_id" uuid null, "created_at" timestamptz not null, "last_activity_at" timestamptz not null, "post_count" int not null default 0, "locked" boolean not null default false, "article_id" uuid null, constraint "thread_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "thread_author_id_index" on "thread" ("author_id");`);
    this.addSql(`create index "thread_last_activity_idx" on "thread" ("last_activity_at" desc, "id" desc);`);
    this.addSql(
      `create table "post" ("id" uuid not null, "thread_id" uuid not null, "author_id" uuid null, "body" text not null, "fingerprint" text not null, "quote_post_id" uuid null, "created_at" timestamptz not null, "status" text check ("status" in ('published', 'hidden', 'removed')) not null, "staff_voice" boolean not null default false, constraint "post_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "post_quote_post_id_index" on "post" ("quote_post_id");`);
    this.addSql(`create index "post_author_created_idx" on "post" ("author_id", "created_at");`);
    this.addSql(`create index "post_author_fingerprint_idx" on "post" ("author_id", "fingerprint");`);
    this.addSql(`create index "post_thread_created_idx" on "post" ("thread_id", "created_at", "id");`);
    this.addSql(
      `create table "flag" ("id" uuid not null, "post_id" uuid not null, "member_id" uuid not null, "rule" smallint not null, "note" text null, "created_at" timestamptz not null, constraint "flag_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "flag_member_id_index" on "flag" ("member_id");`);
    this.addSql(`alter table "flag" add constraint "flag_post_member_unique" unique ("post_id", "member_id");`);
    this.addSql(
      `alter table "forum_member" add constraint "forum_member_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "thread" add constraint "thread_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "post" add constraint "post_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "post" add constraint "post_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "post" add constraint "post_quote_post_id_foreign" foreign key ("quote_post_id") references "post" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "flag" add constraint "flag_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "flag" add constraint "flag_member_id_foreign" foreign key ("member_id") references "account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "flag";`);
    this.addSql(`drop table if exists "post";`);
    this.addSql(`drop table if exists "thread";`);
    this.addSql(`drop table if exists "forum_member";`);
  }
}
