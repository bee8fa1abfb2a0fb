import { randomUUID } from 'node:crypto';
import { IsString, MaxLength } from 'class-validator';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMutation, osloDayOffset, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { MutationRejection, type MutationContext, type MutationHandler } from './mutation-handler';
import { MutationHandlerRegistry } from './mutation-handler.registry';
import { SyncPushService } from './sync-push.service';

async function visitCount(sut: TestApp): Promise<number> {
  const rows = await sut.sql<{ total: string | null }>('select sum(visits) as total from visit_count');
  return Number(rows[0].total ?? 0);
}

async function appliedCount(sut: TestApp): Promise<number> {
  const rows = await sut.sql<{ n: string }>('select count(*) as n from applied_mutation');
  return Number(rows[0].n);
}

describe(SyncPushService.name, () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from visit_count');
    await sut.sql('delete from applied_mutation');
  });

  describe('pushMutations', () => {
    it('applies a visit once and answers a replay as duplicate with the same result', async () => {
      const mutation = buildMutation('visit.record', { day: osloDayOffset(0), installed: true });
      const first = await push(sut, [mutation]);
      expect(first.statusCode).toBe(200);
      expect(first.body.results).toEqual([{ id: mutation.id, status: 'applied', result: { counted: true } }]);

      const replay = await push(sut, [mutation]);
      expect(replay.body.results).toEqual([{ id: mutation.id, status: 'duplicate', result: { counted: true } }]);
      expect(await visitCount(sut)).toBe(1);
    });

    it('treats the same id twice in one batch as one mutation', async () => {
      const mutation = buildMutation('visit.record', { day: osloDayOffset(0) });
      const { body } = await push(sut, [mutation, mutation]);
      expect(body.results.map((result) => result.status)).toEqual(['applied', 'duplicate']);
      expect(await visitCount(sut)).toBe(1);
    });

    it('rejects each bad mutation on its own and still applies the good ones', async () => {
      const good = [
        buildMutation('visit.record', { day: osloDayOffset(0) }),
        buildMutation('visit.record', { day: osloDayOffset(-7), campaign: 'skole-2026' }),
      ];
      const bad: Array<[unknown, string]> = [
        [{ ...buildMutation('visit.record', { day: osloDayOffset(0) }), kind: 'post.delete' }, 'unknown_kind'],
        [
          { kind: 'visit.record', payload: { day: osloDayOffset(0) }, createdAt: new Date().toISOString() },
          'validation',
        ],
        [{ ...buildMutation('visit.record', { day: osloDayOffset(0) }), id: 'not-a-uuid' }, 'validation'],
        [buildMutation('visit.record', { day: 'yesterday' }), 'validation'],
        [buildMutation('visit.record', { day: osloDayOffset(0), extra: 'x' }), 'validation'],
        [buildMutation('visit.record', { day: osloDayOffset(0), installed: 'yes' }), 'validation'],
        [buildMutation('visit.record', { day: '2026-02-30' }), 'validation'],
        [buildMutation('visit.record', { day: osloDayOffset(1) }), 'visit_in_future'],
        [buildMutation('visit.record', { day: osloDayOffset(-8) }), 'visit_too_old'],
        [{ ...buildMutation('visit.record', { day: osloDayOffset(0) }), createdAt: 'tuesday' }, 'validation'],
        [{ ...buildMutation('visit.record', { day: osloDayOffset(0) }), payload: 'text' }, 'validation'],
        [{ ...buildMutation('visit.record', { day: osloDayOffset(0) }), sneaky: true }, 'validation'],
        ['just a string', 'validation'],
        [null, 'validation'],
      ];
      const { statusCode, body } = await push(sut, [good[0], ...bad.map(([mutation]) => mutation), good[1]]);
      expect(statusCode).toBe(200);
      expect(body.results).toHaveLength(bad.length + 2);
      expect(body.results[0].status).toBe('applied');
      expect(body.results[body.results.length - 1].status).toBe('applied');
      bad.forEach(([, code], index) => {
        const result = body.results[index + 1];
        expect(result.status, JSON.stringify(result)).toBe('rejected');
        expect(result.error?.code, JSON.stringify(result)).toBe(code);
        expect(result.error?.message.length).toBeGreaterThan(5);
      });
      expect(await visitCount(sut)).toBe(2);
      expect(await appliedCount(sut)).toBe(2);
    });

    it('writes nothing for a mutation its handler refuses half-way', async () => {
      const registry = sut.app.get(MutationHandlerRegistry);
      class NotePayload {
        @IsString() @MaxLength(20) text!: string;
      }
      const failingHalfway: MutationHandler<NotePayload> = {
        kind: 'survey.submit',
        payloadType: NotePayload,
        access: 'anyone',
        async apply({ em }: MutationContext) {
          await em
            .getConnection()
            .execute(
              "insert into visit_count (day, campaign, installed, visits) values ('2026-01-01', 'halfway', false, 1)",
              [],
              'run',
              em.getTransactionContext(),
            );
          throw new MutationRejection('survey_closed', 'This survey is closed');
        },
      };
      // Every kind has its real handler now: stand this one in for survey.submit during this push.
      const realGet = registry.get.bind(registry);
      const standIn = vi
        .spyOn(registry, 'get')
        .mockImplementation((kind) =>
          kind === 'survey.submit' ? (failingHalfway as unknown as MutationHandler) : realGet(kind),
        );
      const mutation = buildMutation('survey.submit', { text: 'hei' });
      const { body } = await push(sut, [mutation]).finally(() => standIn.mockRestore());
      expect(body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'survey_closed' } });
      expect(await sut.sql("select * from visit_count where campaign = 'halfway'")).toHaveLength(0);
      expect(await appliedCount(sut)).toBe(0);
    });

    it('refuses kinds that need an account when no one is signed in', async () => {
      const registry = sut.app.get(MutationHandlerRegistry);
      class FlagPayload {
        @IsString() postId!: string;
      }
      if (!registry.get('flag.create')) {
        registry.register<FlagPayload>({
          kind: 'flag.create',
          payloadType: FlagPayload,
          access: 'account',
          apply: async () => ({}),
        });
      }
      const { body } = await push(sut, [buildMutation('flag.create', { postId: randomUUID() })]);
      expect(body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'unauthenticated' } });
    });

    it('applies one mutation pushed by two requests at the same time exactly once', async () => {
      const rounds = 10;
      for (let round = 0; round < rounds; round++) {
        const mutation = buildMutation('visit.record', { day: osloDayOffset(0) });
        const [a, b] = await Promise.all([push(sut, [mutation]), push(sut, [mutation])]);
        const statuses = [a.body.results[0].status, b.body.results[0].status].sort();
        expect(statuses).toEqual(['applied', 'duplicate']);
        expect(a.body.results[0].result).toEqual({ counted: true });
        expect(b.body.results[0].result).toEqual({ counted: true });
      }
      expect(await visitCount(sut)).toBe(rounds);
      expect(await appliedCount(sut)).toBe(rounds);
    });

    it('refuses a batch of more than 500 mutations with 400 and applies none', async () => {
      const mutations = Array.from({ length: 501 }, () => buildMutation('visit.record', { day: osloDayOffset(0) }));
      const { statusCode, body } = await push(sut, mutations);
      expect(statusCode).toBe(400);
      expect(JSON.stringify(body.message)).toContain('500');
      expect(await visitCount(sut)).toBe(0);
    });

    it('accepts exactly 500', async () => {
      const mutations = Array.from({ length: 500 }, () => buildMutation('visit.record', { day: osloDayOffset(0) }));
      const { statusCode, body } = await push(sut, mutations);
      expect(statusCode).toBe(200);
      expect(body.results.every((result) => result.status === 'applied')).toBe(true);
      expect(await visitCount(sut)).toBe(500);
    });

    it('refuses a body over the size limit with 413', async () => {
      const huge = buildMutation('visit.record', { day: osloDayOffset(0), campaign: 'x'.repeat(1_100_000) });
      const { statusCode } = await push(sut, [huge]);
      expect(statusCode).toBe(413);
      expect(await visitCount(sut)).toBe(0);
    });

    it.each([
      [{}, 'mutations'],
      [{ mutations: 'all of them' }, 'list'],
      [{ mutations: [], extra: 1 }, 'extra'],
    ])('refuses the malformed body %j with 400', async (payload, word) => {
      const response = await sut.app.inject({ method: 'POST', url: '/api/sync/push', payload });
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json().message)).toContain(word);
    });

    it('refuses a body that is not JSON with 400', async () => {
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        payload: '{"mutations": [',
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
    });

    it('keeps the stored result sealed, never in clear', async () => {
      const mutation = buildMutation('visit.record', { day: osloDayOffset(0) });
      await push(sut, [mutation]);
      const rows = await sut.sql<{ result_sealed: string }>('select result_sealed from applied_mutation');
      expect(rows[0].result_sealed).toMatch(/^v1\./);
      expect(rows[0].result_sealed).not.toContain('counted');
    });
  });
});
