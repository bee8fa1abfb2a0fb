import {
  CSRF_COOKIE,
  LOGOUT_CLEAR_DEVICE,
  type AccountDeletionRequest,
  type AccountExportDto,
  type ForumMembershipDto,
  type MeDto,
  type PasswordResetCompletion,
  type PasswordResetRequest,
} from '@sexhandel/shared';
import { ApiError, readCookie, requestJson, type FetchFn } from './api.js';
import { appDb, type AppDB } from './app-db.js';
import { leaveDeviceMarker } from './device-session.js';

/** Account and session calls. The e-mail address goes to the server at registration and is never read back. */

/** The signed-in account, or null when nobody is signed in (401). Network failure throws a TypeError. */
export async function fetchMe(fetchFn?: FetchFn): Promise<MeDto | null> {
  // The readable csrf cookie always comes and goes with the session cookie: without it nobody is
  // signed in, and a reader who never made an account sends no request (and gets no 401 in the console).
  if (!fetchFn && readCookie(CSRF_COOKIE) === undefined) return null;
  try {
    return await requestJson<MeDto>(fetchFn, '/api/auth/me');
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

// The device marker is left the moment the server said yes, before anything else can ask who is
// signed in: a session without the marker is taken for one left behind by a wiped device and ended.
export async function registerAccount(
  alias: string,
  email: string,
  password: string,
  fetchFn?: FetchFn,
): Promise<MeDto> {
  const me = await requestJson<MeDto>(fetchFn, '/api/auth/register', {
    method: 'POST',
    body: { alias, email, password },
  });
  leaveDeviceMarker();
  return me;
}

export async function loginAccount(alias: string, password: string, fetchFn?: FetchFn): Promise<MeDto> {
  const me = await requestJson<MeDto>(fetchFn, '/api/auth/login', {
    method: 'POST',
    body: { alias, password },
  });
  leaveDeviceMarker();
  return me;
}

/**
 * Ends the session on the server. With `clearDevice` the answer carries Clear-Site-Data, so the
 * browser also drops cookies, storage and caches. What stays on the device is SessionService's work.
 */
export async function logoutAccount(fetchFn?: FetchFn, options: { clearDevice?: boolean } = {}): Promise<void> {
  const path = options.clearDevice ? `/api/auth/logout?clear=${LOGOUT_CLEAR_DEVICE}` : '/api/auth/logout';
  await requestJson<undefined>(fetchFn, path, { method: 'POST' });
}

export function changePassword(currentPassword: string, newPassword: string, fetchFn?: FetchFn): Promise<void> {
  return requestJson<undefined>(fetchFn, '/api/auth/password', {
    method: 'POST',
    body: { currentPassword, newPassword },
  });
}

/** Asks for a reset link by e-mail. The server answers 202 whether or not the address has an account. */
export async function requestPasswordReset(email: string, fetchFn?: FetchFn): Promise<void> {
  const body: PasswordResetRequest = { email };
  await requestJson<unknown>(fetchFn, '/api/auth/password-reset/request', { method: 'POST', body });
}

/** Sets a new password with the token from the mailed link; the server ends every session of the account. */
export function completePasswordReset(token: string, password: string, fetchFn?: FetchFn): Promise<void> {
  const body: PasswordResetCompletion = { token, password };
  return requestJson<undefined>(fetchFn, '/api/auth/password-reset', { method: 'POST', body });
}

export function fetchAccountExport(fetchFn?: FetchFn): Promise<AccountExportDto> {
  return requestJson<AccountExportDto>(fetchFn, '/api/account/export');
}

/** Deletes the account on the server; SessionService.forget('deleted') then clears the device of it. */
export async function deleteAccount(request: AccountDeletionRequest, fetchFn?: FetchFn): Promise<void> {
  await requestJson<unknown>(fetchFn, '/api/account/deletion', { method: 'POST', body: request });
}

/** The member's forum standing; remembers an acceptance on the device so Send works offline later. */
export async function fetchMembership(fetchFn?: FetchFn, db: AppDB = appDb): Promise<ForumMembershipDto> {
  const membership = await requestJson<ForumMembershipDto>(fetchFn, '/api/forum/membership');
  await rememberRulesAcceptance(membership, db);
  return membership;
}

export async function acceptForumRules(fetchFn?: FetchFn, db: AppDB = appDb): Promise<ForumMembershipDto> {
  const membership = await requestJson<ForumMembershipDto>(fetchFn, '/api/forum/rules-acceptance', {
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
