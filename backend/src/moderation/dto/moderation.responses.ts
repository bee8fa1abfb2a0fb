import { ApiProperty } from '@nestjs/swagger';
import type {
  AuditEntryDto,
  AuditPageDto,
  BlockedDomainDto,
  BlockedDomainListDto,
  FlagDismissalDto,
  FlagQueueDto,
  FlaggedPostDto,
  ModlogEntryDto,
  ModlogPageDto,
  PostRestoreDto,
  RemovalDetailDto,
  RemovalDto,
  RemovalPageDto,
  StaffMemberDto,
  SuspensionDto,
} from '@sexhandel/shared';

export class StaffMemberResponse implements StaffMemberDto {
  @ApiProperty() alias!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
}

export class RuleCountResponse {
  @ApiProperty() rule!: number;
  @ApiProperty() count!: number;
}

export class FlagNoteResponse {
  @ApiProperty() rule!: number;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class FlaggedPostResponse implements FlaggedPostDto {
  @ApiProperty({ format: 'uuid' }) postId!: string;
  @ApiProperty({ format: 'uuid' }) threadId!: string;
  @ApiProperty() threadTitle!: string;
  @ApiProperty({ type: String, nullable: true }) authorAlias!: string | null;
  @ApiProperty({ description: 'The post text (staff only)' }) body!: string;
  @ApiProperty({ enum: ['published', 'hidden'] }) status!: 'published' | 'hidden';
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() flagCount!: number;
  @ApiProperty({ format: 'date-time' }) firstFlaggedAt!: string;
  @ApiProperty({ type: [RuleCountResponse] }) rules!: RuleCountResponse[];
  @ApiProperty({ type: [FlagNoteResponse] }) notes!: FlagNoteResponse[];
}

export class FlagQueueResponse implements FlagQueueDto {
  @ApiProperty({ type: [FlaggedPostResponse] }) items!: FlaggedPostResponse[];
}

export class FlagDismissalResponse implements FlagDismissalDto {
  @ApiProperty({ format: 'uuid' }) postId!: string;
  @ApiProperty() dismissedFlags!: number;
  @ApiProperty({ enum: ['published'] }) status!: 'published';
}

export class RemovalResponse implements RemovalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) postId!: string | null;
  @ApiProperty({ format: 'uuid' }) threadId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: the thread was erased with its author' })
  threadTitle!: string | null;
  @ApiProperty({ type: String, nullable: true }) authorAlias!: string | null;
  @ApiProperty({ format: 'date-time' }) postCreatedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) quotePostId!: string | null;
  @ApiProperty() rule!: number;
  @ApiProperty() note!: string;
  @ApiProperty() moderatorAlias!: string;
  @ApiProperty({ format: 'date-time' }) removedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) restoredAt!: string | null;
  @ApiProperty({ description: 'The author erased the archived text with their account' }) textErased!: boolean;
}

export class RemovalDetailResponse extends RemovalResponse implements RemovalDetailDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The removed text, as written; null once its author erased it',
  })
  body!: string | null;
}

export class RemovalPageResponse implements RemovalPageDto {
  @ApiProperty({ type: [RemovalResponse] }) items!: RemovalResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class PostRestoreResponse implements PostRestoreDto {
  @ApiProperty({ format: 'uuid' }) postId!: string;
  @ApiProperty({ enum: ['published'] }) status!: 'published';
}

export class AuditEntryResponse implements AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() actorAlias!: string;
  @ApiProperty() action!: string;
  @ApiProperty() targetType!: string;
  @ApiProperty() targetId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'As logged; the fields below are its parts' })
  reason!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "A post target's thread" })
  threadId!: string | null;
  @ApiProperty({ type: String, nullable: true }) threadTitle!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "An account target's alias" }) targetAlias!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'post.remove: the rule number' }) rule!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'member.suspend: until' })
  until!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The note or reason; staff.roles: the new roles' })
  note!: string | null;
}

export class AuditPageResponse implements AuditPageDto {
  @ApiProperty({ type: [AuditEntryResponse] }) items!: AuditEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ModlogEntryResponse implements ModlogEntryDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: ['removal', 'restore'] }) action!: 'removal' | 'restore';
  @ApiProperty() rule!: number;
  @ApiProperty({ type: String, nullable: true }) ruleTitle!: string | null;
  @ApiProperty({ format: 'uuid' }) threadId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: the thread was erased with its author' })
  threadTitle!: string | null;
}

export class ModlogPageResponse implements ModlogPageDto {
  @ApiProperty({ type: [ModlogEntryResponse] }) items!: ModlogEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class SuspensionResponse implements SuspensionDto {
  @ApiProperty() alias!: string;
  @ApiProperty({ format: 'date-time' }) until!: string;
  @ApiProperty() reason!: string;
}

export class BlockedDomainResponse implements BlockedDomainDto {
  @ApiProperty() domain!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class BlockedDomainListResponse implements BlockedDomainListDto {
  @ApiProperty({ type: [BlockedDomainResponse] }) items!: BlockedDomainResponse[];
}
