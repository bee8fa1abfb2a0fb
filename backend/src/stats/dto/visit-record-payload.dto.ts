import type { VisitRecordPayload } from '@sexhandel/shared';
import { IsBoolean, IsOptional, Matches } from 'class-validator';

export class VisitRecordPayloadDto implements VisitRecordPayload {
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'day must be a date like 2026-11-29' })
  day!: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]{1,32}$/, { message: 'campaign must be a campaign code' })
  campaign?: string;

  @IsOptional()
  @IsBoolean({ message: 'installed must be true or false' })
  installed?: boolean;
}
