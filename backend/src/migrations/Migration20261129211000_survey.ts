import { Migration } from '@mikro-orm/migrations';

/** User survey: surveys admins define and the answers devices send (day only, free text sealed). */
export class Migration20261129211000_survey extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "survey" ("id" uuid not null, "title" text not null, "intro" text not null, "status" text check ("status" in ('draft', 'open', 'closed')) not null default 'draft', "questions" jsonb not null, "created_at" timestamptz not null, "opened_at" timestamptz null, "closed_at" timestamptz null, constraint "survey_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "survey_status_idx" on "survey" ("status");`);
    this.addSql(
      `create table "survey_response" ("id" uuid not null, "survey_id" uuid not null, "day" date not null, "response_key_hash" text not null, "answers" jsonb not null, constraint "survey_response_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "survey_response_day_index" on "survey_response" ("day");`);
    this.addSql(
      `alter table "survey_response" add constraint "survey_response_survey_id_response_key_hash_unique" unique ("survey_id", "response_key_hash");`,
    );
    this.addSql(
      `alter table "survey_response" add constraint "survey_response_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "survey_response" cascade;`);
    this.addSql(`drop table if exists "survey" cascade;`);
  }
}
