import { Module } from '@nestjs/common';
import { PhoneModule } from '../phone/phone.module';
import { CampaignFilesService } from './campaign-files.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import { ShortLinkController } from './short-link.controller';

/** Outreach campaigns: short links counted per day, QR codes and printable cards. */
@Module({
  imports: [PhoneModule],
  controllers: [CampaignsController, ShortLinkController],
  providers: [CampaignsService, CampaignsRepository, CampaignFilesService],
  exports: [CampaignsService, CampaignsRepository],
})
export class CampaignsModule {}
