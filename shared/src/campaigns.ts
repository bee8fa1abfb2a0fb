/**
 * Outreach campaigns (admin): each has a short link `/k/<code>` that counts opens per day and
 * leads to the start page with `?k=<code>`, so the day's visit is counted with the campaign.
 * Counts only: no cookie, no identifier.
 */

export const CAMPAIGN_CHANNELS = ['school', 'print_ad', 'event', 'press', 'other'] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

/** Letters and digits that cannot be mistaken for each other when typed from a card (no 0/o, 1/l/i). */
export const CAMPAIGN_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const CAMPAIGN_CODE_LENGTH = 6;
/** What a short-link code may look like (lowercase; the server also accepts it in capitals). */
export const CAMPAIGN_CODE_PATTERN = /^[a-z0-9]{4,16}$/;

/** Query parameter the short link adds to the start page. */
export const CAMPAIGN_QUERY_PARAM = 'k';

export const CAMPAIGN_LIMITS = {
  nameMax: 80,
  noteMax: 500,
} as const;

/** One campaign in GET /api/admin/campaigns (newest first), with its counts. */
export interface CampaignDto {
  id: string;
  name: string;
  channel: CampaignChannel;
  note: string;
  /** Short code; never changes and is never given to another campaign. */
  code: string;
  /** The full short link, e.g. https://example.no/k/abc234. */
  shortUrl: string;
  createdAt: string;
  /** Set when archived: the short link then answers 404 and counts nothing. */
  archivedAt: string | null;
  /** Times the short link was opened. */
  opens: number;
  /** Visits (one per device per day) that came through the campaign. */
  visits: number;
}

/** POST /api/admin/campaigns body. */
export interface CampaignCreateRequest {
  name: string;
  channel: CampaignChannel;
  note?: string;
}

/** PATCH /api/admin/campaigns/:id body: name, channel and note (the code never changes). */
export interface CampaignUpdateRequest {
  name?: string;
  channel?: CampaignChannel;
  note?: string;
}
