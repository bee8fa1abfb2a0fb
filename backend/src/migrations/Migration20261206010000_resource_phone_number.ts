import { Migration } from '@mikro-orm/migrations';

/**
 * Resources get the number a phone link dials, apart from the text shown ("02800 (nødnummer 112)"
 * must dial 02800, not 02800112). Where the shown text is nothing but a number, that number is
 * taken over; any other text keeps no link until an editor enters the number. Published resources
 * are recorded again under a new change sequence, so devices pull the new field.
 */
export class Migration20261206010000_resource_phone_number extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "resource" add column "phone_number" text null;`);
    this.addSql(
      `update "resource" set "phone_number" = regexp_replace("phone", '[ ]', '', 'g') where "phone" ~ '^\\+?[0-9][0-9 ]{1,20}$' and length(regexp_replace("phone", '[ +]', '', 'g')) between 3 and 15;`,
    );
    this.addSql(
      `update "sync_change" c set "data" = c."data" || jsonb_build_object('phoneNumber', r."phone_number"), "seq" = nextval(pg_get_serial_sequence('sync_change', 'seq')), "changed_at" = now() from "resource" r where c."entity" = 'resource' and c."entity_id" = r."id" and c."op" = 'upsert';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resource" drop column "phone_number";`);
  }
}
