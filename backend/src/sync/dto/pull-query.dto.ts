import { ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS } from '@sexhandel/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class PullQueryDto {
  @ApiPropertyOptional({ description: 'Cursor from the previous pull; omit for a full pull', example: '0' })
  @IsOptional()
  @Matches(/^(0|[1-9][0-9]{0,14})$/, { message: 'cursor must be a cursor returned by an earlier pull' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pullLimitMax, default: LIMITS.pullLimitDefault })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `limit must be a whole number between 1 and ${LIMITS.pullLimitMax}` })
  @Min(1, { message: `limit must be a whole number between 1 and ${LIMITS.pullLimitMax}` })
  @Max(LIMITS.pullLimitMax, { message: `limit must be a whole number between 1 and ${LIMITS.pullLimitMax}` })
  limit?: number;
}
