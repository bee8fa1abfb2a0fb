import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { CampaignChannel } from '@sexhandel/shared';
import { randomUUID } from 'node:crypto';

/** An outreach campaign. Never deleted: archiving keeps its code taken and its counts readable. */
@Entity({ tableName: 'campaign' })
export class Campaign {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text' })
  channel: CampaignChannel;

  @Property({ type: 'text', default: '' })
  note: string = '';

  /** Short-link code, lowercase; unique and never reused (rows are never deleted). */
  @Property({ type: 'text' })
  @Unique({ name: 'campaign_code_unique' })
  code: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  constructor(name: string, channel: CampaignChannel, note: string, code: string) {
    this.name = name;
    this.channel = channel;
    this.note = note;
    this.code = code;
  }
}
