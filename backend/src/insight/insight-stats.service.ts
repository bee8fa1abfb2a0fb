import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  ACTIVITY_CATEGORIES,
  STATS_LIMITS,
  activityCategory,
  type ActivityCategory,
  type ActivityCategoryRow,
  type ConversationsPerMonthRow,
  type PostsPerMonthRow,
  type RemovalsPerRuleRow,
  type StatsDashboardDto,
  type StatsHeadlineDto,
  type StatsTable,
  type SurveyResponsesRow,
  type TopPosterRow,
  type VisitsPerCampaignRow,
  type VisitsPerDayRow,
  type VisitsPerMonthRow,
} from '@sexhandel/shared';
import { osloDay } from '../stats/visit-record.handler';
import { addDays, asDay, share } from './insight-dates';

/** Accounts holding any of these roles are staff, not members, in every figure here. */
const STAFF_ROLES_SQL = `array['moderator', 'counsellor', 'editor', 'admin']::text[]`;

/** A table as rows of one shape; the CSV writer takes the same rows. */
export type StatsRows = { [T in StatsTable]: StatsTableRow<T>[] };
type StatsTableRow<T extends StatsTable> = {
  'visits-per-day': VisitsPerDayRow;
  'visits-per-month': VisitsPerMonthRow;
  'visits-per-campaign': VisitsPerCampaignRow;
  'activity-categories': ActivityCategoryRow;
  'top-posters': TopPosterRow;
  'posts-per-month': PostsPerMonthRow;
  'removals-per-rule': RemovalsPerRuleRow;
  'conversations-per-month': ConversationsPerMonthRow;
  'survey-responses': SurveyResponsesRow;
}[T];

interface MemberActivity {
  categories: ActivityCategoryRow[];
  topPosters: TopPosterRow[];
  members: number;
  memberPosts: number;
  topShare: number | null;
}

/**
 * The admin statistics: counts only. No query here returns anything about one person except the
 * top-posters aliases. Members are accounts without a staff role; their published posts (not in
 * the staff voice) are what "posts" means for activity.
 */
@Injectable()
export class InsightStatsService {
  constructor(private readonly em: EntityManager) {}

  private now(): Date {
    return new Date();
  }

  async getDashboard(): Promise<StatsDashboardDto> {
    const today = osloDay(this.now());
    const [
      visitsPerDay,
      visitsPerMonth,
      visitsPerCampaign,
      activity,
      postsPerMonth,
      removalsPerRule,
      conversationsPerMonth,
      surveyResponses,
    ] = await Promise.all([
      this.visitsPerDay(today),
      this.visitsPerMonth(),
      this.visitsPerCampaign(),
      this.memberActivity(),
      this.postsPerMonth(),
      this.removalsPerRule(),
      this.conversationsPerMonth(),
      this.surveyResponses(),
    ]);
    const windowVisits = visitsPerDay.reduce((sum, row) => sum + row.visits, 0);
    const headline: StatsHeadlineDto = {
      visitsToday: visitsPerDay.find((row) => row.day === today)?.visits ?? 0,
      visitsLast30Days: visitsPerDay
        .filter((row) => row.day > addDays(today, -30))
        .reduce((sum, row) => sum + row.visits, 0),
      visitsTotal: visitsPerMonth.reduce((sum, row) => sum + row.visits, 0),
      installedShare: share(
        visitsPerDay.reduce((sum, row) => sum + row.installed, 0),
        windowVisits,
      ),
      members: activity.members,
      memberPosts: activity.memberPosts,
      topShare: activity.topShare,
      conversationsTotal: conversationsPerMonth.reduce((sum, row) => sum + row.conversations, 0),
      surveyResponsesTotal: surveyResponses.reduce((sum, row) => sum + row.responses, 0),
    };
    return {
      generatedAt: this.now().toISOString(),
      headline,
      visitsPerDay,
      visitsPerMonth,
      visitsPerCampaign,
      activityCategories: activity.categories,
      topPosters: activity.topPosters,
      postsPerMonth,
      removalsPerRule,
      conversationsPerMonth,
      surveyResponses,
    };
  }

  /** One table's rows (the same rows the dashboard shows). */
  async getTable<T extends StatsTable>(table: T): Promise<StatsRows[T]> {
    const rows = await this.tableRows(table);
    return rows as StatsRows[T];
  }

  private async tableRows(table: StatsTable): Promise<StatsRows[StatsTable]> {
    switch (table) {
      case 'visits-per-day':
        return this.visitsPerDay(osloDay(this.now()));
      case 'visits-per-month':
        return this.visitsPerMonth();
      case 'visits-per-campaign':
        return this.visitsPerCampaign();
      case 'activity-categories':
        return (await this.memberActivity()).categories;
      case 'top-posters':
        return (await this.memberActivity()).topPosters;
      case 'posts-per-month':
        return this.postsPerMonth();
      case 'removals-per-rule':
        return this.removalsPerRule();
      case 'conversations-per-month':
        return this.conversationsPerMonth();
      case 'survey-responses':
        return this.surveyResponses();
    }
  }

  private sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
    return this.em.getConnection().execute<T[]>(query, params);
  }

  /** Every day of the window, oldest first, zero where nobody came. */
  async visitsPerDay(today: string): Promise<VisitsPerDayRow[]> {
    const first = addDays(today, -(STATS_LIMITS.visitDays - 1));
    const rows = await this.sql<{ day: Date | string; visits: string; installed: string }>(
      `select day, sum(visits) as visits, sum(case when installed then visits else 0 end) as installed
       from visit_count where day between ?::date and ?::date group by day`,
      [first, today],
    );
    const byDay = new Map(rows.map((row) => [asDay(row.day), row]));
    return Array.from({ length: STATS_LIMITS.visitDays }, (_, index) => {
      const day = addDays(first, index);
      const row = byDay.get(day);
      return { day, visits: Number(row?.visits ?? 0), installed: Number(row?.installed ?? 0) };
    });
  }

  async visitsPerMonth(): Promise<VisitsPerMonthRow[]> {
    const rows = await this.sql<{ month: string; visits: string; installed: string }>(
      `select to_char(day, 'YYYY-MM') as month, sum(visits) as visits,
              sum(case when installed then visits else 0 end) as installed
       from visit_count group by 1 order by 1`,
    );
    return rows.map((row) => ({ month: row.month, visits: Number(row.visits), installed: Number(row.installed) }));
  }

  /**
   * Every campaign (with its name and short-link opens, even before its first visit) and every
   * code that brought visits; "no campaign" ('') is a row of its own. Most visited first.
   */
  async visitsPerCampaign(): Promise<VisitsPerCampaignRow[]> {
    const rows = await this.sql<{ campaign: string; name: string | null; visits: string; opens: string | null }>(
      `with v as (select campaign, sum(visits) as visits from visit_count group by campaign),
            o as (select campaign_id, sum(opens) as opens from campaign_open group by campaign_id)
       select coalesce(c.code, v.campaign) as campaign, c.name, coalesce(v.visits, 0) as visits,
              case when c.id is null then null else coalesce(o.opens, 0) end as opens
       from v full join campaign c on c.code = v.campaign
       left join o on o.campaign_id = c.id
       order by coalesce(v.visits, 0) desc, coalesce(c.code, v.campaign)`,
    );
    return rows.map((row) => ({
      campaign: row.campaign,
      name: row.name,
      visits: Number(row.visits),
      opens: row.opens === null ? null : Number(row.opens),
    }));
  }

  /** Categories in the shared order (observer … superUser), the top posters and the top-3 share. */
  async memberActivity(): Promise<MemberActivity> {
    const counts = await this.sql<{ id: string; alias: string; posts: string }>(
      `select a.id, a.alias, count(p.id) as posts
       from account a
       left join post p on p.author_id = a.id and p.status = 'published' and not p.staff_voice
       where not (a.roles && ${STAFF_ROLES_SQL})
       group by a.id, a.alias`,
    );
    const members = counts.map((row) => ({ alias: row.alias, posts: Number(row.posts) }));
    const memberPosts = members.reduce((sum, member) => sum + member.posts, 0);
    const perCategory = new Map<ActivityCategory, { members: number; posts: number }>(
      ACTIVITY_CATEGORIES.map((category) => [category, { members: 0, posts: 0 }]),
    );
    for (const member of members) {
      const entry = perCategory.get(activityCategory(member.posts));
      if (entry) {
        entry.members += 1;
        entry.posts += member.posts;
      }
    }
    // Most posts first; equal counts by alias so the table does not shuffle between loads.
    const ranked = members
      .filter((member) => member.posts > 0)
      .sort((a, b) => b.posts - a.posts || a.alias.localeCompare(b.alias, 'nb'));
    const topPosts = ranked.slice(0, STATS_LIMITS.topShareMembers).reduce((sum, member) => sum + member.posts, 0);
    return {
      categories: ACTIVITY_CATEGORIES.map((category) => {
        const entry = perCategory.get(category) ?? { members: 0, posts: 0 };
        return {
          category,
          members: entry.members,
          posts: entry.posts,
          postShare: share(entry.posts, memberPosts) ?? 0,
        };
      }),
      topPosters: ranked.slice(0, STATS_LIMITS.topPosters).map((member, index) => ({
        rank: index + 1,
        alias: member.alias,
        posts: member.posts,
        postShare: share(member.posts, memberPosts) ?? 0,
      })),
      members: members.length,
      memberPosts,
      topShare: share(topPosts, memberPosts),
    };
  }

  /** Every post written, by anyone, per Oslo month; how many of them are removed now. */
  async postsPerMonth(): Promise<PostsPerMonthRow[]> {
    const rows = await this.sql<{ month: string; posts: string; removed: string }>(
      `select to_char(created_at at time zone 'Europe/Oslo', 'YYYY-MM') as month, count(*) as posts,
              count(*) filter (where status = 'removed') as removed
       from post group by 1 order by 1`,
    );
    return rows.map((row) => ({ month: row.month, posts: Number(row.posts), removed: Number(row.removed) }));
  }

  async removalsPerRule(): Promise<RemovalsPerRuleRow[]> {
    const rows = await this.sql<{ rule: number; title: string | null; removals: string }>(
      `select r.rule, fr.title, count(*) as removals
       from removal_archive r left join forum_rule fr on fr.number = r.rule
       where r.restored_at is null group by r.rule, fr.title order by r.rule`,
    );
    return rows.map((row) => ({ rule: Number(row.rule), ruleTitle: row.title, removals: Number(row.removals) }));
  }

  async conversationsPerMonth(): Promise<ConversationsPerMonthRow[]> {
    const rows = await this.sql<{ month: string; conversations: string }>(
      `select to_char(created_at at time zone 'Europe/Oslo', 'YYYY-MM') as month, count(*) as conversations
       from contact_conversation group by 1 order by 1`,
    );
    return rows.map((row) => ({ month: row.month, conversations: Number(row.conversations) }));
  }

  /** Every survey that is or was open (drafts have no answers), newest first, with its answer count. */
  async surveyResponses(): Promise<SurveyResponsesRow[]> {
    const rows = await this.sql<{ id: string; title: string; status: string; responses: string }>(
      `select s.id, s.title, s.status, count(r.id) as responses
       from survey s left join survey_response r on r.survey_id = s.id
       where s.status <> 'draft' or exists (select 1 from survey_response x where x.survey_id = s.id)
       group by s.id, s.title, s.status, s.created_at order by s.created_at desc, s.id`,
    );
    return rows.map((row) => ({
      surveyId: row.id,
      title: row.title,
      status: row.status,
      responses: Number(row.responses),
    }));
  }
}
