import { Module } from '@nestjs/common';
import { ForumModule } from '../forum/forum.module';
import { ModerationModule } from '../moderation/moderation.module';
import { SyncModule } from '../sync/sync.module';
import { ContentPages } from './content-pages';
import { ForumPages } from './forum-pages';
import { PublicPagesService } from './public-pages.service';

/** Server-rendered public pages, robots.txt and sitemap.xml (registered on Fastify by app.factory). */
@Module({
  imports: [SyncModule, ForumModule, ModerationModule],
  providers: [PublicPagesService, ContentPages, ForumPages],
  exports: [PublicPagesService],
})
export class PublicPagesModule {}
