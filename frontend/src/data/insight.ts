import type { ResearchConsentDto, ResearchExportFormat, StatsDashboardDto, StatsTable } from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';

/** Statistics, research export and research consent (online only; nothing is kept on the device). */

export function fetchStatsDashboard(fetchFn?: FetchFn): Promise<StatsDashboardDto> {
  return requestJson<StatsDashboardDto>(fetchFn, '/api/admin/stats');
}

/** Link target of a table's CSV download (the server answers with Content-Disposition). */
export function statsCsvUrl(table: StatsTable): string {
  return `/api/admin/stats/${table}?format=csv`;
}

/** Link target of the research export; every download is written to the audit log. */
export function researchExportUrl(format: ResearchExportFormat): string {
  return `/api/admin/research-export?format=${format}`;
}

export const RESEARCH_DICTIONARY_URL = '/api/admin/research-export/dictionary';

export function fetchResearchConsent(fetchFn?: FetchFn): Promise<ResearchConsentDto> {
  return requestJson<ResearchConsentDto>(fetchFn, '/api/account/research-consent');
}

export function saveResearchConsent(consent: boolean, fetchFn?: FetchFn): Promise<ResearchConsentDto> {
  return requestJson<ResearchConsentDto>(fetchFn, '/api/account/research-consent', {
    method: 'PUT',
    body: { consent },
  });
}
