import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
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
  @ApiAcceptedResponse({
    description: 'Always an empty object, so the answer tells nothing about the address',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  })
  @ApiTooManyRequestsResponse({ description: 'Too many links asked for this hour (`rate_limited`)' })
  async requestReset(
    @Body() body: PasswordResetRequestDto,
    @Req() request: FastifyRequest,
  ): Promise<Record<string, never>> {
    // The client address only feeds a shared counter keyed by an HMAC under a daily key; it is never stored.
    await this.resets.requestReset(body, request.ip);
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
