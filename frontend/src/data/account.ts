import {
  CSRF_COOKIE,
  type AccountDeletionRequest,
  type AccountExportDto,
  type ForumMembershipDto,
  type MeDto,
  type PasswordResetCompletion,
  type PasswordResetRequest,
} from '@sexhandel/shared';
import { ApiError, readCookie, requestJson, type FetchFn } from './api.js';
import { appDb, type AppDB } from './app-db.js';

/** Account and session calls. The e-mail address goes to the server at registration and is never read back. */

function fetchOf(fetchFn?: FetchFn): FetchFn {
  return fetchFn ?? globalThis.fetch.bind(globalThis);
}

/** The signed-in account, or null when nobody is signed in (401). Network failure throws a TypeError. */
export async function fetchMe(fetchFn?: FetchFn): Promise<MeDto | null> {
  // The readable csrf cookie always comes and goes with the session cookie: without it nobody is
  // signed in, and a reader who never made an account sends no request (and gets no 401 in the console).
  if (!fetchFn && readCookie(CSRF_COOKIE) === undefined) return null;
  try {
    return await requestJson<MeDto>(fetchOf(fetchFn), '/api/auth/me');
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

export function registerAccount(alias: string, email: string, password: string, fetchFn?: FetchFn): Promise<MeDto> {
  return requestJson<MeDto>(fetchOf(fetchFn), '/api/auth/register', {
    method: 'POST',
    body: { alias, email, password },
  });
}

export function loginAccount(alias: string, password: string, fetchFn?: FetchFn): Promise<MeDto> {
  return requestJson<MeDto>(fetchOf(fetchFn), '/api/auth/login', { method: 'POST', body: { alias, password } });
}

/** Ends the session and forgets the device's record of the rules acceptance. */
export async function logoutAccount(fetchFn?: FetchFn, db: AppDB = appDb): Promise<void> {
  await requestJson<undefined>(fetchOf(fetchFn), '/api/auth/logout', { method: 'POST' });
  await db.meta.delete('forumRulesAcceptedAt');
}

export function changePassword(currentPassword: string, newPassword: string, fetchFn?: FetchFn): Promise<void> {
  return requestJson<undefined>(fetchOf(fetchFn), '/api/auth/password', {
    method: 'POST',
    body: { currentPassword, newPassword },
  });
}

/** Asks for a reset link by e-mail. The server answers 202 whether or not the address has an account. */
export async function requestPasswordReset(email: string, fetchFn?: FetchFn): Promise<void> {
  const body: PasswordResetRequest = { email };
  await requestJson<unknown>(fetchOf(fetchFn), '/api/auth/password-reset/request', { method: 'POST', body });
}

/** Sets a new password with the token from the mailed link; the server ends every session of the account. */
export function completePasswordReset(token: string, password: string, fetchFn?: FetchFn): Promise<void> {
  const body: PasswordResetCompletion = { token, password };
  return requestJson<undefined>(fetchOf(fetchFn), '/api/auth/password-reset', { method: 'POST', body });
}

export function fetchAccountExport(fetchFn?: FetchFn): Promise<AccountExportDto> {
  return requestJson<AccountExportDto>(fetchOf(fetchFn), '/api/account/export');
}

export async function deleteAccount(request: AccountDeletionRequest, fetchFn?: FetchFn, db: AppDB = appDb): Promise<void> {
  await requestJson<unknown>(fetchOf(fetchFn), '/api/account/deletion', { method: 'POST', body: request });
  await db.meta.delete('forumRulesAcceptedAt');
}

/** The member's forum standing; remembers an acceptance on the device so Send works offline later. */
export async function fetchMembership(fetchFn?: FetchFn, db: AppDB = appDb): Promise<ForumMembershipDto> {
  const membership = await requestJson<ForumMembershipDto>(fetchOf(fetchFn), '/api/forum/membership');
  await rememberRulesAcceptance(membership, db);
  return membership;
}

export async function acceptForumRules(fetchFn?: FetchFn, db: AppDB = appDb): Promise<ForumMembershipDto> {
  const membership = await requestJson<ForumMembershipDto>(fetchOf(fetchFn), '/api/forum/rules-acceptance', {
    method: 'POST',
  });
  await rememberRulesAcceptance(membership, db);
  return membership;
}

async function rememberRulesAcceptance(membership: ForumMembershipDto, db: AppDB): Promise<void> {
  if (membership.rulesAcceptedAt) await db.meta.put({ key: 'forumRulesAcceptedAt', value: membership.rulesAcceptedAt });
  else await db.meta.delete('forumRulesAcceptedAt');
}

/** Saves the JSON export as a file through a temporary object URL (no inline script, no third party). */
export function downloadJson(data: unknown, filename: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
