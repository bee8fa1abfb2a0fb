import { ApiProperty } from '@nestjs/swagger';
import {
  ACTIVITY_CATEGORIES,
  type ActivityCategory,
  type ActivityCategoryRow,
  type ConversationsPerMonthRow,
  type PostsPerMonthRow,
  type RemovalsPerRuleRow,
  type ResearchConsentDto,
  type ResearchDictionaryDto,
  type ResearchFieldDto,
  type ResearchPostRecord,
  type StatsDashboardDto,
  type StatsHeadlineDto,
  type SurveyResponsesRow,
  type TopPosterRow,
  type VisitsPerCampaignRow,
  type VisitsPerDayRow,
  type VisitsPerMonthRow,
} from '@sexhandel/shared';

export class VisitsPerDayResponse implements VisitsPerDayRow {
  @ApiProperty({ format: 'date' }) day!: string;
  @ApiProperty() visits!: number;
  @ApiProperty({ description: 'Visits from the installed app' }) installed!: number;
}

export class VisitsPerMonthResponse implements VisitsPerMonthRow {
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty() visits!: number;
  @ApiProperty() installed!: number;
}

export class VisitsPerCampaignResponse implements VisitsPerCampaignRow {
  @ApiProperty({ description: "Campaign code; '' for visits through no campaign" }) campaign!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty() visits!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Short-link opens' }) opens!: number | null;
}

export class ActivityCategoryResponse implements ActivityCategoryRow {
  @ApiProperty({ enum: ACTIVITY_CATEGORIES }) category!: ActivityCategory;
  @ApiProperty() members!: number;
  @ApiProperty() posts!: number;
  @ApiProperty({ description: 'Share (0–1) of all published member posts' }) postShare!: number;
}

export class TopPosterResponse implements TopPosterRow {
  @ApiProperty() rank!: number;
  @ApiProperty() alias!: string;
  @ApiProperty() posts!: number;
  @ApiProperty() postShare!: number;
}

export class PostsPerMonthResponse implements PostsPerMonthRow {
  @ApiProperty() month!: string;
  @ApiProperty() posts!: number;
  @ApiProperty() removed!: number;
}

export class RemovalsPerRuleResponse implements RemovalsPerRuleRow {
  @ApiProperty() rule!: number;
  @ApiProperty({ type: String, nullable: true }) ruleTitle!: string | null;
  @ApiProperty() removals!: number;
}

export class ConversationsPerMonthResponse implements ConversationsPerMonthRow {
  @ApiProperty() month!: string;
  @ApiProperty() conversations!: number;
}

export class SurveyResponsesResponse implements SurveyResponsesRow {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty() responses!: number;
}

export class StatsHeadlineResponse implements StatsHeadlineDto {
  @ApiProperty() visitsToday!: number;
  @ApiProperty() visitsLast30Days!: number;
  @ApiProperty() visitsTotal!: number;
  @ApiProperty({ type: Number, nullable: true }) installedShare!: number | null;
  @ApiProperty() members!: number;
  @ApiProperty() memberPosts!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Share of member posts by the 3 most active members' })
  topShare!: number | null;
  @ApiProperty() conversationsTotal!: number;
  @ApiProperty() surveyResponsesTotal!: number;
}

export class StatsDashboardResponse implements StatsDashboardDto {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: StatsHeadlineResponse }) headline!: StatsHeadlineResponse;
  @ApiProperty({ type: [VisitsPerDayResponse] }) visitsPerDay!: VisitsPerDayResponse[];
  @ApiProperty({ type: [VisitsPerMonthResponse] }) visitsPerMonth!: VisitsPerMonthResponse[];
  @ApiProperty({ type: [VisitsPerCampaignResponse] }) visitsPerCampaign!: VisitsPerCampaignResponse[];
  @ApiProperty({ type: [ActivityCategoryResponse] }) activityCategories!: ActivityCategoryResponse[];
  @ApiProperty({ type: [TopPosterResponse] }) topPosters!: TopPosterResponse[];
  @ApiProperty({ type: [PostsPerMonthResponse] }) postsPerMonth!: PostsPerMonthResponse[];
  @ApiProperty({ type: [RemovalsPerRuleResponse] }) removalsPerRule!: RemovalsPerRuleResponse[];
  @ApiProperty({ type: [ConversationsPerMonthResponse] }) conversationsPerMonth!: ConversationsPerMonthResponse[];
  @ApiProperty({ type: [SurveyResponsesResponse] }) surveyResponses!: SurveyResponsesResponse[];
}

export class ResearchFieldResponse implements ResearchFieldDto {
  @ApiProperty({ type: String, description: 'Name of the field (a JSON Lines key, a CSV column)' })
  field!: keyof ResearchPostRecord;
  @ApiProperty() type!: string;
  @ApiProperty() description!: string;
}

export class ResearchDictionaryResponse implements ResearchDictionaryDto {
  @ApiProperty() description!: string;
  @ApiProperty({ type: [ResearchFieldResponse] }) fields!: ResearchFieldResponse[];
}

export class ResearchConsentResponse implements ResearchConsentDto {
  @ApiProperty() consent!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) givenAt!: string | null;
}
