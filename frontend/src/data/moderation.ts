import type {
  AuditPageDto,
  BlockedDomainDto,
  BlockedDomainListDto,
  FlagDismissalDto,
  FlagQueueDto,
  GrantableRole,
  ModlogPageDto,
  PostRestoreDto,
  RemovalDetailDto,
  RemovalDto,
  RemovalPageDto,
  StaffMemberDto,
  SuspensionDto,
} from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';

/** Staff moderation calls (online only, never cached on the device) and the public moderation log. */

const defaultFetch: FetchFn = (input, init) => fetch(input, init);

function pageQuery(cursor?: string | null, limit?: number): string {
  const params = new URLSearchParams();
  if (cursor) params.set('cursor', cursor);
  if (limit) params.set('limit', String(limit));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function fetchFlagQueue(rule: number | null, fetchFn: FetchFn = defaultFetch): Promise<FlagQueueDto> {
  return requestJson<FlagQueueDto>(fetchFn, `/api/admin/flags${rule ? `?rule=${rule}` : ''}`);
}

export function dismissFlags(postId: string, note: string, fetchFn: FetchFn = defaultFetch): Promise<FlagDismissalDto> {
  const body = note.trim() ? { note: note.trim() } : {};
  return requestJson<FlagDismissalDto>(fetchFn, `/api/admin/posts/${encodeURIComponent(postId)}/flag-dismissal`, {
    method: 'POST',
    body,
  });
}

export function removePost(
  postId: string,
  rule: number,
  note: string,
  fetchFn: FetchFn = defaultFetch,
): Promise<RemovalDto> {
  return requestJson<RemovalDto>(fetchFn, `/api/admin/posts/${encodeURIComponent(postId)}/removal`, {
    method: 'POST',
    body: { rule, note },
  });
}

export function restorePost(postId: string, fetchFn: FetchFn = defaultFetch): Promise<PostRestoreDto> {
  return requestJson<PostRestoreDto>(fetchFn, `/api/admin/posts/${encodeURIComponent(postId)}/removal`, {
    method: 'DELETE',
  });
}

export function fetchRemovals(cursor?: string | null, fetchFn: FetchFn = defaultFetch): Promise<RemovalPageDto> {
  return requestJson<RemovalPageDto>(fetchFn, `/api/admin/removals${pageQuery(cursor)}`);
}

export function fetchRemoval(id: string, fetchFn: FetchFn = defaultFetch): Promise<RemovalDetailDto> {
  return requestJson<RemovalDetailDto>(fetchFn, `/api/admin/removals/${encodeURIComponent(id)}`);
}

export function fetchAuditLog(cursor?: string | null, fetchFn: FetchFn = defaultFetch): Promise<AuditPageDto> {
  return requestJson<AuditPageDto>(fetchFn, `/api/admin/audit${pageQuery(cursor, 50)}`);
}

export function suspendMember(
  alias: string,
  until: string,
  reason: string,
  fetchFn: FetchFn = defaultFetch,
): Promise<SuspensionDto> {
  return requestJson<SuspensionDto>(fetchFn, `/api/admin/members/${encodeURIComponent(alias)}/suspension`, {
    method: 'POST',
    body: { until, reason },
  });
}

export function liftSuspension(alias: string, fetchFn: FetchFn = defaultFetch): Promise<void> {
  return requestJson<void>(fetchFn, `/api/admin/members/${encodeURIComponent(alias)}/suspension`, {
    method: 'DELETE',
  });
}

export function fetchBlockedDomains(fetchFn: FetchFn = defaultFetch): Promise<BlockedDomainListDto> {
  return requestJson<BlockedDomainListDto>(fetchFn, '/api/admin/blocked-domains');
}

export function addBlockedDomain(domain: string, fetchFn: FetchFn = defaultFetch): Promise<BlockedDomainDto> {
  return requestJson<BlockedDomainDto>(fetchFn, '/api/admin/blocked-domains', { method: 'POST', body: { domain } });
}

export function removeBlockedDomain(domain: string, fetchFn: FetchFn = defaultFetch): Promise<void> {
  return requestJson<void>(fetchFn, `/api/admin/blocked-domains/${encodeURIComponent(domain)}`, {
    method: 'DELETE',
  });
}

export function fetchStaff(fetchFn: FetchFn = defaultFetch): Promise<StaffMemberDto[]> {
  return requestJson<StaffMemberDto[]>(fetchFn, '/api/admin/staff');
}

export function setStaffRoles(
  alias: string,
  roles: GrantableRole[],
  fetchFn: FetchFn = defaultFetch,
): Promise<StaffMemberDto> {
  return requestJson<StaffMemberDto>(fetchFn, `/api/admin/staff/${encodeURIComponent(alias)}/roles`, {
    method: 'PUT',
    body: { roles },
  });
}

export function fetchModlog(cursor?: string | null, fetchFn: FetchFn = defaultFetch): Promise<ModlogPageDto> {
  return requestJson<ModlogPageDto>(fetchFn, `/api/modlog${pageQuery(cursor)}`);
}
