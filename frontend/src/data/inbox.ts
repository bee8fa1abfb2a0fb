import { LIMITS, type ConversationStatus, type CounsellorConversationDto, type InboxDto } from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';

/** The counsellors' inbox (online only): conversations by status, answers, notes and closing. */

const BASE = '/api/admin/contact';

export function fetchInbox(status: ConversationStatus, fetchFn?: FetchFn): Promise<InboxDto> {
  const params = new URLSearchParams({ status, limit: String(LIMITS.pageLimitMax) });
  return requestJson<InboxDto>(fetchFn, `${BASE}?${params.toString()}`);
}

export function fetchCounsellorConversation(id: string, fetchFn?: FetchFn): Promise<CounsellorConversationDto> {
  return requestJson<CounsellorConversationDto>(fetchFn, `${BASE}/${encodeURIComponent(id)}`);
}

/** The answer reaches the person by e-mail or under their pick-up code. */
export function answerConversation(id: string, body: string, fetchFn?: FetchFn): Promise<CounsellorConversationDto> {
  return requestJson<CounsellorConversationDto>(fetchFn, `${BASE}/${encodeURIComponent(id)}/answers`, {
    method: 'POST',
    body: { body },
  });
}

export function closeConversation(id: string, fetchFn?: FetchFn): Promise<CounsellorConversationDto> {
  return requestJson<CounsellorConversationDto>(fetchFn, `${BASE}/${encodeURIComponent(id)}/closure`, {
    method: 'POST',
  });
}

/** A note for other counsellors; the person never sees it. */
export function addConversationNote(id: string, body: string, fetchFn?: FetchFn): Promise<CounsellorConversationDto> {
  return requestJson<CounsellorConversationDto>(fetchFn, `${BASE}/${encodeURIComponent(id)}/notes`, {
    method: 'POST',
    body: { body },
  });
}
