import { HttpException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { AuthRateLimiter, authRateLimitsFromEnv, DEFAULT_AUTH_RATE_LIMITS } from './auth-rate-limiter';

const MINUTE = 60_000;

function statusOf(action: () => void): number {
  try {
    action();
    return 200;
  } catch (error) {
    return error instanceof HttpException ? error.getStatus() : 500;
  }
}

describe(AuthRateLimiter.name, () => {
  describe('recordLoginFailure', () => {
    it('slows down after 5 failures and locks for 15 minutes after 10', () => {
      let now = 1_000_000;
      const sut = new AuthRateLimiter({}, () => now);
      const delays = Array.from({ length: 10 }, () => sut.recordLoginFailure('ola'));
      expect(delays).toEqual([0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 1000]);
      expect(statusOf(() => sut.assertLoginAllowed('ola'))).toBe(429);
      expect(statusOf(() => sut.assertLoginAllowed('kari'))).toBe(200);
      now += 15 * MINUTE + 1;
      expect(statusOf(() => sut.assertLoginAllowed('ola'))).toBe(200);
      expect(sut.recordLoginFailure('ola')).toBe(0);
    });

    it('forgets failures once the window has passed, and on success', () => {
      let now = 0;
      const sut = new AuthRateLimiter({ loginSlowAfter: 2 }, () => now);
      sut.recordLoginFailure('ola');
      now += 16 * MINUTE;
      expect(sut.recordLoginFailure('ola')).toBe(0);
      sut.recordLoginSuccess('ola');
      expect(sut.recordLoginFailure('ola')).toBe(0);
    });
  });

  describe('consumeRegistration', () => {
    it('allows the configured number per client per window', () => {
      let now = 0;
      const sut = new AuthRateLimiter({ registerMax: 2 }, () => now);
      expect([1, 2, 3].map(() => statusOf(() => sut.consumeRegistration('10.0.0.1')))).toEqual([200, 200, 429]);
      expect(statusOf(() => sut.consumeRegistration('10.0.0.2'))).toBe(200);
      now += 61 * MINUTE;
      expect(statusOf(() => sut.consumeRegistration('10.0.0.1'))).toBe(200);
    });
  });

  describe('authRateLimitsFromEnv', () => {
    it('reads overrides and ignores nonsense', () => {
      expect(authRateLimitsFromEnv({ AUTH_LOGIN_LOCK_AFTER: '3', AUTH_REGISTER_PER_HOUR: 'many' })).toEqual({
        ...DEFAULT_AUTH_RATE_LIMITS,
        loginLockAfter: 3,
      });
    });
  });
});
