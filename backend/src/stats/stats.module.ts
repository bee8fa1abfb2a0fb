import { Module, type OnModuleInit } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { MutationHandlerRegistry } from '../sync/mutation-handler.registry';
import { StatsRepository } from './stats.repository';
import { VisitRecordHandler } from './visit-record.handler';

@Module({
  imports: [CampaignsModule],
  providers: [
    StatsRepository,
    {
      provide: VisitRecordHandler,
      inject: [StatsRepository, CampaignsRepository],
      useFactory: (stats: StatsRepository, campaigns: CampaignsRepository) => new VisitRecordHandler(stats, campaigns),
    },
  ],
  exports: [StatsRepository],
})
export class StatsModule implements OnModuleInit {
  constructor(
    private readonly registry: MutationHandlerRegistry,
    private readonly visitRecord: VisitRecordHandler,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.visitRecord);
  }
}
