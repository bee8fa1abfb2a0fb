import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '../common/sql';

/**
 * The stats feature's SQL, the only place that names visit_count. It publishes the view
 * `visits_per_campaign` for campaigns.
 */
@Injectable()
export class StatsRepository {
  constructor(private readonly em: EntityManager) {}

  /** One more visit on that day; counts only, nothing about the visitor. */
  async countVisit(em: EntityManager, visit: { day: string; campaign: string; installed: boolean }): Promise<void> {
    await sqlIn(
      em,
      `insert into visit_count (day, campaign, installed, visits) values (?, ?, ?, 1)
       on conflict (day, campaign, installed) do update set visits = visit_count.visits + 1`,
      [visit.day, visit.campaign, visit.installed],
    );
  }

  /** Visits and installed-app visits per day between two days (inclusive); days without visits are absent. */
  visitsPerDay(first: string, last: string): Promise<Array<{ day: Date | string; visits: string; installed: string }>> {
    return sqlIn(
      this.em,
      `select day, sum(visits) as visits, sum(case when installed then visits else 0 end) as installed
       from visit_count where day between ?::date and ?::date group by day`,
      [first, last],
    );
  }

  visitsPerMonth(): Promise<Array<{ month: string; visits: string; installed: string }>> {
    return sqlIn(
      this.em,
      `select to_char(day, 'YYYY-MM') as month, sum(visits) as visits,
              sum(case when installed then visits else 0 end) as installed
       from visit_count group by 1 order by 1`,
    );
  }
}
