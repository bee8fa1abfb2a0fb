import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CAMPAIGN_CHANNELS,
  CAMPAIGN_LIMITS,
  type CampaignChannel,
  type CampaignCreateRequest,
  type CampaignDto,
  type CampaignUpdateRequest,
} from '@sexhandel/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const CHANNEL_MESSAGE = `channel must be one of ${CAMPAIGN_CHANNELS.join(', ')}`;
const NAME_MESSAGE = `name must be 1 to ${CAMPAIGN_LIMITS.nameMax} characters`;
const NOTE_MESSAGE = `note can be at most ${CAMPAIGN_LIMITS.noteMax} characters`;

export class CampaignCreateInput implements CampaignCreateRequest {
  @ApiProperty({ minLength: 1, maxLength: CAMPAIGN_LIMITS.nameMax, example: 'Kort til videregående skoler, høst 2026' })
  @Transform(trimmed)
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: NAME_MESSAGE })
  @MaxLength(CAMPAIGN_LIMITS.nameMax, { message: NAME_MESSAGE })
  name!: string;

  @ApiProperty({ enum: CAMPAIGN_CHANNELS })
  @IsIn(CAMPAIGN_CHANNELS, { message: CHANNEL_MESSAGE })
  channel!: CampaignChannel;

  @ApiPropertyOptional({ maxLength: CAMPAIGN_LIMITS.noteMax })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'note must be text' })
  @MaxLength(CAMPAIGN_LIMITS.noteMax, { message: NOTE_MESSAGE })
  note?: string;
}

export class CampaignUpdateInput implements CampaignUpdateRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: CAMPAIGN_LIMITS.nameMax })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: NAME_MESSAGE })
  @MaxLength(CAMPAIGN_LIMITS.nameMax, { message: NAME_MESSAGE })
  name?: string;

  @ApiPropertyOptional({ enum: CAMPAIGN_CHANNELS })
  @IsOptional()
  @IsIn(CAMPAIGN_CHANNELS, { message: CHANNEL_MESSAGE })
  channel?: CampaignChannel;

  @ApiPropertyOptional({ maxLength: CAMPAIGN_LIMITS.noteMax })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'note must be text' })
  @MaxLength(CAMPAIGN_LIMITS.noteMax, { message: NOTE_MESSAGE })
  note?: string;
}

export class CampaignResponse implements CampaignDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CAMPAIGN_CHANNELS }) channel!: CampaignChannel;
  @ApiProperty() note!: string;
  @ApiProperty({ description: 'Short-link code; never changes, never reused' }) code!: string;
  @ApiProperty({ description: 'The full short link' }) shortUrl!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) archivedAt!: string | null;
  @ApiProperty({ description: 'Times the short link was opened' }) opens!: number;
  @ApiProperty({ description: 'Visits (one per device per day) that came through the campaign' }) visits!: number;
}
