import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129180000_sync } from './Migration20261129180000_sync';
import { Migration20261129181000_accounts } from './Migration20261129181000_accounts';
import { Migration20261129182000_content } from './Migration20261129182000_content';
import { Migration20261129190000_forum } from './Migration20261129190000_forum';
import { Migration20261129193000_contact } from './Migration20261129193000_contact';
import { Migration20261129194000_editorial } from './Migration20261129194000_editorial';
import { Migration20261129194100_editorial_search } from './Migration20261129194100_editorial_search';
import { Migration20261129200000_moderation } from './Migration20261129200000_moderation';
import { Migration20261129201500_qa_approval } from './Migration20261129201500_qa_approval';
import { Migration20261129210000_campaigns } from './Migration20261129210000_campaigns';
import { Migration20261129211000_survey } from './Migration20261129211000_survey';
import { Migration20261129212000_research_consent } from './Migration20261129212000_research_consent';
import { Migration20261130010000_removal_archive_erasure } from './Migration20261130010000_removal_archive_erasure';
import { Migration20261130020000_password_reset } from './Migration20261130020000_password_reset';
import { Migration20261206010000_resource_phone_number } from './Migration20261206010000_resource_phone_number';
import { Migration20261206010000_published_views } from './Migration20261206010000_published_views';
import { Migration20261206035523_mail_queue } from './Migration20261206035523_mail_queue';
import { Migration20261206044811_rate_limits } from './Migration20261206044811_rate_limits';

/**
 * Migrations in the order they apply. Listed by hand (not globbed) so the same list works
 * from `tsc` output, from vitest and from the CLI. Add a new migration at the end (write it
 * from `npm run schema:diff -w backend`); never edit one that has shipped.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261129180000_sync', class: Migration20261129180000_sync },
  { name: 'Migration20261129181000_accounts', class: Migration20261129181000_accounts },
  { name: 'Migration20261129182000_content', class: Migration20261129182000_content },
  { name: 'Migration20261129190000_forum', class: Migration20261129190000_forum },
  { name: 'Migration20261129193000_contact', class: Migration20261129193000_contact },
  { name: 'Migration20261129194000_editorial', class: Migration20261129194000_editorial },
  { name: 'Migration20261129194100_editorial_search', class: Migration20261129194100_editorial_search },
  { name: 'Migration20261129200000_moderation', class: Migration20261129200000_moderation },
  { name: 'Migration20261129201500_qa_approval', class: Migration20261129201500_qa_approval },
  { name: 'Migration20261129210000_campaigns', class: Migration20261129210000_campaigns },
  { name: 'Migration20261129211000_survey', class: Migration20261129211000_survey },
  { name: 'Migration20261129212000_research_consent', class: Migration20261129212000_research_consent },
  { name: 'Migration20261130010000_removal_archive_erasure', class: Migration20261130010000_removal_archive_erasure },
  { name: 'Migration20261130020000_password_reset', class: Migration20261130020000_password_reset },
  { name: 'Migration20261206010000_resource_phone_number', class: Migration20261206010000_resource_phone_number },
  { name: 'Migration20261206010000_published_views', class: Migration20261206010000_published_views },
  { name: 'Migration20261206035523_mail_queue', class: Migration20261206035523_mail_queue },
  { name: 'Migration20261206044811_rate_limits', class: Migration20261206044811_rate_limits },
];
