import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from './auth.decorators';
import { PasswordResetDto, PasswordResetRequestDto } from './dto/password-reset.dto';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post('request')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a single-use link to set a new password; answers the same whether or not the address has an account',
  })
  @ApiAcceptedResponse()
  requestReset(@Body() body: PasswordResetRequestDto, @Req() request: FastifyRequest): Record<string, never> {
    // The client address only feeds an in-memory, per-process HMAC counter; it is never stored.
    this.resets.requestReset(body, request.ip);
    return {};
  }

  @Post()
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the token from the link; every session of the account ends' })
  @ApiNoContentResponse()
  async completeReset(@Body() body: PasswordResetDto): Promise<void> {
    await this.resets.completeReset(body);
  }
}
