import { ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS } from '@sexhandel/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${LIMITS.pageLimitMax}`;

export class ThreadListQuery {
  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'cursor is too long to be one this server made' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageLimitMax, default: LIMITS.pageLimitDefault })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(LIMITS.pageLimitMax, { message: LIMIT_MESSAGE })
  limit?: number;
}

export class PostListQuery {
  @ApiPropertyOptional({ description: 'nextCursor from the previous page: only posts after it' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'after is too long to be a cursor this server made' })
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageLimitMax, default: LIMITS.pageLimitDefault })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(LIMITS.pageLimitMax, { message: LIMIT_MESSAGE })
  limit?: number;
}
