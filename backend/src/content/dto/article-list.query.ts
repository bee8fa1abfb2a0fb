import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { KeysetPageQuery } from '../../common/keyset-page.query';

export class ArticleListQuery extends KeysetPageQuery {
  @ApiPropertyOptional({ description: 'Only articles with this tag' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  tag?: string;
}
