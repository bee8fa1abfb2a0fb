import { Migration } from '@mikro-orm/migrations';

/** A Q&A is published only after the person approved its exact text. */
export class Migration20261129201500_qa_approval extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "qa" add column "person_approved_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "qa" drop column "person_approved_at";`);
  }
}
