import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { AccountDataRegistry, type AccountDataPart } from './account-data.registry';

const em = {} as EntityManager;

describe(AccountDataRegistry.name, () => {
  describe('register', () => {
    it('refuses a second part for the same feature', () => {
      const sut = new AccountDataRegistry();
      sut.register({ feature: 'forum', eraseOrder: 20 });
      expect(() => sut.register({ feature: 'forum', eraseOrder: 30 })).toThrow(/forum/);
    });
  });

  describe('erase', () => {
    it('runs every part in eraseOrder, whatever the order they registered in', async () => {
      const sut = new AccountDataRegistry();
      const ran: string[] = [];
      const part = (feature: string, eraseOrder: number): AccountDataPart => ({
        feature,
        eraseOrder,
        erase: async ({ accountId, posts }) => {
          ran.push(`${feature}:${accountId}:${posts}`);
        },
      });
      sut.register(part('accounts', 100));
      sut.register(part('forum', 20));
      sut.register({ feature: 'quiet', eraseOrder: 5 });
      sut.register(part('moderation', 10));
      await sut.erase({ em, accountId: 'a1', posts: 'erase' });
      expect(ran).toEqual(['moderation:a1:erase', 'forum:a1:erase', 'accounts:a1:erase']);
    });
  });

  describe('exportFor', () => {
    it('merges the profile fields of every part and takes each list from its part', async () => {
      const sut = new AccountDataRegistry();
      const asked: string[] = [];
      sut.register({
        feature: 'accounts',
        eraseOrder: 100,
        exportFor: async (_em, accountId) => {
          asked.push(accountId);
          return { profile: { alias: 'Ola', joinedAt: '2026-01-01T00:00:00.000Z' } };
        },
      });
      sut.register({
        feature: 'forum',
        eraseOrder: 20,
        exportFor: async () => ({ profile: { rulesAcceptedAt: null }, posts: [], flags: [] }),
      });
      const merged = await sut.exportFor(em, 'a1');
      expect(asked).toEqual(['a1']);
      expect(merged).toEqual({
        profile: { rulesAcceptedAt: null, alias: 'Ola', joinedAt: '2026-01-01T00:00:00.000Z' },
        posts: [],
        flags: [],
      });
    });
  });
});
