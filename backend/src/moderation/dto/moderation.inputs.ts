import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GRANTABLE_ROLES,
  type BlockedDomainRequest,
  type FlagDismissalRequest,
  type GrantableRole,
  type RemovalRequest,
  type StaffRolesRequest,
  type SuspensionRequest,
} from '@sexhandel/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const RULE_MESSAGE = 'rule must be a rule number from 1 to 6';
const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class StaffRolesInput implements StaffRolesRequest {
  @ApiProperty({
    enum: GRANTABLE_ROLES,
    isArray: true,
    description: "The account's staff roles after the change ('member' is always kept)",
  })
  @IsArray({ message: 'roles must be a list' })
  @ArrayMaxSize(4)
  @IsIn(GRANTABLE_ROLES, { each: true, message: 'roles can hold moderator, counsellor, editor and admin' })
  roles!: GrantableRole[];
}

export class FlagQueueQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 6, description: 'Only posts flagged under this rule' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: RULE_MESSAGE })
  @Min(1, { message: RULE_MESSAGE })
  @Max(6, { message: RULE_MESSAGE })
  rule?: number;
}

export class FlagDismissalInput implements FlagDismissalRequest {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(500, { message: 'note can be at most 500 characters' })
  note?: string;
}

export class RemovalInput implements RemovalRequest {
  @ApiProperty({ minimum: 1, maximum: 6 })
  @IsInt({ message: RULE_MESSAGE })
  @Min(1, { message: RULE_MESSAGE })
  @Max(6, { message: RULE_MESSAGE })
  rule!: number;

  @ApiProperty({ minLength: 1, maxLength: 500, description: 'Shown publicly in place of the post' })
  @Transform(trimmed)
  @IsString({ message: 'note must be text' })
  @MinLength(1, { message: 'note is required: say briefly why the post was removed' })
  @MaxLength(500, { message: 'note can be at most 500 characters' })
  note!: string;
}

export class SuspensionInput implements SuspensionRequest {
  @ApiProperty({ format: 'date-time', description: 'When the suspension ends (in the future)' })
  @IsISO8601({ strict: true }, { message: 'until must be an ISO date-time' })
  until!: string;

  @ApiProperty({ minLength: 1, maxLength: 500 })
  @Transform(trimmed)
  @IsString({ message: 'reason must be text' })
  @MinLength(1, { message: 'reason is required' })
  @MaxLength(500, { message: 'reason can be at most 500 characters' })
  reason!: string;
}

export class BlockedDomainInput implements BlockedDomainRequest {
  @ApiProperty({ example: 'example.com', description: 'A domain (a URL is accepted: its host is used)' })
  @IsString({ message: 'domain must be text' })
  @MinLength(1, { message: 'domain is required' })
  @MaxLength(300, { message: 'domain can be at most 300 characters' })
  domain!: string;
}
