import type { CampaignCreateRequest, CampaignDto, CampaignUpdateRequest } from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';

/** Campaigns (admin): read and written on the server only, nothing is kept on the device. */
const BASE = '/api/admin/campaigns';

export function listCampaigns(fetchFn?: FetchFn): Promise<CampaignDto[]> {
  return requestJson<CampaignDto[]>(fetchFn, BASE);
}

export function createCampaign(input: CampaignCreateRequest, fetchFn?: FetchFn): Promise<CampaignDto> {
  return requestJson<CampaignDto>(fetchFn, BASE, { method: 'POST', body: input });
}

export function updateCampaign(id: string, input: CampaignUpdateRequest, fetchFn?: FetchFn): Promise<CampaignDto> {
  return requestJson<CampaignDto>(fetchFn, `${BASE}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function setCampaignArchived(id: string, archived: boolean, fetchFn?: FetchFn): Promise<CampaignDto> {
  return requestJson<CampaignDto>(fetchFn, `${BASE}/${encodeURIComponent(id)}/archive`, {
    method: archived ? 'POST' : 'DELETE',
  });
}

export type CampaignFile = 'qr.svg' | 'qr.png' | 'card.pdf' | 'sheet.pdf';

/** Address of a campaign's QR code or printable card (served as a download). */
export function campaignFileUrl(id: string, file: CampaignFile): string {
  return `${BASE}/${encodeURIComponent(id)}/${file}`;
}
