import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedIn } from '../../test/factories/account.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { SESSION_LIFETIME_MS, SessionResolver } from './session-resolver';

const HOUR = 60 * 60 * 1000;

describe(SessionResolver.name, () => {
  let sut: TestApp;
  let resolver: SessionResolver;
  const expiryOf = async (accountId: string) =>
    new Date(
      (
        await sut.sql<{ expires_at: string | Date }>('select expires_at from "session" where account_id = ?', [
          accountId,
        ])
      )[0]?.expires_at ?? 0,
    ).getTime();

  beforeAll(async () => {
    sut = await createTestApp();
    resolver = sut.app.get(SessionResolver);
  });
  afterAll(async () => sut.close());

  describe('resolveToken', () => {
    it('resolves a live token to its actor and csrf value', async () => {
      const client = await createSignedIn(sut, { roles: ['counsellor'] });
      const session = await resolver.resolveToken(client.session);
      expect(session?.actor).toMatchObject({
        accountId: client.account.id,
        alias: client.alias,
        roles: ['member', 'counsellor'],
      });
      expect(resolver.csrfTokenFor(session?.tokenHash ?? '')).toBe(client.csrf);
      expect(session?.renewed).toBe(false);
    });

    it('slides the expiry on use, at most once an hour', async () => {
      const client = await createSignedIn(sut);
      const issued = await expiryOf(client.account.id);
      const soon = new Date(Date.now() + 30 * 60 * 1000);
      expect((await resolver.resolveToken(client.session, soon))?.renewed).toBe(false);
      expect(await expiryOf(client.account.id)).toBe(issued);

      const later = new Date(Date.now() + 2 * HOUR);
      const renewed = await resolver.resolveToken(client.session, later);
      expect(renewed?.renewed).toBe(true);
      expect(await expiryOf(client.account.id)).toBe(later.getTime() + SESSION_LIFETIME_MS);
    });

    it('drops an expired session', async () => {
      const client = await createSignedIn(sut);
      const afterExpiry = new Date(Date.now() + SESSION_LIFETIME_MS + HOUR);
      expect(await resolver.resolveToken(client.session, afterExpiry)).toBeNull();
      expect(await sut.sql('select * from "session" where account_id = ?', [client.account.id])).toHaveLength(0);
    });

    it('returns null for a missing, unknown or oversized token', async () => {
      expect(await resolver.resolveToken(undefined)).toBeNull();
      expect(await resolver.resolveToken('unknown')).toBeNull();
      expect(await resolver.resolveToken('x'.repeat(500))).toBeNull();
    });
  });
});
