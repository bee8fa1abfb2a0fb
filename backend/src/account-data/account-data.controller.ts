import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../accounts/actor';
import { CurrentActor, Roles } from '../accounts/auth.decorators';
import { SessionResolver } from '../accounts/session-resolver';
import { AccountDataService } from './account-data.service';
import { AccountDeletionDto } from './dto/account-deletion.dto';
import { AccountExportResponse } from './dto/account-export.response';

/** The signed-in person's own data: a full download, and deleting the account. */
@ApiTags('account')
@Roles('member')
@Controller('account')
export class AccountDataController {
  constructor(
    private readonly accountData: AccountDataService,
    private readonly sessions: SessionResolver,
  ) {}

  @Get('export')
  @ApiOperation({ summary: 'Download all my data as JSON: profile (with my e-mail), posts, flags' })
  @ApiOkResponse({ type: AccountExportResponse })
  async exportAccountData(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccountExportResponse> {
    const data = await this.accountData.exportAccountData(actor);
    reply.header('content-disposition', `attachment; filename="sexhandel-data-${data.exportedAt.slice(0, 10)}.json"`);
    reply.header('cache-control', 'no-store');
    return data;
  }

  @Post('deletion')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete my account (password required); posts are kept as "deleted member" or erased' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'Wrong password (code wrong_password) or bad input; nothing deleted' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many wrong passwords on this account: locked for 15 minutes, as sign-in (`locked`); nothing deleted',
  })
  async deleteAccount(
    @CurrentActor() actor: Actor,
    @Body() body: AccountDeletionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.accountData.deleteAccount(actor, body);
    this.sessions.clearSessionCookies(reply);
  }
}
