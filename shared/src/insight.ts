/**
 * The insight contract: the admin statistics dashboard (counts only), the research export of
 * consenting members' posts, and the member's research consent.
 */

import type { ActivityCategory } from './forum.js';

/** Tables of GET /api/admin/stats/:table (JSON, or CSV with ?format=csv). */
export const STATS_TABLES = [
  'visits-per-day',
  'visits-per-month',
  'visits-per-campaign',
  'activity-categories',
  'top-posters',
  'posts-per-month',
  'removals-per-rule',
  'conversations-per-month',
  'survey-responses',
] as const;
export type StatsTable = (typeof STATS_TABLES)[number];

/** Download formats of a statistics table. */
export const STATS_FORMATS = ['json', 'csv'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];

export const STATS_LIMITS = {
  /** visits-per-day covers today (Oslo) and the days before it. */
  visitDays: 60,
  /** Rows in the top-posters table. */
  topPosters: 10,
  /** The dashboard's concentration figure: share of posts written by this many most active members. */
  topShareMembers: 3,
} as const;

/** One day (Oslo calendar), every day of the window present (0 when nobody came). */
export interface VisitsPerDayRow {
  day: string;
  visits: number;
  /** Visits from the app running installed (home screen). */
  installed: number;
}

/** One month 'YYYY-MM' with visits, oldest first. */
export interface VisitsPerMonthRow {
  month: string;
  visits: number;
  installed: number;
}

/** Visits per campaign code, all time; '' is "no campaign". */
export interface VisitsPerCampaignRow {
  campaign: string;
  /** The campaign's name when the campaign still exists. */
  name: string | null;
  visits: number;
  /** Short-link opens (/k/<code>) counted by the campaign module; null for "no campaign". */
  opens: number | null;
}

/**
 * Members (accounts without a staff role) per activity category, by their published posts.
 * `postShare` is the category's share (0–1) of all published member posts.
 */
export interface ActivityCategoryRow {
  category: ActivityCategory;
  members: number;
  posts: number;
  postShare: number;
}

/** The most active members. Aliases are shown here only: moderators see them next to every post anyway. */
export interface TopPosterRow {
  rank: number;
  alias: string;
  posts: number;
  postShare: number;
}

/** Posts written per month (Oslo calendar), any status; `removed` of those are removed now. */
export interface PostsPerMonthRow {
  month: string;
  posts: number;
  removed: number;
}

/** Removals in force per forum rule (restored posts no longer count). */
export interface RemovalsPerRuleRow {
  rule: number;
  ruleTitle: string | null;
  removals: number;
}

/** Contact conversations started per month. */
export interface ConversationsPerMonthRow {
  month: string;
  conversations: number;
}

/** Answers per survey. */
export interface SurveyResponsesRow {
  surveyId: string;
  title: string;
  status: string;
  responses: number;
}

/** The figures at the top of the dashboard. Shares are 0–1, null when there is nothing to divide. */
export interface StatsHeadlineDto {
  visitsToday: number;
  visitsLast30Days: number;
  visitsTotal: number;
  /** Share of visits in the last 60 days that came from the installed app. */
  installedShare: number | null;
  members: number;
  memberPosts: number;
  /** Share of member posts written by the 3 most active members. */
  topShare: number | null;
  conversationsTotal: number;
  surveyResponsesTotal: number;
}

/** GET /api/admin/stats (admin): everything the dashboard shows, in one answer. */
export interface StatsDashboardDto {
  generatedAt: string;
  headline: StatsHeadlineDto;
  visitsPerDay: VisitsPerDayRow[];
  visitsPerMonth: VisitsPerMonthRow[];
  visitsPerCampaign: VisitsPerCampaignRow[];
  activityCategories: ActivityCategoryRow[];
  topPosters: TopPosterRow[];
  postsPerMonth: PostsPerMonthRow[];
  removalsPerRule: RemovalsPerRuleRow[];
  conversationsPerMonth: ConversationsPerMonthRow[];
  surveyResponses: SurveyResponsesRow[];
}

/** Formats of GET /api/admin/research-export?format= (admin, audited). */
export const RESEARCH_EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ResearchExportFormat = (typeof RESEARCH_EXPORT_FORMATS)[number];

/**
 * One post in the research export. Only published posts of members who consent at the time of
 * the export; never removed or hidden posts, never posts in the staff voice.
 */
export interface ResearchPostRecord {
  postId: string;
  threadId: string;
  /** The thread's title when its starter consents too, otherwise null. */
  threadTitle: string | null;
  /** Stable pseudonym of the writer (keyed hash of the account): the same in every export. */
  authorCode: string;
  createdAt: string;
  /** The quoted post when it is in the same export, otherwise null. */
  quotePostId: string | null;
  /** The text with @alias mentions and the writers' aliases replaced by their pseudonyms. */
  body: string;
  /** Whether the thread discusses a published article. */
  articleDiscussion: boolean;
}

/** One field of the data dictionary (GET /api/admin/research-export/dictionary). */
export interface ResearchFieldDto {
  field: keyof ResearchPostRecord;
  type: string;
  description: string;
}

export interface ResearchDictionaryDto {
  description: string;
  fields: ResearchFieldDto[];
}

/** GET/PUT /api/account/research-consent. */
export interface ResearchConsentDto {
  consent: boolean;
  /** When the consent in force was given; null when none. */
  givenAt: string | null;
}

export interface ResearchConsentRequest {
  consent: boolean;
}
