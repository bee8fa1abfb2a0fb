import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Visits as counts only: one row per day, campaign and installed flag. Nothing here can tell
 * two devices apart; the device itself sends at most one `visit.record` per day.
 */
@Entity({ tableName: 'visit_count' })
export class VisitCount {
  @PrimaryKey({ type: 'date' })
  day: string;

  /** Campaign short code, '' when the visit came through no campaign. */
  @PrimaryKey({ type: 'text' })
  campaign: string;

  @PrimaryKey({ type: 'boolean' })
  installed: boolean;

  @Property({ type: 'integer' })
  visits = 0;

  constructor(day: string, campaign: string, installed: boolean) {
    this.day = day;
    this.campaign = campaign;
    this.installed = installed;
  }
}
