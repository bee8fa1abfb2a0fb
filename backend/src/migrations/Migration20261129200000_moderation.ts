import { Migration } from '@mikro-orm/migrations';

export class Migration20261129200000_moderation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "actor_id" uuid not null, "actor_alias" text not null, "action" text not null, "target_type" text not null, "target_id" text not null, "reason" text null, "at" timestamptz not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_at_idx" on "audit_entry" ("at", "id");`);
    // The audit log is append-only: the database itself refuses to change or delete a row.
    this.addSql(
      `create function "audit_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only: % is not allowed', tg_op; end; $$;`,
    );
    this.addSql(
      `create trigger "audit_entry_no_change" before update or delete on "audit_entry" for each row execute function "audit_entry_append_only"();`,
    );
    this.addSql(
      `create trigger "audit_entry_no_truncate" before truncate on "audit_entry" for each statement execute function "audit_entry_append_only"();`,
    );
    this.addSql(
      `create table "blocked_domain" ("domain" text not null, "added_by_id" uuid not null, "created_at" timestamptz not null, constraint "blocked_domain_pkey" primary key ("domain"));`,
    );
    this.addSql(
      `create table "member_suspension" ("account_id" uuid not null, "until" timestamptz not null, "reason" text not null, "moderator_id" uuid not null, "created_at" timestamptz not null, constraint "member_suspension_pkey" primary key ("account_id"));`,
    );
    this.addSql(
      `create table "removal_archive" ("id" uuid not null, "post_id" uuid null, "thread_id" uuid not null, "thread_title" text not null, "author_alias" text null, "post_created_at" timestamptz not null, "quote_post_id" uuid null, "body_sealed" text not null, "rule" smallint not null, "note" text not null, "moderator_id" uuid not null, "moderator_alias" text not null, "removed_at" timestamptz not null, "restored_at" timestamptz null, constraint "removal_archive_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "removal_archive_post_id_index" on "removal_archive" ("post_id");`);
    this.addSql(`create unique index "removal_archive_active_unique" on "removal_archive" ("post_id") where "restored_at" is null;`);
    this.addSql(`create index "removal_archive_removed_idx" on "removal_archive" ("removed_at", "id");`);
    this.addSql(
      `create table "flag_dismissal" ("flag_id" uuid not null, "moderator_id" uuid not null, "dismissed_at" timestamptz not null, constraint "flag_dismissal_pkey" primary key ("flag_id"));`,
    );
    this.addSql(
      `alter table "member_suspension" add constraint "member_suspension_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "removal_archive" add constraint "removal_archive_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "flag_dismissal" add constraint "flag_dismissal_flag_id_foreign" foreign key ("flag_id") references "flag" ("id") on update cascade on delete cascade;`,
    );
  }
}
