import type { RateLimitsService } from '../rate-limits/rate-limits.service';
import { authErrors } from './auth-errors';

/** Limits of the brute-force protection (counted in the database, shared by every node). */
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

/** Names of the counters, part of each counter's HMAC so one subject's limits never mix. */
const LIMIT = {
  loginFailures: 'login-failures',
  loginLock: 'login-lock',
  registration: 'registration',
  resetRequest: 'reset-request',
} as const;

/**
 * Failed logins per alias, sign-ups and password-reset requests per client, counted in the
 * database and shared by every node (RateLimitsService). An alias is counted by an HMAC of its
 * alias key, a client by an HMAC of its address (see TRUST_PROXY); neither is ever stored.
 * Call these outside any transaction.
 */
export class AuthRateLimiter {
  private limits: AuthRateLimits;

  constructor(
    limits: Partial<AuthRateLimits>,
    private readonly counters: RateLimitsService,
  ) {
    this.limits = { ...DEFAULT_AUTH_RATE_LIMITS, ...limits };
  }

  /** For tests: smaller numbers, and forget every counter. */
  async configure(limits: Partial<AuthRateLimits>): Promise<void> {
    this.limits = { ...this.limits, ...limits };
    await this.reset();
  }

  reset(): Promise<void> {
    return this.counters.forgetAll();
  }

  /** Throws 429 `locked` while the alias is locked. */
  async assertLoginAllowed(aliasKey: string): Promise<void> {
    const lock = await this.counters.find(await this.counters.keyOf(LIMIT.loginLock, aliasKey));
    if (lock) throw authErrors.locked(lock.expiresAt);
  }

  /** Counts a failure; returns how long to hold the answer back (0 below the slow threshold). */
  async recordLoginFailure(aliasKey: string): Promise<number> {
    const { count } = await this.counters.hit(
      await this.counters.keyOf(LIMIT.loginFailures, aliasKey),
      this.limits.loginWindowMs,
    );
    if (count >= this.limits.loginLockAfter) {
      const until = new Date(this.counters.now().getTime() + this.limits.loginLockMs);
      await this.counters.holdUntil(await this.counters.keyOf(LIMIT.loginLock, aliasKey), until);
    }
    return count >= this.limits.loginSlowAfter ? this.limits.loginSlowDelayMs : 0;
  }

  /** The failures and any lock of the alias are forgotten. */
  async recordLoginSuccess(aliasKey: string): Promise<void> {
    await this.counters.forget([
      await this.counters.keyOf(LIMIT.loginFailures, aliasKey),
      await this.counters.keyOf(LIMIT.loginLock, aliasKey),
    ]);
  }

  /** Throws 429 when this client made too many accounts in the window. */
  async consumeRegistration(clientAddress: string | undefined): Promise<void> {
    const key = await this.counters.keyOf(LIMIT.registration, clientAddress);
    const { count } = await this.counters.hit(key, this.limits.registerWindowMs);
    if (count > this.limits.registerMax) throw authErrors.registerLimited();
  }

  /** Throws 429 when this client asked for too many password-reset links in the window. */
  async consumeResetRequest(clientAddress: string | undefined): Promise<void> {
    const key = await this.counters.keyOf(LIMIT.resetRequest, clientAddress);
    const { count } = await this.counters.hit(key, this.limits.resetRequestWindowMs);
    if (count > this.limits.resetRequestMax) throw authErrors.resetLimited();
  }
}
