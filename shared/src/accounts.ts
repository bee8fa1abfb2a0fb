import type { Role } from './roles.js';

export interface RegisterRequest {
  alias: string;
  email: string;
  password: string;
}

export interface LoginRequest {
  alias: string;
  password: string;
}

/** What the API says about the signed-in person. Never carries the e-mail address. */
export interface MeDto {
  id: string;
  alias: string;
  roles: Role[];
  joinedAt: string;
}

/**
 * POST /api/auth/logout?clear=device ("Tøm denne enheten"): besides ending the session, the answer
 * carries this Clear-Site-Data header, so the browser itself drops cookies, storage and caches.
 */
export const LOGOUT_CLEAR_DEVICE = 'device';
export const CLEAR_SITE_DATA_ALL = '"cookies", "storage", "cache"';

/**
 * POST /api/auth/password-reset/request: always answered 202 with the same body, whether or not an
 * account has this address, so the answer tells nobody who is a member.
 */
export interface PasswordResetRequest {
  email: string;
}

/** POST /api/auth/password-reset: the token from the mailed link and the new password. 204; every session ends. */
export interface PasswordResetCompletion {
  token: string;
  password: string;
}

/** The app page the mailed link opens; the token rides in the fragment, which browsers never send to a server. */
export const PASSWORD_RESET_PATH = '/nytt-passord';
/** How long a mailed reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 60;

export const CSRF_COOKIE = 'csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'session';
