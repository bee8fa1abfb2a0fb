import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  AUTHOR_ROLES,
  EDITORIAL_LIMITS as L,
  PHONE_NUMBER_PATTERN,
  RESOURCE_KINDS,
  UUID_PATTERN,
  type AuthorRole,
  type ResourceKind,
} from '@sexhandel/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

/** Editor request bodies: whitelisted, sizes checked here; the service checks the rules again. */

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const NOT_BLANK = /\S/;
const SLUG = /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true };
const URL_MESSAGE = 'url must be a full http:// or https:// address';

/** Required one-line text: trimmed, not blank, at most `max` characters. */
function Text(name: string, max: number): PropertyDecorator {
  return (target, key) => {
    Transform(trim)(target, key);
    IsString({ message: `${name} is required and must be text` })(target, key);
    Matches(NOT_BLANK, { message: `${name} is required` })(target, key);
    MaxLength(max, { message: `${name} may be at most ${max} characters` })(target, key);
  };
}

function Markdown(name: string): PropertyDecorator {
  return (target, key) => {
    IsString({ message: `${name} must be text (Markdown)` })(target, key);
    MaxLength(L.markdownMax, { message: `${name} may be at most ${L.markdownMax} characters` })(target, key);
  };
}

function Slug(): PropertyDecorator {
  return (target, key) => {
    Transform(trim)(target, key);
    IsString({ message: 'slug is required' })(target, key);
    Matches(SLUG, { message: 'slug may hold lower-case letters, digits and single dashes' })(target, key);
    MaxLength(L.slugMax, { message: `slug may be at most ${L.slugMax} characters` })(target, key);
  };
}

function Day(name: string): PropertyDecorator {
  return (target, key) => {
    IsString({ message: `${name} must be a date like 2026-11-29` })(target, key);
    Matches(DAY, { message: `${name} must be a date like 2026-11-29` })(target, key);
  };
}

function HttpUrl(): PropertyDecorator {
  return (target, key) => {
    Transform(trim)(target, key);
    IsString({ message: URL_MESSAGE })(target, key);
    MaxLength(L.urlMax, { message: `url may be at most ${L.urlMax} characters` })(target, key);
    IsUrl(URL_OPTIONS, { message: URL_MESSAGE })(target, key);
  };
}

function OptionalPublished(): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ description: 'Publish at once (default: save as a draft)' })(target, key);
    IsOptional()(target, key);
    IsBoolean({ message: 'published must be true or false' })(target, key);
  };
}

export class PageRequest {
  @ApiProperty({ example: 'loven-om-kjop-av-sex' }) @Slug() slug!: string;
  @ApiProperty({ maxLength: L.titleMax }) @Text('title', L.titleMax) title!: string;
  @ApiProperty({ maxLength: L.leadMax }) @Text('lead', L.leadMax) lead!: string;
  @ApiProperty({ maxLength: L.markdownMax }) @Markdown('markdown') markdown!: string;
  @ApiProperty({ description: 'Order in the information menu', minimum: 0, maximum: 1000 })
  @IsInt({ message: 'position must be a whole number from 0 to 1000' })
  @Min(0, { message: 'position must be a whole number from 0 to 1000' })
  @Max(1000, { message: 'position must be a whole number from 0 to 1000' })
  position!: number;
  @OptionalPublished() published?: boolean;
}

export class PageUpdateRequest extends PartialType(PageRequest) {}

export class ArticleRequest {
  @ApiProperty() @Slug() slug!: string;
  @ApiProperty({ maxLength: L.titleMax }) @Text('title', L.titleMax) title!: string;
  @ApiProperty({ maxLength: L.leadMax }) @Text('lead', L.leadMax) lead!: string;
  @ApiProperty({ maxLength: L.markdownMax }) @Markdown('markdown') markdown!: string;
  @ApiProperty({ maxLength: L.nameMax }) @Text('authorName', L.nameMax) authorName!: string;
  @ApiProperty({ enum: AUTHOR_ROLES })
  @IsIn([...AUTHOR_ROLES], { message: `authorRole must be one of: ${AUTHOR_ROLES.join(', ')}` })
  authorRole!: AuthorRole;
  @ApiProperty({ type: [String], maxItems: L.tagsMax })
  @IsArray({ message: 'tags must be a list' })
  @ArrayMaxSize(L.tagsMax, { message: `at most ${L.tagsMax} tags` })
  @IsString({ each: true, message: 'each tag must be text' })
  @MaxLength(L.tagMax, { each: true, message: `a tag may be at most ${L.tagMax} characters` })
  tags!: string[];
  @ApiPropertyOptional({ format: 'date', description: 'Date readers see (default: the day of first publishing)' })
  @IsOptional()
  @Day('publishedAt')
  publishedAt?: string;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Member account linked as the author',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Matches(UUID_PATTERN, { message: 'authorAccountId must be an account id (UUID) or null' })
  authorAccountId?: string | null;
  @OptionalPublished() published?: boolean;
}

export class ArticleUpdateRequest extends PartialType(ArticleRequest) {}

export class NewsLinkRequest {
  @ApiProperty({ maxLength: L.titleMax }) @Text('title', L.titleMax) title!: string;
  @ApiProperty({ format: 'uri' }) @HttpUrl() url!: string;
  @ApiProperty({ maxLength: L.nameMax }) @Text('source', L.nameMax) source!: string;
  @ApiProperty({ format: 'date' }) @Day('date') date!: string;
  @ApiProperty({ maxLength: L.commentMax })
  @IsString({ message: 'comment must be text' })
  @MaxLength(L.commentMax, { message: `comment may be at most ${L.commentMax} characters` })
  comment!: string;
  @OptionalPublished() published?: boolean;
}

export class NewsLinkUpdateRequest extends PartialType(NewsLinkRequest) {}

export class ResourceRequest {
  @ApiProperty({ enum: RESOURCE_KINDS })
  @IsIn([...RESOURCE_KINDS], { message: `kind must be one of: ${RESOURCE_KINDS.join(', ')}` })
  kind!: ResourceKind;
  @ApiProperty({ maxLength: L.nameMax }) @Text('name', L.nameMax) name!: string;
  @ApiProperty({ type: String, format: 'uri', nullable: true })
  @ValidateIf((_object, value) => value !== null)
  @HttpUrl()
  url!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 40 })
  @ValidateIf((_object, value) => value !== null)
  @IsString({ message: 'phone must be text or null' })
  @MaxLength(40, { message: 'phone may be at most 40 characters' })
  phone!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    pattern: PHONE_NUMBER_PATTERN.source,
    example: '02800',
    description: 'The number the app dials (digits, optional leading +); `phone` is only the text shown',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString({ message: 'phoneNumber must be text or null' })
  @Matches(PHONE_NUMBER_PATTERN, { message: 'phoneNumber must be 3 to 15 digits, optionally after a +' })
  phoneNumber?: string | null;
  @ApiProperty({ maxLength: L.commentMax })
  @IsString({ message: 'description must be text' })
  @MaxLength(L.commentMax, { message: `description may be at most ${L.commentMax} characters` })
  description!: string;
  @OptionalPublished() published?: boolean;
}

export class ResourceUpdateRequest extends PartialType(ResourceRequest) {}

export class PressMentionRequest {
  @ApiProperty({ maxLength: L.nameMax, example: 'NRK' }) @Text('outlet', L.nameMax) outlet!: string;
  @ApiProperty({ format: 'date' }) @Day('date') date!: string;
  @ApiProperty({ maxLength: L.titleMax }) @Text('title', L.titleMax) title!: string;
  @ApiProperty({ format: 'uri' }) @HttpUrl() url!: string;
  @OptionalPublished() published?: boolean;
}

export class PressMentionUpdateRequest extends PartialType(PressMentionRequest) {}

export class MarkdownPreviewRequest {
  @ApiProperty({ maxLength: L.markdownMax }) @Markdown('markdown') markdown!: string;
}

export class StartPageRequest {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_object, value) => value !== null)
  @Matches(UUID_PATTERN, { message: 'featuredArticleId must be an article id (UUID) or null' })
  featuredArticleId!: string | null;
  @ApiProperty({ maxLength: 5_000, description: 'Short introduction in Markdown' })
  @IsString({ message: 'introductionMarkdown must be text (Markdown)' })
  @MaxLength(5_000, { message: 'introductionMarkdown may be at most 5000 characters' })
  introductionMarkdown!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_object, value) => value !== null)
  @Matches(UUID_PATTERN, { message: 'todayNewsLinkId must be a news link id (UUID) or null' })
  todayNewsLinkId!: string | null;
}
