import { ApiProperty } from '@nestjs/swagger';
import {
  AUTHOR_ROLES,
  type AuthorRole,
  type EditorArticleDto,
  type EditorNewsLinkDto,
  type EditorPageDto,
  type EditorPressMentionDto,
  type EditorResourceDto,
  type EditorStartPageDto,
  type MarkdownPreviewDto,
  type PressMentionDto,
  type StartPageDto,
} from '@sexhandel/shared';
import { NewsLinkResponse, PageResponse, ResourceResponse } from './content.responses';

/** OpenAPI shapes of the editor DTOs in shared/src/editorial.ts. */

export class PressMentionResponse implements PressMentionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'NRK' }) outlet!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uri' }) url!: string;
}

export class StartPageResponse implements StartPageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) featuredArticleId!: string | null;
  @ApiProperty({ description: 'Sanitised HTML of the introduction' }) introductionHtml!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) todayNewsLinkId!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class EditorStartPageResponse extends StartPageResponse implements EditorStartPageDto {
  @ApiProperty() introductionMarkdown!: string;
}

export class EditorPageResponse extends PageResponse implements EditorPageDto {
  @ApiProperty() markdown!: string;
  @ApiProperty() published!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class EditorArticleResponse implements EditorArticleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() lead!: string;
  @ApiProperty() markdown!: string;
  @ApiProperty({ description: 'Sanitised HTML rendered from the Markdown' }) html!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty({ enum: AUTHOR_ROLES }) authorRole!: AuthorRole;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorAccountId!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty() readingMinutes!: number;
  @ApiProperty() published!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: never published' })
  publishedAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) discussionThreadId!: string | null;
  @ApiProperty() discussionPostCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class EditorNewsLinkResponse extends NewsLinkResponse implements EditorNewsLinkDto {
  @ApiProperty() published!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class EditorResourceResponse extends ResourceResponse implements EditorResourceDto {
  @ApiProperty() published!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class EditorPressMentionResponse extends PressMentionResponse implements EditorPressMentionDto {
  @ApiProperty() published!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class MarkdownPreviewResponse implements MarkdownPreviewDto {
  @ApiProperty({ description: 'The Markdown rendered and sanitised exactly as publishing would' }) html!: string;
}
