import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ERROR_CODES,
  SYNC_ENTITIES,
  type ApiFieldError,
  type ErrorCode,
  type MutationError,
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

export class MutationFieldErrorDto implements ApiFieldError {
  @ApiProperty({ example: 'payload.body' }) field!: string;
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode' }) code!: ErrorCode;
}

export class MutationErrorDto implements MutationError {
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode' }) code!: ErrorCode;
  @ApiProperty({ description: 'For developers (English); the device shows its own text for the code' })
  message!: string;
  @ApiPropertyOptional({ type: [MutationFieldErrorDto] }) fields?: MutationFieldErrorDto[];
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
