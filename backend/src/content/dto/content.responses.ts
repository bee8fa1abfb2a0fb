import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUTHOR_ROLES,
  RESOURCE_KINDS,
  type ArticleDto,
  type ArticlePageDto,
  type ArticleSummaryDto,
  type AuthorRole,
  type ForumRuleDto,
  type NewsLinkDto,
  type PageDto,
  type ResourceDto,
  type ResourceKind,
} from '@sexhandel/shared';

/** OpenAPI shapes of the public content DTOs in shared/src/content.ts. */

export class PageResponse implements PageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'loven-om-kjop-av-sex' }) slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() lead!: string;
  @ApiProperty({ description: 'Sanitised HTML rendered from Markdown on the server' }) html!: string;
  @ApiProperty({ description: 'Order in the information menu' }) position!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ArticleSummaryResponse implements ArticleSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() lead!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty({ enum: AUTHOR_ROLES }) authorRole!: AuthorRole;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ description: 'Estimated reading time in minutes (about 200 words a minute)' }) readingMinutes!: number;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      "The article's forum thread. Its post count is not here (this answer is cached until something is published): GET /api/threads/{id} has it",
  })
  discussionThreadId?: string | null;
}

export class ArticleResponse extends ArticleSummaryResponse implements ArticleDto {
  @ApiProperty({ description: 'Sanitised HTML rendered from Markdown on the server' }) html!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ArticlePageResponse implements ArticlePageDto {
  @ApiProperty({ type: [ArticleSummaryResponse] }) items!: ArticleSummaryResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Send as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

export class NewsLinkResponse implements NewsLinkDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uri' }) url!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ format: 'date', description: 'Day of the news story' }) date!: string;
  @ApiProperty() comment!: string;
}

export class ResourceResponse implements ResourceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind!: ResourceKind;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uri' }) url!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The number as shown; never dialled from' })
  phone!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '02800',
    description: 'The number a phone link dials (digits, optional leading +)',
  })
  phoneNumber!: string | null;
  @ApiProperty() description!: string;
}

export class ForumRuleResponse implements ForumRuleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ minimum: 1, maximum: 6 }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
}
