import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Short-link opens as counts only: one row per day (Europe/Oslo) and campaign. No cookie, no
 * address, no time of day: nothing here tells one opener from another.
 */
@Entity({ tableName: 'campaign_open' })
export class CampaignOpen {
  @PrimaryKey({ type: 'date' })
  day: string;

  @PrimaryKey({ type: 'uuid' })
  campaignId: string;

  @Property({ type: 'integer' })
  opens = 0;

  constructor(day: string, campaignId: string) {
    this.day = day;
    this.campaignId = campaignId;
  }
}
