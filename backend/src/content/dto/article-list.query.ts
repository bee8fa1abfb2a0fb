import { ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS } from '@sexhandel/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ArticleListQuery {
  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'cursor is too long to be one this server made' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageLimitMax, default: LIMITS.pageLimitDefault })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `limit must be a whole number from 1 to ${LIMITS.pageLimitMax}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${LIMITS.pageLimitMax}` })
  @Max(LIMITS.pageLimitMax, { message: `limit must be a whole number from 1 to ${LIMITS.pageLimitMax}` })
  limit?: number;

  @ApiPropertyOptional({ description: 'Only articles with this tag' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  tag?: string;
}
