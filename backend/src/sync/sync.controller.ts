import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../accounts/actor';
import { CurrentActor, Public } from '../accounts/auth.decorators';
import { CachedRead } from '../response-cache/cached-read';
import { PullQueryDto } from './dto/pull-query.dto';
import { PushRequestDto } from './dto/push-request.dto';
import { PullResponseDto, PushResponseDto } from './dto/sync-response.dto';
import { SyncPullService } from './sync-pull.service';
import { SyncPushService } from './sync-push.service';

@ApiTags('sync')
@Controller('sync')
export class SyncController {
  constructor(
    private readonly pull: SyncPullService,
    private readonly push: SyncPushService,
  ) {}

  @Public()
  @Get('pull')
  // The change log is the content sequence itself: an answer is fixed once the newest seq is known
  // (a change replaces its entity's row under a new seq), so every device at the head shares one entry.
  @CachedRead()
  @ApiOperation({ summary: 'Published content changes after a cursor, oldest first' })
  @ApiOkResponse({ type: PullResponseDto })
  pullChanges(@Query() query: PullQueryDto): Promise<PullResponseDto> {
    return this.pull.pullChanges(query.cursor, query.limit);
  }

  @Public()
  @Post('push')
  @HttpCode(200)
  @ApiOperation({ summary: 'Apply device mutations, each at most once; answers per mutation' })
  @ApiOkResponse({ type: PushResponseDto })
  pushMutations(@Body() body: PushRequestDto, @CurrentActor() actor: Actor | null): Promise<PushResponseDto> {
    return this.push.pushMutations(body.mutations, actor);
  }
}
