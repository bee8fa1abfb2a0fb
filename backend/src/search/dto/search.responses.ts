import { ApiProperty } from '@nestjs/swagger';
import { SEARCH_TYPES, type SearchPageDto, type SearchResultDto, type SearchType } from '@sexhandel/shared';

export class SearchResultResponse implements SearchResultDto {
  @ApiProperty({ enum: SEARCH_TYPES }) type!: SearchType;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Title, resource name, or the thread title of a post' }) title!: string;
  @ApiProperty({
    description: 'Plain text; matches between \\u0002 and \\u0003 (split with splitSnippet, render as text)',
  })
  snippet!: string;
  @ApiProperty() rank!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Article or page slug' }) slug!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uri', description: 'News link or resource address' })
  url!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Thread of a post' }) threadId!:
    string | null;
}

export class SearchPageResponse implements SearchPageDto {
  @ApiProperty({ type: [SearchResultResponse] }) items!: SearchResultResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null at the end' })
  nextCursor!: string | null;
}
