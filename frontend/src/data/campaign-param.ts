import { CAMPAIGN_CODE_PATTERN, CAMPAIGN_QUERY_PARAM } from '@sexhandel/shared';

/**
 * The campaign code a short link (`/k/<code>` → `/?k=<code>`) brought the reader with, taken out
 * of the address bar at once so it is not bookmarked, shared or counted twice. Undefined when
 * there is none or it cannot be a code (the parameter is removed all the same).
 */
export function takeCampaignParam(win: Pick<Window, 'location' | 'history'> = window): string | undefined {
  const url = new URL(win.location.href);
  if (!url.searchParams.has(CAMPAIGN_QUERY_PARAM)) return undefined;
  const code = (url.searchParams.get(CAMPAIGN_QUERY_PARAM) ?? '').trim().toLowerCase();
  url.searchParams.delete(CAMPAIGN_QUERY_PARAM);
  win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return CAMPAIGN_CODE_PATTERN.test(code) ? code : undefined;
}
