import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SYNC_ENTITIES,
  type ChangeOp,
  type MutationStatus,
  type PullResponse,
  type PushResponse,
  type SyncEntity,
} from '@sexhandel/shared';

export class SyncChangeDto {
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: SYNC_ENTITIES }) entity!: SyncEntity;
  @ApiProperty({ enum: ['upsert', 'delete'] }) op!: ChangeOp;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) data!: unknown;
}

export class PullResponseDto implements PullResponse {
  @ApiProperty({ type: [SyncChangeDto] }) changes!: SyncChangeDto[];
  @ApiProperty({ description: 'Send with the next pull' }) cursor!: string;
  @ApiProperty() hasMore!: boolean;
}

export class MutationErrorDto {
  @ApiProperty({ example: 'validation' }) code!: string;
  @ApiProperty() message!: string;
}

export class MutationResultDto {
  @ApiProperty({ nullable: true, description: 'The mutation id as sent (null when it had none)' }) id!: string;
  @ApiProperty({ enum: ['applied', 'duplicate', 'rejected'] }) status!: MutationStatus;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) result?: unknown;
  @ApiPropertyOptional({ type: MutationErrorDto }) error?: MutationErrorDto;
}

export class PushResponseDto implements PushResponse {
  @ApiProperty({ type: [MutationResultDto] }) results!: MutationResultDto[];
}
