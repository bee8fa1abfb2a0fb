import { Module } from '@nestjs/common';
import { FeedsController } from './feeds.controller';
import { FeedsService } from './feeds.service';

/** Atom feeds of articles and news links at /feeds/articles.xml and /feeds/news.xml. */
@Module({
  controllers: [FeedsController],
  providers: [FeedsService],
})
export class FeedsModule {}
