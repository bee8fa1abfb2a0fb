import { Migration } from '@mikro-orm/migrations';

export class Migration20261129181000_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "account" ("id" uuid not null, "alias" text not null, "alias_key" text not null, "email_sealed" text not null, "email_index" text not null, "password_hash" text not null, "roles" text[] not null, "created_at" timestamptz not null, constraint "account_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "account" add constraint "account_alias_key_unique" unique ("alias_key");`);
    this.addSql(`alter table "account" add constraint "account_email_index_unique" unique ("email_index");`);
    this.addSql(
      `create table "session" ("id" uuid not null, "token_hash" text not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);
    this.addSql(
      `alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "session";`);
    this.addSql(`drop table if exists "account";`);
  }
}
