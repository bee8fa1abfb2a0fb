import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../accounts/actor';
import { CurrentActor, Roles } from '../accounts/auth.decorators';
import { ResearchConsentInput, ResearchExportQuery, StatsTableParams, StatsTableQuery } from './dto/insight.inputs';
import { ResearchConsentResponse, ResearchDictionaryResponse, StatsDashboardResponse } from './dto/insight.responses';
import { InsightStatsService, type StatsRows } from './insight-stats.service';
import { RESEARCH_DICTIONARY, ResearchExportService } from './research-export.service';
import { ResearchConsentService } from './research-consent.service';
import { statsTableCsv } from './stats-csv';

function download(reply: FastifyReply, filename: string, contentType: string): void {
  reply.header('content-type', contentType);
  reply.header('content-disposition', `attachment; filename="${filename}"`);
  reply.header('cache-control', 'no-store');
}

/** Statistics dashboard (counts only) and the research export, for admins. */
@ApiTags('insight')
@Roles('admin')
@Controller('admin')
export class InsightController {
  constructor(
    private readonly stats: InsightStatsService,
    private readonly research: ResearchExportService,
  ) {}

  @Get('stats')
  @ApiOperation({ summary: 'Every dashboard figure and table in one answer (counts only)' })
  @ApiOkResponse({ type: StatsDashboardResponse })
  getStatsDashboard(@Res({ passthrough: true }) reply: FastifyReply): Promise<StatsDashboardResponse> {
    reply.header('cache-control', 'no-store');
    return this.stats.getDashboard();
  }

  @Get('stats/:table')
  @ApiOperation({ summary: 'One statistics table as JSON rows, or as a CSV download with ?format=csv' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'The rows (the same shape as in GET /api/admin/stats), or CSV with a header row' })
  async getStatsTable(
    @Param() params: StatsTableParams,
    @Query() query: StatsTableQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StatsRows[keyof StatsRows] | string> {
    const rows = await this.stats.getTable(params.table);
    if (query.format !== 'csv') {
      reply.header('cache-control', 'no-store');
      return rows;
    }
    download(
      reply,
      `sexhandel-${params.table}-${new Date().toISOString().slice(0, 10)}.csv`,
      'text/csv; charset=utf-8',
    );
    return statsTableCsv(params.table, rows);
  }

  @Get('research-export')
  @ApiOperation({
    summary: "Download the consenting members' published posts, pseudonymised, as JSON Lines or CSV (audited)",
  })
  @ApiProduces('application/x-ndjson', 'text/csv')
  @ApiOkResponse({ description: 'One post per line (jsonl) or per row (csv); fields in the data dictionary' })
  async exportResearchPosts(
    @CurrentActor() actor: Actor,
    @Query() query: ResearchExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.research.exportPosts(actor, query.format);
    download(reply, file.filename, file.contentType);
    return file.body;
  }

  @Get('research-export/dictionary')
  @ApiOperation({ summary: 'Data dictionary of the research export: every field and what it means' })
  @ApiOkResponse({ type: ResearchDictionaryResponse })
  getResearchDictionary(): ResearchDictionaryResponse {
    return RESEARCH_DICTIONARY;
  }
}

/** The member's own research consent (off until they turn it on; withdrawable at any time). */
@ApiTags('account')
@Roles('member')
@Controller('account')
export class ResearchConsentController {
  constructor(private readonly consent: ResearchConsentService) {}

  @Get('research-consent')
  @ApiOperation({ summary: 'Whether my published posts may go into the research export' })
  @ApiOkResponse({ type: ResearchConsentResponse })
  getResearchConsent(@CurrentActor() actor: Actor): Promise<ResearchConsentResponse> {
    return this.consent.getConsent(actor);
  }

  @Put('research-consent')
  @ApiOperation({ summary: 'Give or withdraw research consent; a withdrawal applies from the next export' })
  @ApiOkResponse({ type: ResearchConsentResponse })
  setResearchConsent(
    @CurrentActor() actor: Actor,
    @Body() input: ResearchConsentInput,
  ): Promise<ResearchConsentResponse> {
    return this.consent.setConsent(actor, input.consent);
  }
}
