import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './actor';
import { AccountsService } from './accounts.service';
import { CurrentActor, Public, Roles } from './auth.decorators';
import { LoginDto } from './dto/login.dto';
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
  async registerAccount(
    @Body() body: RegisterDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponseDto> {
    // The client address (the socket's, or from X-Forwarded-For of a TRUST_PROXY proxy) only feeds an
    // in-memory, per-process HMAC counter; it is never stored.
    const signedIn = await this.accounts.registerAccount(body, request.ip);
    this.sessions.writeSessionCookies(reply, signedIn.token, signedIn.tokenHash, signedIn.expiresAt);
    return signedIn.me;
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with alias and password (sets the session and csrf cookies)' })
  @ApiOkResponse({ type: MeResponseDto })
  async loginAccount(@Body() body: LoginDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeResponseDto> {
    const signedIn = await this.accounts.loginAccount(body);
    this.sessions.writeSessionCookies(reply, signedIn.token, signedIn.tokenHash, signedIn.expiresAt);
    return signedIn.me;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session and clear its cookies' })
  @ApiNoContentResponse()
  async logoutSession(
    @CurrentActor() actor: Actor | null,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.accounts.logoutSession(actor);
    this.sessions.clearSessionCookies(reply);
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
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: PasswordChangeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.accounts.changePassword(actor, body);
    this.sessions.clearSessionCookies(reply);
  }
}
