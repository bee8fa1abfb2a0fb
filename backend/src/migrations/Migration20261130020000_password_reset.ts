import { Migration } from '@mikro-orm/migrations';

/** Mailed password-reset links: the token's hash, its account and when it stops working. */
export class Migration20261130020000_password_reset extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "password_reset" ("id" uuid not null, "token_hash" text not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "password_reset_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_account_id_index" on "password_reset" ("account_id");`);
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_reset";`);
  }
}
