import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CampaignChannel } from '@sexhandel/shared';
import { sqlIn } from '../common/sql';

export interface CampaignRow {
  id: string;
  name: string;
  channel: CampaignChannel;
  note: string;
  code: string;
  created_at: Date | string;
  archived_at: Date | string | null;
  opens: number | string;
  visits: number | string;
}

/**
 * The campaigns feature's SQL, the only place that names campaign and campaign_open. Visits
 * come from the stats view `visits_per_campaign`.
 */
@Injectable()
export class CampaignsRepository {
  constructor(private readonly em: EntityManager) {}

  /** Active campaigns first, newest first; each with its link opens and visits. */
  list(onlyId?: string): Promise<CampaignRow[]> {
    return sqlIn<CampaignRow>(
      this.em,
      `select c.id, c.name, c.channel, c.note, c.code, c.created_at, c.archived_at,
              coalesce((select sum(o.opens) from campaign_open o where o.campaign_id = c.id), 0) as opens,
              coalesce((select v.visits from visits_per_campaign v where v.campaign = c.code), 0) as visits
         from campaign c
        ${onlyId ? 'where c.id = ?' : ''}
        order by (c.archived_at is not null), c.created_at desc, c.code`,
      onlyId ? [onlyId] : [],
    );
  }

  /** Adds one to the day's opens of an active campaign; false when no active campaign has the code. */
  async countOpen(day: string, code: string): Promise<boolean> {
    const rows = await sqlIn<{ opens: number }>(
      this.em,
      `insert into campaign_open (day, campaign_id, opens)
       select ?, c.id, 1 from campaign c where c.code = ? and c.archived_at is null
       on conflict (day, campaign_id) do update set opens = campaign_open.opens + 1
       returning campaign_open.opens`,
      [day, code],
    );
    return rows.length > 0;
  }

  /** Whether a campaign (archived too) has this code. */
  async isKnownCode(em: EntityManager, code: string): Promise<boolean> {
    const rows = await sqlIn<{ code: string }>(em, 'select code from campaign where code = ?', [code]);
    return rows.length > 0;
  }

  /**
   * Every campaign (with its name and short-link opens, even before its first visit) and every
   * code that brought visits; "no campaign" ('') is a row of its own. Most visited first.
   */
  visitsPerCampaign(): Promise<Array<{ campaign: string; name: string | null; visits: string; opens: string | null }>> {
    return sqlIn(
      this.em,
      `with o as (select campaign_id, sum(opens) as opens from campaign_open group by campaign_id)
       select coalesce(c.code, v.campaign) as campaign, c.name, coalesce(v.visits, 0) as visits,
              case when c.id is null then null else coalesce(o.opens, 0) end as opens
       from visits_per_campaign v full join campaign c on c.code = v.campaign
       left join o on o.campaign_id = c.id
       order by coalesce(v.visits, 0) desc, coalesce(c.code, v.campaign)`,
    );
  }
}
