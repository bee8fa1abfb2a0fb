import { randomUUID } from 'node:crypto';
import type { PullResponse } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordChange } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { SyncChangeRecorder } from './sync-change.recorder';
import { SyncPullService } from './sync-pull.service';

async function pull(
  sut: TestApp,
  query = '',
): Promise<{ statusCode: number; body: PullResponse & { message?: string[] } }> {
  const response = await sut.app.inject({ method: 'GET', url: `/api/sync/pull${query}` });
  return { statusCode: response.statusCode, body: response.json() };
}

describe(SyncPullService.name, () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from sync_change');
  });

  describe('pullChanges', () => {
    it('answers an empty stream with the cursor it was given and no more pages', async () => {
      expect((await pull(sut)).body).toEqual({ changes: [], cursor: '0', hasMore: false });
      expect((await pull(sut, '?cursor=42')).body).toEqual({ changes: [], cursor: '42', hasMore: false });
    });

    it('pages through every change in order, then stays put with an up-to-date cursor', async () => {
      const ids = Array.from({ length: 7 }, () => randomUUID());
      for (const id of ids) await recordChange(sut, 'article', id, 'upsert', { id, title: `Artikkel ${id}` });

      const seen: string[] = [];
      let cursor = '0';
      let pages = 0;
      for (;;) {
        const { statusCode, body } = await pull(sut, `?cursor=${cursor}&limit=3`);
        expect(statusCode).toBe(200);
        seen.push(...body.changes.map((change) => change.id));
        for (const change of body.changes) expect(change.seq).toBeGreaterThan(Number(cursor));
        cursor = body.cursor;
        pages++;
        if (!body.hasMore) break;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(ids);

      const upToDate = await pull(sut, `?cursor=${cursor}`);
      expect(upToDate.body).toEqual({ changes: [], cursor, hasMore: false });
    });

    it('sends an edit as a new change after the cursor and drops the superseded one', async () => {
      const id = randomUUID();
      await recordChange(sut, 'page', id, 'upsert', { id, title: 'Første utgave' });
      const first = await pull(sut);
      await recordChange(sut, 'page', id, 'upsert', { id, title: 'Rettet utgave' });

      const next = await pull(sut, `?cursor=${first.body.cursor}`);
      expect(next.body.changes).toHaveLength(1);
      expect(next.body.changes[0]).toMatchObject({
        entity: 'page',
        op: 'upsert',
        id,
        data: { title: 'Rettet utgave' },
      });

      const cold = await pull(sut);
      expect(cold.body.changes).toHaveLength(1);
      expect(cold.body.changes[0].data).toEqual({ id, title: 'Rettet utgave' });
    });

    it('sends unpublishing as a delete without data, also to a cold pull', async () => {
      const id = randomUUID();
      await recordChange(sut, 'newsLink', id, 'upsert', { id });
      const before = await pull(sut);
      await recordChange(sut, 'newsLink', id, 'delete', null);

      const next = await pull(sut, `?cursor=${before.body.cursor}`);
      expect(next.body.changes).toEqual([
        expect.objectContaining({ entity: 'newsLink', op: 'delete', id, data: null }),
      ]);
      const cold = await pull(sut);
      expect(cold.body.changes.map((change) => change.op)).toEqual(['delete']);
    });

    it.each([
      ['?cursor=abc', 'cursor'],
      ['?cursor=-1', 'cursor'],
      ['?cursor=1.5', 'cursor'],
      ['?cursor=01', 'cursor'],
      ['?cursor=9999999999999999999', 'cursor'],
      ['?limit=0', 'limit'],
      ['?limit=1001', 'limit'],
      ['?limit=ten', 'limit'],
      ['?limit=2.5', 'limit'],
      ['?cursor=0&extra=1', 'extra'],
    ])('refuses %s with a 400 that names the problem', async (query, field) => {
      const { statusCode, body } = await pull(sut, query);
      expect(statusCode).toBe(400);
      expect(JSON.stringify(body.message)).toContain(field);
    });

    it('rejects a change written outside a transaction', async () => {
      const recorder = sut.app.get(SyncChangeRecorder);
      await expect(recorder.record(sut.em(), 'page', randomUUID(), 'upsert', {})).rejects.toThrow(/transaction/);
      expect(await sut.sql('select 1 from sync_change')).toHaveLength(0);
    });
  });
});
