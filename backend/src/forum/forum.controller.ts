import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../accounts/actor';
import { CurrentActor, Public, Roles } from '../accounts/auth.decorators';
import { UuidParam } from '../common/uuid-param';
import { LeanRead } from '../lean-read/lean-read';
import { PostListQuery, ThreadListQuery } from './dto/forum.queries';
import {
  ForumMembershipResponse,
  MemberProfileResponse,
  PostPageResponse,
  ThreadPageResponse,
  ThreadResponse,
} from './dto/forum.responses';
import { ForumService } from './forum.service';

/** Forum reads (open to everyone) and the member's rules acceptance. Posts are written through sync push. */
@ApiTags('forum')
@Controller()
export class ForumController {
  constructor(private readonly forum: ForumService) {}

  @Get('threads')
  @Public()
  @LeanRead()
  @ApiOperation({ summary: 'Threads, latest activity first, a page at a time (keyset cursor)' })
  @ApiOkResponse({ type: ThreadPageResponse })
  @ApiBadRequestResponse({ description: 'Malformed cursor or limit out of range' })
  listThreads(@Query() query: ThreadListQuery): Promise<ThreadPageResponse> {
    return this.forum.listThreads(query);
  }

  @Get('threads/:id')
  @Public()
  @LeanRead()
  @ApiOperation({ summary: 'One thread' })
  @ApiOkResponse({ type: ThreadResponse })
  @ApiNotFoundResponse({ description: 'No such thread' })
  getThread(@UuidParam() id: string): Promise<ThreadResponse> {
    return this.forum.getThread(id);
  }

  @Get('threads/:id/posts')
  @Public()
  @LeanRead()
  @ApiOperation({ summary: 'Posts of a thread, oldest first (keyset cursor; stable while new posts arrive)' })
  @ApiOkResponse({ type: PostPageResponse })
  @ApiBadRequestResponse({ description: 'Malformed cursor or limit out of range' })
  @ApiNotFoundResponse({ description: 'No such thread' })
  listPosts(@UuidParam() id: string, @Query() query: PostListQuery): Promise<PostPageResponse> {
    return this.forum.listPosts(id, query);
  }

  @Get('members/:alias')
  @Public()
  @LeanRead()
  @ApiOperation({ summary: 'A member page: alias, joined, published posts and activity category (never the e-mail)' })
  @ApiOkResponse({ type: MemberProfileResponse })
  @ApiNotFoundResponse({ description: 'No member has this alias' })
  getMemberProfile(@Param('alias') alias: string): Promise<MemberProfileResponse> {
    return this.forum.getMemberProfile(alias);
  }

  @Post('forum/rules-acceptance')
  @Roles('member')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the signed-in member read and accepted the six forum rules' })
  @ApiOkResponse({ type: ForumMembershipResponse })
  acceptForumRules(@CurrentActor() actor: Actor): Promise<ForumMembershipResponse> {
    return this.forum.acceptForumRules(actor);
  }

  @Get('forum/membership')
  @Roles('member')
  @ApiOperation({ summary: "The signed-in member's forum standing: rules accepted, published posts, links allowed" })
  @ApiOkResponse({ type: ForumMembershipResponse })
  getForumMembership(@CurrentActor() actor: Actor): Promise<ForumMembershipResponse> {
    return this.forum.getForumMembership(actor);
  }
}
