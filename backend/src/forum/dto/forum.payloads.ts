import {
  UUID_PATTERN,
  type FlagCreatePayload,
  type PostCreatePayload,
  type ThreadCreatePayload,
} from '@sexhandel/shared';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

// Lengths are checked by the handlers after normalising, so an over-long text gets the
// 'too_long' code; this cap only stops absurd payloads (the push body is limited anyway).
const HARD_CAP = 100_000;

export class ThreadCreatePayloadDto implements ThreadCreatePayload {
  @IsString({ message: 'title must be text' })
  @MaxLength(HARD_CAP)
  title!: string;

  @IsString({ message: 'body must be text' })
  @MaxLength(HARD_CAP)
  body!: string;

  @IsOptional()
  @IsBoolean({ message: 'asStaff must be true or false' })
  asStaff?: boolean;
}

export class PostCreatePayloadDto implements PostCreatePayload {
  @Matches(UUID_PATTERN, { message: 'threadId must be a thread id (UUID)' })
  threadId!: string;

  @IsString({ message: 'body must be text' })
  @MaxLength(HARD_CAP)
  body!: string;

  @IsOptional()
  @Matches(UUID_PATTERN, { message: 'quotePostId must be a post id (UUID)' })
  quotePostId?: string;

  @IsOptional()
  @IsBoolean({ message: 'asStaff must be true or false' })
  asStaff?: boolean;
}

export class FlagCreatePayloadDto implements FlagCreatePayload {
  @Matches(UUID_PATTERN, { message: 'postId must be a post id (UUID)' })
  postId!: string;

  @IsInt({ message: 'rule must be a rule number from 1 to 6' })
  @Min(1, { message: 'rule must be a rule number from 1 to 6' })
  @Max(6, { message: 'rule must be a rule number from 1 to 6' })
  rule!: number;

  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(500, { message: 'note can be at most 500 characters' })
  note?: string;
}
