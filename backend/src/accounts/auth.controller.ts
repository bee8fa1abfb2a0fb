import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CLEAR_SITE_DATA_ALL, LOGOUT_CLEAR_DEVICE } from '@sexhandel/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './actor';
import { AccountsService } from './accounts.service';
import { CurrentActor, Public, Roles } from './auth.decorators';
import { LoginDto } from './dto/login.dto';
import { LogoutQueryDto } from './dto/logout-query.dto';
import { MeResponseDto } from './dto/me-response.dto';
import { PasswordChangeDto } from './dto/password-change.dto';
import { RegisterDto } from './dto/register.dto';
import { SessionResolver } from './session-resolver';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionResolver,
  ) {}

  @Post('register')
  @Public()
  @ApiOperation({ summary: 'Create a member account and sign in (sets the session and csrf cookies)' })
  @ApiCreatedResponse({ type: MeResponseDto })
  @ApiConflictResponse({ description: 'The alias is taken (`alias_taken`)' })
  @ApiTooManyRequestsResponse({ description: 'Too many new accounts from this client this hour (`rate_limited`)' })
  async registerAccount(
    @Body() body: RegisterDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponseDto> {
    // The client address (the socket's, or from X-Forwarded-For of a TRUST_PROXY proxy) only feeds a
    // shared counter keyed by an HMAC under a key replaced daily; it is never stored.
    const signedIn = await this.accounts.registerAccount(body, request.ip);
    this.sessions.writeSessionCookies(reply, signedIn.token, signedIn.tokenHash, signedIn.expiresAt);
    return signedIn.me;
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with alias and password (sets the session and csrf cookies)' })
  @ApiOkResponse({ type: MeResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong alias or password (`invalid_credentials`)' })
  @ApiTooManyRequestsResponse({
    description: 'Too many wrong attempts on this alias: locked for 15 minutes (`locked`)',
  })
  async loginAccount(@Body() body: LoginDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeResponseDto> {
    const signedIn = await this.accounts.loginAccount(body);
    this.sessions.writeSessionCookies(reply, signedIn.token, signedIn.tokenHash, signedIn.expiresAt);
    return signedIn.me;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'End this session and clear its cookies',
    description:
      'With ?clear=device ("clear this device") the answer also carries Clear-Site-Data for cookies, storage and cache.',
  })
  @ApiNoContentResponse()
  async logoutSession(
    @CurrentActor() actor: Actor | null,
    @Query() query: LogoutQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.accounts.logoutSession(actor);
    this.sessions.clearSessionCookies(reply);
    if (query.clear === LOGOUT_CLEAR_DEVICE) void reply.header('Clear-Site-Data', CLEAR_SITE_DATA_ALL);
  }

  @Get('me')
  @Roles('member')
  @ApiOperation({ summary: 'The signed-in account (never its e-mail address)' })
  @ApiOkResponse({ type: MeResponseDto })
  getMe(@CurrentActor() actor: Actor): Promise<MeResponseDto> {
    return this.accounts.getMe(actor);
  }

  @Post('password')
  @Roles('member')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password; every session of the account ends, this one too' })
  @ApiNoContentResponse()
  @ApiTooManyRequestsResponse({
    description: 'Too many wrong current passwords on this account: locked for 15 minutes, as sign-in (`locked`)',
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: PasswordChangeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.accounts.changePassword(actor, body);
    this.sessions.clearSessionCookies(reply);
  }
}
