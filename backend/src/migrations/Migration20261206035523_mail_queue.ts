import { Migration } from '@mikro-orm/migrations';

/** The mail queue: mail written in the transaction that causes it, sent after commit by the mail worker. */
export class Migration20261206035523_mail_queue extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "mail_queue" ("id" uuid not null, "message_id" text not null, "message_sealed" text null, "created_at" timestamptz not null, "attempts" int not null default 0, "next_attempt_at" timestamptz null, "sent_at" timestamptz null, "last_error" text null, constraint "mail_queue_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "mail_queue" add constraint "mail_queue_message_id_unique" unique ("message_id");`);
    this.addSql(`create index "mail_queue_next_attempt_at_idx" on "mail_queue" ("next_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_queue";`);
  }
}
