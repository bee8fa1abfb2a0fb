import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  RESEARCH_EXPORT_FORMATS,
  STATS_FORMATS,
  STATS_TABLES,
  type ResearchConsentRequest,
  type ResearchExportFormat,
  type StatsFormat,
  type StatsTable,
} from '@sexhandel/shared';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

export class StatsTableParams {
  @ApiProperty({ enum: STATS_TABLES })
  @IsIn(STATS_TABLES, { message: `table must be one of: ${STATS_TABLES.join(', ')}` })
  table!: StatsTable;
}

export class StatsTableQuery {
  @ApiPropertyOptional({
    enum: STATS_FORMATS,
    default: 'json',
    description: 'csv answers a download with Content-Disposition',
  })
  @IsOptional()
  @IsIn(STATS_FORMATS, { message: 'format must be json or csv' })
  format?: StatsFormat;
}

export class ResearchExportQuery {
  @ApiProperty({ enum: RESEARCH_EXPORT_FORMATS, description: 'jsonl (JSON Lines) or csv' })
  @IsIn(RESEARCH_EXPORT_FORMATS, { message: 'format must be jsonl or csv' })
  format!: ResearchExportFormat;
}

export class ResearchConsentInput implements ResearchConsentRequest {
  @ApiProperty({ description: 'true gives consent, false withdraws it' })
  @IsBoolean({ message: 'consent must be true or false' })
  consent!: boolean;
}
