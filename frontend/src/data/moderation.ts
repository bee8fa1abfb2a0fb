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

function pageQuery(cursor?: string | null, limit?: number): string {
  const params = new URLSearchParams();
  if (cursor) params.set('cursor', cursor);
  if (limit) params.set('limit', String(limit));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function fetchFlagQueue(rule: number | null, fetchFn?: FetchFn): Promise<FlagQueueDto> {
  return requestJson<FlagQueueDto>(fetchFn, `/api/admin/flags${rule ? `?rule=${rule}` : ''}`);
}

export function dismissFlags(postId: string, note: string, fetchFn?: FetchFn): Promise<FlagDismissalDto> {
  const body = note.trim() ? { note: note.trim() } : {};
  return requestJson<FlagDismissalDto>(fetchFn, `/api/admin/posts/${encodeURIComponent(postId)}/flag-dismissal`, {
    method: 'POST',
    body,
  });
}

export function removePost(postId: string, rule: number, note: string, fetchFn?: FetchFn): Promise<RemovalDto> {
  return requestJson<RemovalDto>(fetchFn, `/api/admin/posts/${encodeURIComponent(postId)}/removal`, {
    method: 'POST',
    body: { rule, note },
  });
}

export function restorePost(postId: string, fetchFn?: FetchFn): Promise<PostRestoreDto> {
  return requestJson<PostRestoreDto>(fetchFn, `/api/admin/posts/${encodeURIComponent(postId)}/removal`, {
    method: 'DELETE',
  });
}

export function fetchRemovals(cursor?: string | null, fetchFn?: FetchFn): Promise<RemovalPageDto> {
  return requestJson<RemovalPageDto>(fetchFn, `/api/admin/removals${pageQuery(cursor)}`);
}

export function fetchRemoval(id: string, fetchFn?: FetchFn): Promise<RemovalDetailDto> {
  return requestJson<RemovalDetailDto>(fetchFn, `/api/admin/removals/${encodeURIComponent(id)}`);
}

export function fetchAuditLog(cursor?: string | null, fetchFn?: FetchFn): Promise<AuditPageDto> {
  return requestJson<AuditPageDto>(fetchFn, `/api/admin/audit${pageQuery(cursor, 50)}`);
}

export function suspendMember(alias: string, until: string, reason: string, fetchFn?: FetchFn): Promise<SuspensionDto> {
  return requestJson<SuspensionDto>(fetchFn, `/api/admin/members/${encodeURIComponent(alias)}/suspension`, {
    method: 'POST',
    body: { until, reason },
  });
}

export function liftSuspension(alias: string, fetchFn?: FetchFn): Promise<void> {
  return requestJson<void>(fetchFn, `/api/admin/members/${encodeURIComponent(alias)}/suspension`, {
    method: 'DELETE',
  });
}

export function fetchBlockedDomains(fetchFn?: FetchFn): Promise<BlockedDomainListDto> {
  return requestJson<BlockedDomainListDto>(fetchFn, '/api/admin/blocked-domains');
}

export function addBlockedDomain(domain: string, fetchFn?: FetchFn): Promise<BlockedDomainDto> {
  return requestJson<BlockedDomainDto>(fetchFn, '/api/admin/blocked-domains', { method: 'POST', body: { domain } });
}

export function removeBlockedDomain(domain: string, fetchFn?: FetchFn): Promise<void> {
  return requestJson<void>(fetchFn, `/api/admin/blocked-domains/${encodeURIComponent(domain)}`, {
    method: 'DELETE',
  });
}

export function fetchStaff(fetchFn?: FetchFn): Promise<StaffMemberDto[]> {
  return requestJson<StaffMemberDto[]>(fetchFn, '/api/admin/staff');
}

export function setStaffRoles(alias: string, roles: GrantableRole[], fetchFn?: FetchFn): Promise<StaffMemberDto> {
  return requestJson<StaffMemberDto>(fetchFn, `/api/admin/staff/${encodeURIComponent(alias)}/roles`, {
    method: 'PUT',
    body: { roles },
  });
}

export function fetchModlog(cursor?: string | null, fetchFn?: FetchFn): Promise<ModlogPageDto> {
  return requestJson<ModlogPageDto>(fetchFn, `/api/modlog${pageQuery(cursor)}`);
}
