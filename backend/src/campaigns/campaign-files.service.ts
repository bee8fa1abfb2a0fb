import { Injectable } from '@nestjs/common';
import { PhoneService } from '../phone/phone.service';
import type { CardContent } from './campaign-print';
import { CampaignsService } from './campaigns.service';

export type CampaignFileKind = 'qr.svg' | 'qr.png' | 'card.pdf' | 'sheet.pdf';

export interface CampaignFile {
  name: string;
  type: string;
  body: string | Buffer;
}

const TYPES: Record<CampaignFileKind, string> = {
  'qr.svg': 'image/svg+xml; charset=utf-8',
  'qr.png': 'image/png',
  'card.pdf': 'application/pdf',
  'sheet.pdf': 'application/pdf',
};

const FILE_NAMES: Record<CampaignFileKind, string> = {
  'qr.svg': 'qr.svg',
  'qr.png': 'qr.png',
  'card.pdf': 'kort.pdf',
  'sheet.pdf': 'kort-a4.pdf',
};

/** pdfkit (fonts and all) and qrcode are loaded on the first file asked for: most processes never make one. */
const print = () => import('./campaign-print.js');

/** QR codes and printable cards of a campaign's short link, made on request (nothing is stored). */
@Injectable()
export class CampaignFilesService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly phone: PhoneService,
  ) {}

  async file(id: string, kind: CampaignFileKind): Promise<CampaignFile> {
    const campaign = await this.campaigns.find(id);
    const url = this.campaigns.shortUrl(campaign.code);
    const name = `sexhandel-${campaign.code}-${FILE_NAMES[kind]}`;
    const type = TYPES[kind];
    const { cardPdf, qrPng, qrSvg, sheetPdf } = await print();
    switch (kind) {
      case 'qr.svg':
        return { name, type, body: await qrSvg(url) };
      case 'qr.png':
        return { name, type, body: await qrPng(url) };
      case 'card.pdf':
        return { name, type, body: await cardPdf(await this.card(url)) };
      case 'sheet.pdf':
        return { name, type, body: await sheetPdf(await this.card(url)) };
    }
  }

  private async card(url: string): Promise<CardContent> {
    const { number } = await this.phone.getPhoneInfo();
    return { url, phone: number };
  }
}
