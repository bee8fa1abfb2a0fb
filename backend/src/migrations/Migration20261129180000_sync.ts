import { Migration } from '@mikro-orm/migrations';

export class Migration20261129180000_sync extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "sync_change" ("seq" bigserial primary key, "entity" text not null, "entity_id" uuid not null, "op" text not null, "data" jsonb null, "changed_at" timestamptz not null);`,
    );
    this.addSql(`alter table "sync_change" add constraint "sync_change_entity_entity_id_unique" unique ("entity", "entity_id");`);
    this.addSql(
      `create table "applied_mutation" ("id" uuid not null, "kind" text not null, "result_sealed" text null, "applied_at" timestamptz not null, constraint "applied_mutation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "visit_count" ("day" date not null, "campaign" text not null, "installed" boolean not null, "visits" int not null default 0, constraint "visit_count_pkey" primary key ("day", "campaign", "installed"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "visit_count";`);
    this.addSql(`drop table if exists "applied_mutation";`);
    this.addSql(`drop table if exists "sync_change";`);
  }
}
