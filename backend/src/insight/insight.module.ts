import { Module } from '@nestjs/common';
import { AuditLogService } from '../moderation/audit-log.service';
import { InsightController, ResearchConsentController } from './insight.controller';
import { InsightStatsService } from './insight-stats.service';
import { ResearchConsentService } from './research-consent.service';
import { ResearchExportService } from './research-export.service';

/** Admin statistics (counts only), research consent on the account page, and the audited research export. */
@Module({
  controllers: [InsightController, ResearchConsentController],
  providers: [InsightStatsService, ResearchExportService, ResearchConsentService, AuditLogService],
})
export class InsightModule {}
