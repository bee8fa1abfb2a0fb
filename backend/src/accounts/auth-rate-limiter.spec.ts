import { EntityManager } from '@mikro-orm/postgresql';
import { HttpException } from '@nestjs/common';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { FieldCipher } from '../crypto/field-cipher';
import { RateLimitsRepository } from '../rate-limits/rate-limits.repository';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import {
  AuthRateLimiter,
  authRateLimitsFromEnv,
  DEFAULT_AUTH_RATE_LIMITS,
  type AuthRateLimits,
} from './auth-rate-limiter';

const MINUTE = 60_000;

async function statusOf(action: () => Promise<unknown>): Promise<number> {
  try {
    await action();
    return 200;
  } catch (error) {
    return error instanceof HttpException ? error.getStatus() : 500;
  }
}

describe(AuthRateLimiter.name, () => {
  let app: TestApp;
  let now: number;
  let counters: RateLimitsService;
  const limiter = (limits: Partial<AuthRateLimits> = {}) => new AuthRateLimiter(limits, counters);

  beforeAll(async () => {
    app = await createTestApp();
    // The app's own counters, on a clock the tests move.
    counters = new RateLimitsService(
      app.app.get(EntityManager),
      app.app.get(FieldCipher),
      app.app.get(RateLimitsRepository),
      () => new Date(now),
    );
  });
  beforeEach(async () => {
    now = Date.now();
    await counters.forgetAll();
  });
  afterAll(async () => app.close());

  describe('recordLoginFailure', () => {
    it('slows down after 5 failures and locks for 15 minutes after 10', async () => {
      const sut = limiter();
      const delays: number[] = [];
      for (let i = 0; i < 10; i++) delays.push(await sut.recordLoginFailure('ola'));
      expect(delays).toEqual([0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 1000]);
      expect(await statusOf(() => sut.assertLoginAllowed('ola'))).toBe(429);
      expect(await statusOf(() => sut.assertLoginAllowed('kari'))).toBe(200);
      now += 15 * MINUTE + 1;
      expect(await statusOf(() => sut.assertLoginAllowed('ola'))).toBe(200);
      expect(await sut.recordLoginFailure('ola')).toBe(0);
    });

    it('forgets failures once the window has passed, and on success', async () => {
      const sut = limiter({ loginSlowAfter: 2 });
      await sut.recordLoginFailure('ola');
      now += 16 * MINUTE;
      expect(await sut.recordLoginFailure('ola')).toBe(0);
      await sut.recordLoginSuccess('ola');
      expect(await sut.recordLoginFailure('ola')).toBe(0);
    });
  });

  describe('consumeRegistration', () => {
    it('allows the configured number per client per window', async () => {
      const sut = limiter({ registerMax: 2 });
      const answers: number[] = [];
      for (let i = 0; i < 3; i++) answers.push(await statusOf(() => sut.consumeRegistration('10.0.0.1')));
      expect(answers).toEqual([200, 200, 429]);
      expect(await statusOf(() => sut.consumeRegistration('10.0.0.2'))).toBe(200);
      now += 61 * MINUTE;
      expect(await statusOf(() => sut.consumeRegistration('10.0.0.1'))).toBe(200);
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
