import type { MutationKind } from '@sexhandel/shared';
import { IsString, MaxLength } from 'class-validator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMutation, osloDayOffset, push } from '../../test/factories/sync.factory';
import { createTestApp, testEngine, type TestApp } from '../../test/test-app';
import { MutationRejection, type MutationContext, type MutationHandler } from './mutation-handler';
import { MutationHandlerRegistry } from './mutation-handler.registry';

class NotePayload {
  @IsString() @MaxLength(40) text!: string;
}

/** Runs SQL in the mutation's own savepoint. */
function sqlInMutation(em: MutationContext['em'], query: string, params: unknown[] = []) {
  return em.getConnection().execute(query, params, 'all', em.getTransactionContext());
}

/** Stands `handler` in for a real kind while a test runs (every kind has its real handler). */
function standIn(sut: TestApp, kind: MutationKind, apply: MutationHandler<NotePayload>['apply']) {
  const registry = sut.app.get(MutationHandlerRegistry);
  const realGet = registry.get.bind(registry);
  const handler: MutationHandler<NotePayload> = { kind, payloadType: NotePayload, access: 'anyone', apply };
  return vi
    .spyOn(registry, 'get')
    .mockImplementation((asked) => (asked === kind ? (handler as unknown as MutationHandler) : realGet(asked)));
}

/**
 * A stand-in mutation that counts one visit under the campaign named by its text, so each
 * mutation's effect can be seen on its own: "nei…" is refused after writing, "feil…" fails as a bug would.
 */
function markerHandler(sut: TestApp, onRefusal?: () => Promise<void>) {
  return standIn(sut, 'survey.submit', async ({ em }, { text }) => {
    await sqlInMutation(
      em,
      `insert into visit_count (day, campaign, installed, visits) values ('2026-01-01', ?, false, 1)
         on conflict (day, campaign, installed) do update set visits = visit_count.visits + 1`,
      [text],
    );
    if (text.startsWith('nei')) throw new MutationRejection('survey_closed', 'This survey is closed', onRefusal);
    if (text.startsWith('feil')) throw new Error('a bug, not a rule');
    return { counted: text };
  });
}

const marker = (text: string) => buildMutation('survey.submit', { text });

const countOf = async (sut: TestApp, query: string, params: unknown[] = []) =>
  Number((await sut.sql<{ n: string }>(query, params))[0]?.n ?? 0);

const visits = (sut: TestApp, campaign: string) =>
  countOf(sut, 'select coalesce(sum(visits), 0) as n from visit_count where campaign = ?', [campaign]);

const applied = (sut: TestApp) => countOf(sut, 'select count(*) as n from applied_mutation');

describe('push: one transaction per batch, a savepoint per mutation', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from visit_count');
    await sut.sql('delete from applied_mutation');
  });
  afterEach(() => vi.restoreAllMocks());

  it('rolls a refusal back to its own savepoint: the mutations before and after it apply', async () => {
    markerHandler(sut);
    const batch = [marker('før'), marker('nei'), marker('etter')];
    const { statusCode, body } = await push(sut, batch);
    expect(statusCode).toBe(200);
    expect(body.results.map((result) => result.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(body.results[1]).toMatchObject({ id: batch[1]?.id, error: { code: 'survey_closed' } });
    expect(await visits(sut, 'før')).toBe(1);
    expect(await visits(sut, 'nei')).toBe(0);
    expect(await visits(sut, 'etter')).toBe(1);
    expect(await applied(sut)).toBe(2);
  });

  it('runs a refusal follow-up once the batch has committed', async () => {
    const seenByFollowUp: number[] = [];
    markerHandler(sut, async () => {
      seenByFollowUp.push(await visits(sut, 'senere-i-samme-push'));
    });
    const { body } = await push(sut, [marker('nei'), marker('senere-i-samme-push')]);
    expect(body.results.map((result) => result.status)).toEqual(['rejected', 'applied']);
    // Run after the commit (and outside the transaction): it sees the later mutation's visit.
    expect(seenByFollowUp).toEqual([1]);
  });

  it('answers an id already applied earlier in the same batch as duplicate, with its result', async () => {
    markerHandler(sut);
    const mutation = marker('to-ganger');
    const { body } = await push(sut, [mutation, mutation, mutation]);
    expect(body.results.map((result) => result.status)).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(body.results[2]?.result).toEqual({ counted: 'to-ganger' });
    expect(await visits(sut, 'to-ganger')).toBe(1);
  });

  it('fails the whole batch on an unexpected error and keeps nothing of it', async () => {
    markerHandler(sut);
    const { statusCode } = await push(sut, [marker('forkastet'), marker('feil')]);
    expect(statusCode).toBe(500);
    expect(await visits(sut, 'forkastet')).toBe(0);
    expect(await applied(sut)).toBe(0);
  });
});

describe('push: bounded in time', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp({ PUSH_TIME_BUDGET_MS: '0' });
  });
  afterAll(async () => sut.close());

  afterEach(() => vi.restoreAllMocks());

  it('starts no mutation after the budget, answers the first and leaves the rest for the next push', async () => {
    markerHandler(sut);
    const batch = [marker('budsjett'), marker('budsjett'), marker('budsjett')];
    const invalid = buildMutation('visit.record', { day: 'i går' });
    const first = await push(sut, [...batch, invalid]);
    expect(first.statusCode).toBe(200);
    // The first mutation always runs (progress is certain); a refused envelope is answered anyway.
    expect(first.body.results.map((result) => [result.id, result.status])).toEqual([
      [batch[0]?.id, 'applied'],
      [invalid.id, 'rejected'],
    ]);
    expect(await visits(sut, 'budsjett')).toBe(1);
    const second = await push(sut, batch.slice(1));
    expect(second.body.results.map((result) => [result.id, result.status])).toEqual([[batch[1]?.id, 'applied']]);
    expect(await visits(sut, 'budsjett')).toBe(2);
  });
});

// PGlite has one connection in one process: it can neither deadlock with itself nor lose a
// connection to a server, so these faults exist on PostgreSQL only.
describe.skipIf(testEngine() !== 'postgresql')('push: database faults answer 503 and keep nothing', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
    await sut.sql(
      "insert into visit_count (day, campaign, installed, visits) values ('2026-01-01', 'lås-a', false, 0), ('2026-01-01', 'lås-b', false, 0)",
    );
  });
  afterAll(async () => sut.close());
  afterEach(() => vi.restoreAllMocks());

  it('a lost connection fails the batch with 503 (retry later); the resend applies it once', async () => {
    let killConnection = true;
    standIn(sut, 'survey.submit', async ({ em }) => {
      if (killConnection) await sqlInMutation(em, 'select pg_terminate_backend(pg_backend_pid())');
      return undefined;
    });
    const batch = [buildMutation('visit.record', { day: osloDayOffset(0) }), marker('ja')];
    const lost = await push(sut, batch);
    expect(lost.statusCode).toBe(503);
    expect(lost.body).toMatchObject({ code: 'unavailable' });
    expect(await visits(sut, '')).toBe(0);
    expect(await applied(sut)).toBe(0);

    killConnection = false;
    const resend = await push(sut, batch);
    expect(resend.statusCode).toBe(200);
    expect(resend.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    expect(await visits(sut, '')).toBe(1);
  });

  it('a deadlock between two pushes fails one with 503, never as a refusal; its resend applies', async () => {
    // Each push locks the two rows in the opposite order: PostgreSQL breaks the cycle by failing one.
    standIn(sut, 'survey.submit', async ({ em }, payload) => {
      const [first, second] = payload.text === 'ab' ? ['lås-a', 'lås-b'] : ['lås-b', 'lås-a'];
      await sqlInMutation(em, 'update visit_count set visits = visits + 1 where campaign = ?', [first]);
      await sqlInMutation(em, 'select pg_sleep(0.3)');
      await sqlInMutation(em, 'update visit_count set visits = visits + 1 where campaign = ?', [second]);
      return undefined;
    });
    const ab = buildMutation('survey.submit', { text: 'ab' });
    const ba = buildMutation('survey.submit', { text: 'ba' });
    const answers = await Promise.all([push(sut, [ab]), push(sut, [ba])]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 503]);
    const loser = answers[0].statusCode === 503 ? ab : ba;
    expect(answers.find((answer) => answer.statusCode === 200)?.body.results[0]?.status).toBe('applied');
    expect(await visits(sut, 'lås-a')).toBe(1);

    const resend = await push(sut, [loser]);
    expect(resend.body.results[0]?.status).toBe('applied');
    expect(await visits(sut, 'lås-a')).toBe(2);
    expect(await visits(sut, 'lås-b')).toBe(2);
  });
});
