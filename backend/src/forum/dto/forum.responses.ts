import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  POST_STATUSES,
  type ForumMembershipDto,
  type MemberProfileDto,
  type PostDto,
  type PostPageDto,
  type PostRemovalNoticeDto,
  type PostStatus,
  type ThreadDto,
  type ThreadPageDto,
  type ThreadSummaryDto,
} from '@sexhandel/shared';

/** OpenAPI shapes of the forum DTOs in shared/src/forum.ts. */

export class ThreadSummaryResponse implements ThreadSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: the starter deleted their account' }) starterAlias!:
    string | null;
  @ApiProperty({
    description: 'Started by "Redaksjonen" (an article discussion or a staff-voice thread); no alias then',
  })
  starterStaffVoice!: boolean;
  @ApiProperty({ description: 'Published posts, the first one included' }) postCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastActivityAt!: string;
  @ApiProperty() locked!: boolean;
}

export class ThreadResponse extends ThreadSummaryResponse implements ThreadDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) articleId!: string | null;
}

export class ThreadPageResponse implements ThreadPageDto {
  @ApiProperty({ type: [ThreadSummaryResponse] }) items!: ThreadSummaryResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null at the end' })
  nextCursor!: string | null;
}

export class PostResponse implements PostDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) threadId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: "deleted member"' }) authorAlias!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Plain text as written, null unless published; render as text',
  })
  body!: string | null;
  @ApiProperty({ enum: POST_STATUSES }) status!: PostStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) quotePostId!: string | null;
  @ApiProperty({ description: 'Written by staff as "Redaksjonen"' }) staffVoice!: boolean;
  @ApiPropertyOptional({
    description: 'Written by the member linked as the author of the article this thread discusses',
  })
  articleAuthor?: boolean;
  @ApiProperty({
    type: () => PostRemovalNoticeResponse,
    nullable: true,
    required: false,
    description: 'Set when removed: show in place of the post',
  })
  removal?: PostRemovalNoticeResponse | null;
}

export class PostRemovalNoticeResponse implements PostRemovalNoticeDto {
  @ApiProperty({ minimum: 1, maximum: 6 }) rule!: number;
  @ApiProperty({ type: String, nullable: true }) ruleTitle!: string | null;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) removedAt!: string;
}

export class PostPageResponse implements PostPageDto {
  @ApiProperty({ type: [PostResponse] }) items!: PostResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as after to read on (or later, to get new posts)' })
  nextCursor!: string | null;
  @ApiProperty() hasMore!: boolean;
}

export class MemberProfileResponse implements MemberProfileDto {
  @ApiProperty() alias!: string;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
  @ApiProperty({ description: 'Published posts' }) postCount!: number;
}

export class ForumMembershipResponse implements ForumMembershipDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rulesAcceptedAt!: string | null;
  @ApiProperty() publishedPosts!: number;
  @ApiProperty() linksAllowed!: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the account is old enough for links' })
  linksAllowedAfter!: string;
}
