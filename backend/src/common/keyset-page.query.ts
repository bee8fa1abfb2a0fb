import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS } from '@sexhandel/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${LIMITS.pageLimitMax}`;

/** Longest cursor this server hands out, with room to spare: anything longer was not made here. */
const CURSOR_MAX = 200;

/**
 * An optional keyset cursor query field (`nextCursor` from the previous page).
 * `tooLong` is the message when the value is longer than any cursor this server makes.
 */
export function CursorField(
  description = 'nextCursor from the previous page',
  tooLong = 'cursor is too long to be one this server made',
): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description }),
    IsOptional(),
    IsString(),
    MaxLength(CURSOR_MAX, { message: tooLong }),
  );
}

/** An optional page size from 1 to LIMITS.pageLimitMax; query strings arrive as text and are turned into numbers. */
export function PageLimitField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageLimitMax, default: LIMITS.pageLimitDefault }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: LIMIT_MESSAGE }),
    Min(1, { message: LIMIT_MESSAGE }),
    Max(LIMITS.pageLimitMax, { message: LIMIT_MESSAGE }),
  );
}

/** `?cursor=&limit=` for every keyset-paged list. Extend it to add filters. */
export class KeysetPageQuery {
  @CursorField()
  cursor?: string;

  @PageLimitField()
  limit?: number;
}
