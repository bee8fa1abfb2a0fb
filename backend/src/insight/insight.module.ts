import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContactModule } from '../contact/contact.module';
import { ContentModule } from '../content/content.module';
import { ForumModule } from '../forum/forum.module';
import { ModerationModule } from '../moderation/moderation.module';
import { StatsModule } from '../stats/stats.module';
import { SurveyModule } from '../survey/survey.module';
import { InsightController, ResearchConsentController } from './insight.controller';
import { InsightStatsService } from './insight-stats.service';
import { ResearchConsentService } from './research-consent.service';
import { ResearchExportService } from './research-export.service';

/** Admin statistics (counts only), research consent on the account page, and the audited research export. */
@Module({
  controllers: [InsightController, ResearchConsentController],
  imports: [ForumModule, ModerationModule, ContentModule, ContactModule, CampaignsModule, StatsModule, SurveyModule],
  providers: [InsightStatsService, ResearchExportService, ResearchConsentService],
})
export class InsightModule {}
