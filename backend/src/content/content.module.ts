import { Module } from '@nestjs/common';
import { ContentController } from './content.controller';
import { ContentService } from './content.service';
import { ContentSeeder } from './seed/content.seeder';

// SyncChangeRecorder comes from the global SyncModule.
@Module({
  controllers: [ContentController],
  providers: [ContentService, ContentSeeder],
  exports: [ContentService, ContentSeeder],
})
export class ContentModule {}
