import { Migration } from '@mikro-orm/migrations';

export class Migration20261129193000_contact extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "contact_conversation" ("id" uuid not null, "topic" text check ("topic" in ('buying-sex', 'worries', 'relationships', 'health', 'law', 'trafficking', 'other')) not null, "status" text check ("status" in ('new', 'waiting', 'answered', 'closed')) not null default 'new', "reply_by" text check ("reply_by" in ('pickup', 'email')) not null, "email_sealed" text null, "pickup_code_hash" text null, "publish_consent" boolean not null default false, "created_at" timestamptz not null, "last_message_at" timestamptz not null, "closed_at" timestamptz null, constraint "contact_conversation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "contact_conversation" add constraint "contact_conversation_pickup_code_hash_unique" unique ("pickup_code_hash");`,
    );
    this.addSql(`create index "contact_conversation_last_message_idx" on "contact_conversation" ("last_message_at");`);
    this.addSql(
      `create index "contact_conversation_inbox_idx" on "contact_conversation" ("status", "last_message_at", "id");`,
    );
    this.addSql(
      `create table "contact_note" ("id" uuid not null, "conversation_id" uuid not null, "author_id" uuid null, "body_sealed" text not null, "created_at" timestamptz not null, constraint "contact_note_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contact_note_author_id_index" on "contact_note" ("author_id");`);
    this.addSql(
      `create index "contact_note_conversation_created_idx" on "contact_note" ("conversation_id", "created_at");`,
    );
    this.addSql(
      `create table "contact_message" ("id" uuid not null, "conversation_id" uuid not null, "sender" text check ("sender" in ('person', 'counsellor')) not null, "body_sealed" text not null, "counsellor_id" uuid null, "created_at" timestamptz not null, constraint "contact_message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contact_message_counsellor_id_index" on "contact_message" ("counsellor_id");`);
    this.addSql(
      `create index "contact_message_conversation_created_idx" on "contact_message" ("conversation_id", "created_at", "id");`,
    );
    this.addSql(
      `create table "phone_line" ("id" uuid not null default '00000000-0000-4000-8000-000000000001', "number" text not null, "hours" jsonb not null, "closed_dates" jsonb not null, "note" text not null default '', "updated_at" timestamptz not null, constraint "phone_line_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "qa" ("id" uuid not null, "conversation_id" uuid null, "topic" text check ("topic" in ('buying-sex', 'worries', 'relationships', 'health', 'law', 'trafficking', 'other')) not null, "question" text not null, "answer" text not null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "created_by_id" uuid null, "created_at" timestamptz not null, "published_at" timestamptz null, constraint "qa_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "qa_conversation_id_index" on "qa" ("conversation_id");`);
    this.addSql(`create index "qa_created_by_id_index" on "qa" ("created_by_id");`);
    this.addSql(`create index "qa_status_published_idx" on "qa" ("status", "published_at");`);
    this.addSql(
      `alter table "contact_note" add constraint "contact_note_conversation_id_foreign" foreign key ("conversation_id") references "contact_conversation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contact_note" add constraint "contact_note_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "contact_message" add constraint "contact_message_conversation_id_foreign" foreign key ("conversation_id") references "contact_conversation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contact_message" add constraint "contact_message_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "qa" add constraint "qa_conversation_id_foreign" foreign key ("conversation_id") references "contact_conversation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "qa" add constraint "qa_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "qa" cascade;`);
    this.addSql(`drop table if exists "contact_note" cascade;`);
    this.addSql(`drop table if exists "contact_message" cascade;`);
    this.addSql(`drop table if exists "phone_line" cascade;`);
    this.addSql(`drop table if exists "contact_conversation" cascade;`);
  }
}
