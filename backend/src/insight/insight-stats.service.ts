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
import { AccountsRepository } from '../accounts/accounts.repository';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { osloDay } from '../common/oslo-day';
import { ContactRepository } from '../contact/contact.repository';
import { ContentRepository } from '../content/content.repository';
import { ForumRepository } from '../forum/forum.repository';
import { ModerationRepository } from '../moderation/moderation.repository';
import { StatsRepository } from '../stats/stats.repository';
import { SurveyRepository } from '../survey/survey.repository';
import { addDays, asDay, share } from './insight-dates';

/** Accounts holding any of these roles are staff, not members, in every figure here. */
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
  constructor(
    private readonly stats: StatsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly accounts: AccountsRepository,
    private readonly forum: ForumRepository,
    private readonly moderation: ModerationRepository,
    private readonly content: ContentRepository,
    private readonly contact: ContactRepository,
    private readonly surveys: SurveyRepository,
  ) {}

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

  /** Every day of the window, oldest first, zero where nobody came. */
  async visitsPerDay(today: string): Promise<VisitsPerDayRow[]> {
    const first = addDays(today, -(STATS_LIMITS.visitDays - 1));
    const rows = await this.stats.visitsPerDay(first, today);
    const byDay = new Map(rows.map((row) => [asDay(row.day), row]));
    return Array.from({ length: STATS_LIMITS.visitDays }, (_, index) => {
      const day = addDays(first, index);
      const row = byDay.get(day);
      return { day, visits: Number(row?.visits ?? 0), installed: Number(row?.installed ?? 0) };
    });
  }

  async visitsPerMonth(): Promise<VisitsPerMonthRow[]> {
    const rows = await this.stats.visitsPerMonth();
    return rows.map((row) => ({ month: row.month, visits: Number(row.visits), installed: Number(row.installed) }));
  }

  /**
   * Every campaign (with its name and short-link opens, even before its first visit) and every
   * code that brought visits; "no campaign" ('') is a row of its own. Most visited first.
   */
  async visitsPerCampaign(): Promise<VisitsPerCampaignRow[]> {
    const rows = await this.campaigns.visitsPerCampaign();
    return rows.map((row) => ({
      campaign: row.campaign,
      name: row.name,
      visits: Number(row.visits),
      opens: row.opens === null ? null : Number(row.opens),
    }));
  }

  /** Categories in the shared order (observer … superUser), the top posters and the top-3 share. */
  async memberActivity(): Promise<MemberActivity> {
    const [accounts, published] = await Promise.all([
      this.accounts.listMembersWithoutStaffRole(),
      this.forum.countPublishedMemberPostsPerAuthor(),
    ]);
    const members = accounts.map((row) => ({ alias: row.alias, posts: published.get(row.id) ?? 0 }));
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
    const rows = await this.forum.countPostsPerMonth();
    return rows.map((row) => ({ month: row.month, posts: Number(row.posts), removed: Number(row.removed) }));
  }

  async removalsPerRule(): Promise<RemovalsPerRuleRow[]> {
    const [rows, titles] = await Promise.all([
      this.moderation.countRemovalsPerRule(),
      this.content.ruleTitles({ publishedOnly: false }),
    ]);
    return rows.map((row) => ({
      rule: Number(row.rule),
      ruleTitle: titles.get(Number(row.rule)) ?? null,
      removals: Number(row.removals),
    }));
  }

  async conversationsPerMonth(): Promise<ConversationsPerMonthRow[]> {
    const rows = await this.contact.countConversationsPerMonth();
    return rows.map((row) => ({ month: row.month, conversations: Number(row.conversations) }));
  }

  /** Every survey that is or was open (drafts have no answers), newest first, with its answer count. */
  async surveyResponses(): Promise<SurveyResponsesRow[]> {
    const rows = await this.surveys.listResponseCounts();
    return rows.map((row) => ({
      surveyId: row.id,
      title: row.title,
      status: row.status,
      responses: Number(row.responses),
    }));
  }
}
