import { Module } from '@nestjs/common';
import { ForumModule } from '../forum/forum.module';
import { ContentController } from './content.controller';
import { ContentRepository } from './content.repository';
import { ContentService } from './content.service';
import { ContentWriter } from './content-writer';
import { EditorContentController } from './editor-content.controller';
import { EditorContentService } from './editor-content.service';
import { StartPageService } from './start-page.service';
import { ContentSeeder } from './seed/content.seeder';

// SyncChangeRecorder comes from the global SyncModule.
@Module({
  imports: [ForumModule],
  controllers: [ContentController, EditorContentController],
  providers: [ContentService, ContentRepository, ContentWriter, ContentSeeder, EditorContentService, StartPageService],
  exports: [ContentService, ContentRepository, ContentSeeder, StartPageService],
})
export class ContentModule {}
