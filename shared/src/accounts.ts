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

export const CSRF_COOKIE = 'csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'session';
