import { Migration } from '@mikro-orm/migrations';

/** Campaigns with never-reused short codes, and short-link opens as per-day counts only. */
export class Migration20261129210000_campaigns extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "campaign" ("id" uuid not null, "name" text not null, "channel" text not null, "note" text not null default '', "code" text not null, "created_at" timestamptz not null, "archived_at" timestamptz null, constraint "campaign_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "campaign" add constraint "campaign_code_unique" unique ("code");`);
    this.addSql(
      `create table "campaign_open" ("day" date not null, "campaign_id" uuid not null, "opens" int not null default 0, constraint "campaign_open_pkey" primary key ("day", "campaign_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_open" cascade;`);
    this.addSql(`drop table if exists "campaign" cascade;`);
  }
}
