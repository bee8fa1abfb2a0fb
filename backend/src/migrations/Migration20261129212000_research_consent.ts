import { Migration } from '@mikro-orm/migrations';

/** A member's research consent: when given, null when not (the default) or withdrawn. */
export class Migration20261129212000_research_consent extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "research_consent_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account" drop column "research_consent_at";`);
  }
}
