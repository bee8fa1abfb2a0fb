import { Migration } from '@mikro-orm/migrations';

/**
 * A member who deletes their account with "erase my posts" takes the archived copy of their removed
 * posts with them, and the title of a thread that went with it: both columns may now be null.
 */
export class Migration20261130010000_removal_archive_erasure extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "removal_archive" alter column "body_sealed" drop not null;`);
    this.addSql(`alter table "removal_archive" alter column "thread_title" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "removal_archive" where "body_sealed" is null;`);
    this.addSql(`update "removal_archive" set "thread_title" = '' where "thread_title" is null;`);
    this.addSql(`alter table "removal_archive" alter column "body_sealed" set not null;`);
    this.addSql(`alter table "removal_archive" alter column "thread_title" set not null;`);
  }
}
