import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../accounts/auth.decorators';
import { UuidParam } from '../common/uuid-param';
import { CampaignCreateInput, CampaignResponse, CampaignUpdateInput } from './dto/campaign.dto';
import { CampaignFilesService, type CampaignFile } from './campaign-files.service';
import { CampaignsService } from './campaigns.service';

function sendFile(reply: FastifyReply, file: CampaignFile): FastifyReply {
  return reply
    .header('content-type', file.type)
    .header('content-disposition', `attachment; filename="${file.name}"`)
    .send(file.body);
}

/** Campaigns (admin): short links, QR codes and printable cards. */
@ApiTags('campaigns')
@Controller('admin/campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly files: CampaignFilesService,
  ) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Campaigns, active first, with short-link opens and visits through each' })
  @ApiOkResponse({ type: [CampaignResponse] })
  list(): Promise<CampaignResponse[]> {
    return this.campaigns.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a campaign; it gets a random short code that never changes' })
  @ApiCreatedResponse({ type: CampaignResponse })
  @ApiBadRequestResponse({ description: 'Missing or too long name, unknown channel, too long note' })
  create(@Body() input: CampaignCreateInput): Promise<CampaignResponse> {
    return this.campaigns.create(input);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: "Change a campaign's name, channel or note (the code never changes)" })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiNotFoundResponse({ description: 'No campaign with this id' })
  update(@UuidParam() id: string, @Body() input: CampaignUpdateInput): Promise<CampaignResponse> {
    return this.campaigns.update(id, input);
  }

  @Post(':id/archive')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive: the short link stops counting and answers 404; counts and code are kept' })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiNotFoundResponse({ description: 'No campaign with this id' })
  archive(@UuidParam() id: string): Promise<CampaignResponse> {
    return this.campaigns.setArchived(id, true);
  }

  @Delete(':id/archive')
  @Roles('admin')
  @ApiOperation({ summary: 'Take a campaign out of the archive: its short link works again' })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiNotFoundResponse({ description: 'No campaign with this id' })
  unarchive(@UuidParam() id: string): Promise<CampaignResponse> {
    return this.campaigns.setArchived(id, false);
  }

  @Get(':id/qr.svg')
  @Roles('admin')
  @ApiOperation({ summary: 'QR code of the full short link, SVG (error correction M, quiet zone 4)' })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'SVG image' })
  @ApiNotFoundResponse({ description: 'No campaign with this id' })
  async qrSvg(@UuidParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    await sendFile(reply, await this.files.file(id, 'qr.svg'));
  }

  @Get(':id/qr.png')
  @Roles('admin')
  @ApiOperation({ summary: 'QR code of the full short link, PNG' })
  @ApiProduces('image/png')
  @ApiOkResponse({ description: 'PNG image' })
  @ApiNotFoundResponse({ description: 'No campaign with this id' })
  async qrPng(@UuidParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    await sendFile(reply, await this.files.file(id, 'qr.png'));
  }

  @Get(':id/card.pdf')
  @Roles('admin')
  @ApiOperation({ summary: 'Printable card, one page of 85 × 55 mm: name, message, phone number, QR code, short link' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF' })
  @ApiNotFoundResponse({ description: 'No campaign with this id' })
  async cardPdf(@UuidParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    await sendFile(reply, await this.files.file(id, 'card.pdf'));
  }

  @Get(':id/sheet.pdf')
  @Roles('admin')
  @ApiOperation({ summary: 'A4 portrait sheet of 10 cards (2 × 5) with cut marks' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF' })
  @ApiNotFoundResponse({ description: 'No campaign with this id' })
  async sheetPdf(@UuidParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    await sendFile(reply, await this.files.file(id, 'sheet.pdf'));
  }
}
