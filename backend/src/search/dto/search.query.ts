import { ApiPropertyOptional } from '@nestjs/swagger';
import { EDITORIAL_LIMITS as L, SEARCH_TYPES, type SearchType } from '@sexhandel/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class SearchQuery {
  @ApiPropertyOptional({
    description: `Words to find (web-search syntax: "a phrase", or, -not). Required; cut to ${L.searchQueryMax} characters`,
  })
  @IsOptional()
  @IsString({ message: 'q must be one text' })
  q?: string;

  @ApiPropertyOptional({ enum: SEARCH_TYPES, description: 'Only this kind of result' })
  @IsOptional()
  @IsIn([...SEARCH_TYPES], { message: `type must be one of: ${SEARCH_TYPES.join(', ')}` })
  type?: SearchType;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,5}$/, { message: 'The cursor is not valid: use the nextCursor of an earlier answer' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: L.searchLimitMax, default: L.searchLimitDefault })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `limit must be a whole number from 1 to ${L.searchLimitMax}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${L.searchLimitMax}` })
  @Max(L.searchLimitMax, { message: `limit must be a whole number from 1 to ${L.searchLimitMax}` })
  limit?: number;
}
