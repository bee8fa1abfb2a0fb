import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../accounts/auth.decorators';
import { CachedRead } from '../response-cache/cached-read';
import { FeedsService } from './feeds.service';

const ATOM = 'application/atom+xml; charset=utf-8';
/** Feed readers poll: five minutes without asking, then a conditional request (ETag). */
const FEED_CACHE_CONTROL = 'public, max-age=300';

/** Served at /feeds/… (outside the /api prefix, see app.factory.ts) for feed readers. */
@ApiTags('feeds')
@Public()
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('articles.xml')
  @Header('Content-Type', ATOM)
  @CachedRead({ cacheControl: FEED_CACHE_CONTROL })
  @ApiOperation({ summary: 'Atom feed of the newest published articles' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0 XML' })
  getArticlesFeed(): Promise<string> {
    return this.feeds.renderArticlesFeed();
  }

  @Get('news.xml')
  @Header('Content-Type', ATOM)
  @CachedRead({ cacheControl: FEED_CACHE_CONTROL })
  @ApiOperation({ summary: 'Atom feed of the newest curated news links' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0 XML' })
  getNewsFeed(): Promise<string> {
    return this.feeds.renderNewsFeed();
  }
}
