import { ApiProperty } from '@nestjs/swagger';
import { NORWEGIAN_PHONE_PATTERN, PHONE_TIME_PATTERN, type PhoneHoursDto, type PhoneInfoDto } from '@sexhandel/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class PhoneHoursItem implements PhoneHoursDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt({ message: 'weekday must be a whole number from 1 (Monday) to 7 (Sunday)' })
  @Min(1, { message: 'weekday must be a whole number from 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'weekday must be a whole number from 1 (Monday) to 7 (Sunday)' })
  weekday!: number;

  @ApiProperty({ example: '17:00' })
  @Matches(PHONE_TIME_PATTERN, { message: 'opens must be a time like 17:00' })
  opens!: string;

  @ApiProperty({ example: '21:00', description: "Local Oslo time; '24:00' means midnight at the end of the day" })
  @Matches(PHONE_TIME_PATTERN, { message: 'closes must be a time like 21:00 (or 24:00)' })
  closes!: string;
}

export class PhoneLineRequest {
  @ApiProperty({ example: '+47 22 33 44 55' })
  @Transform(trim)
  @IsString({ message: 'number must be a Norwegian phone number' })
  @Matches(NORWEGIAN_PHONE_PATTERN, {
    message: 'number must be a Norwegian phone number: 8 digits, optionally after +47',
  })
  number!: string;

  @ApiProperty({ type: [PhoneHoursItem] })
  @IsArray({ message: 'hours must be a list' })
  @ArrayMaxSize(50, { message: 'hours can have at most 50 periods' })
  @ValidateNested({ each: true })
  @Type(() => PhoneHoursItem)
  hours!: PhoneHoursItem[];

  @ApiProperty({ type: [String], example: ['2026-12-24'] })
  @IsArray({ message: 'closedDates must be a list' })
  @ArrayMaxSize(400, { message: 'closedDates can have at most 400 dates' })
  @Matches(DATE_PATTERN, { each: true, message: 'closedDates must be dates like 2026-12-24' })
  closedDates!: string[];

  @ApiProperty({ required: false, maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'note must be text' })
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  note?: string;
}

export class PhoneInfoResponse implements PhoneInfoDto {
  @ApiProperty() number!: string;
  @ApiProperty({ type: [PhoneHoursItem] }) hours!: PhoneHoursItem[];
  @ApiProperty({ type: [String] }) closedDates!: string[];
  @ApiProperty() note!: string;
  @ApiProperty() openNow!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextOpening!: string | null;
}
