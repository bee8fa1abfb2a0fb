import { createHmac, randomBytes } from 'node:crypto';
import { authErrors } from './auth-errors';

/** Limits of the in-memory brute-force protection. Counters never leave this process. */
export interface AuthRateLimits {
  /** Failed logins for one alias are counted over this window. */
  loginWindowMs: number;
  /** From this many failures on, every answer for that alias is slowed down. */
  loginSlowAfter: number;
  loginSlowDelayMs: number;
  /** At this many failures the alias is locked. */
  loginLockAfter: number;
  loginLockMs: number;
  /** New accounts per client per window. */
  registerMax: number;
  registerWindowMs: number;
  /** Password-reset requests per client per window. */
  resetRequestMax: number;
  resetRequestWindowMs: number;
}

const MINUTE = 60_000;

export const DEFAULT_AUTH_RATE_LIMITS: AuthRateLimits = {
  loginWindowMs: 15 * MINUTE,
  loginSlowAfter: 5,
  loginSlowDelayMs: 1000,
  loginLockAfter: 10,
  loginLockMs: 15 * MINUTE,
  registerMax: 10,
  registerWindowMs: 60 * MINUTE,
  resetRequestMax: 5,
  resetRequestWindowMs: 60 * MINUTE,
};

/** AUTH_LOGIN_SLOW_AFTER, AUTH_LOGIN_LOCK_AFTER, AUTH_REGISTER_PER_HOUR override the defaults. */
export function authRateLimitsFromEnv(env: NodeJS.ProcessEnv): AuthRateLimits {
  const int = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] && Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    ...DEFAULT_AUTH_RATE_LIMITS,
    loginSlowAfter: int('AUTH_LOGIN_SLOW_AFTER', DEFAULT_AUTH_RATE_LIMITS.loginSlowAfter),
    loginLockAfter: int('AUTH_LOGIN_LOCK_AFTER', DEFAULT_AUTH_RATE_LIMITS.loginLockAfter),
    registerMax: int('AUTH_REGISTER_PER_HOUR', DEFAULT_AUTH_RATE_LIMITS.registerMax),
  };
}

interface Counter {
  count: number;
  windowEnds: number;
  lockedUntil: number;
}

// Bounds memory when someone sprays random aliases: expired counters are dropped past this size.
const PRUNE_ABOVE = 10_000;

/**
 * Login failures per alias key and registrations per client, in memory only. A client is the
 * HMAC of its address (see TRUST_PROXY) under a key made fresh in every process: nothing that could
 * identify a person is stored, logged or survives a restart.
 */
export class AuthRateLimiter {
  private limits: AuthRateLimits;
  private readonly clientKey = randomBytes(32);
  private readonly logins = new Map<string, Counter>();
  private readonly registrations = new Map<string, Counter>();
  private readonly resetRequests = new Map<string, Counter>();

  constructor(
    limits: Partial<AuthRateLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_AUTH_RATE_LIMITS, ...limits };
  }

  /** For tests: smaller numbers, and forget every counter. */
  configure(limits: Partial<AuthRateLimits>): void {
    this.limits = { ...this.limits, ...limits };
    this.reset();
  }

  reset(): void {
    this.logins.clear();
    this.registrations.clear();
    this.resetRequests.clear();
  }

  /** Throws 429 `locked` while the alias is locked. */
  assertLoginAllowed(aliasKey: string): void {
    const counter = this.logins.get(aliasKey);
    if (counter && counter.lockedUntil > this.now()) throw authErrors.locked();
  }

  /** Counts a failure; returns how long to hold the answer back (0 below the slow threshold). */
  recordLoginFailure(aliasKey: string): number {
    const counter = this.bump(this.logins, aliasKey, this.limits.loginWindowMs);
    if (counter.count >= this.limits.loginLockAfter) counter.lockedUntil = this.now() + this.limits.loginLockMs;
    return counter.count >= this.limits.loginSlowAfter ? this.limits.loginSlowDelayMs : 0;
  }

  recordLoginSuccess(aliasKey: string): void {
    this.logins.delete(aliasKey);
  }

  /** Throws 429 when this client made too many accounts in the window. */
  consumeRegistration(clientAddress: string | undefined): void {
    const counter = this.bump(this.registrations, this.clientOf(clientAddress), this.limits.registerWindowMs);
    if (counter.count > this.limits.registerMax) throw authErrors.registerLimited();
  }

  /** Throws 429 when this client asked for too many password-reset links in the window. */
  consumeResetRequest(clientAddress: string | undefined): void {
    const counter = this.bump(this.resetRequests, this.clientOf(clientAddress), this.limits.resetRequestWindowMs);
    if (counter.count > this.limits.resetRequestMax) throw authErrors.resetLimited();
  }

  private clientOf(clientAddress: string | undefined): string {
    return createHmac('sha256', this.clientKey)
      .update(clientAddress ?? 'unknown')
      .digest('base64url');
  }

  private bump(map: Map<string, Counter>, key: string, windowMs: number): Counter {
    const now = this.now();
    if (map.size > PRUNE_ABOVE) {
      for (const [k, c] of map) if (c.windowEnds <= now && c.lockedUntil <= now) map.delete(k);
    }
    let counter = map.get(key);
    if (!counter || (counter.windowEnds <= now && counter.lockedUntil <= now)) {
      counter = { count: 0, windowEnds: now + windowMs, lockedUntil: 0 };
      map.set(key, counter);
    }
    counter.count += 1;
    return counter;
  }
}
