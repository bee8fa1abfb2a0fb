import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '@sexhandel/shared';
import { countRows, createForumMember, insertThread, type ForumClient } from '../../test/factories/forum.factory';
import { buildMutation, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { FlagCreateHandler } from './flag-create.handler';

describe(FlagCreateHandler.name, () => {
  let sut: TestApp;
  let author: ForumClient;
  let flagger: ForumClient;
  let postId: string;

  beforeAll(async () => {
    sut = await createTestApp();
    author = await createForumMember(sut);
    flagger = await createForumMember(sut);
    const threadId = await insertThread(sut, author.account.id, { posts: 1 });
    [{ id: postId }] = await sut.sql<{ id: string }>('select id from post where thread_id = ?', [threadId]);
  });
  afterAll(async () => sut.close());

  async function flag(client: ForumClient | null, payload: object): Promise<MutationResult> {
    const { body } = await push(sut, [buildMutation('flag.create', payload)], client ? { ...client.headers } : {});
    return body.results[0];
  }

  describe('apply', () => {
    it('stores one flag with rule and note and answers with its id', async () => {
      const result = await flag(flagger, { postId, rule: 4, note: '  Reklame for en side  ' });
      expect(result.status).toBe('applied');
      const [row] = await sut.sql<{ id: string; rule: number; note: string; member_id: string }>(
        'select * from flag where post_id = ?',
        [postId],
      );
      expect(result.result).toEqual({ flagId: row.id });
      expect(row).toMatchObject({ rule: 4, note: 'Reklame for en side', member_id: flagger.account.id });
    });

    it('refuses a second flag on the same post by the same member', async () => {
      const flags = await countRows(sut, 'flag');
      expect((await flag(flagger, { postId, rule: 2 })).error?.code).toBe('already_flagged');
      expect(await countRows(sut, 'flag')).toBe(flags);
    });

    it('refuses a flag on your own post', async () => {
      const flags = await countRows(sut, 'flag');
      expect((await flag(author, { postId, rule: 1 })).error?.code).toBe('own_post');
      expect(await countRows(sut, 'flag')).toBe(flags);
    });

    it('refuses a flag on an unknown or removed post', async () => {
      const flags = await countRows(sut, 'flag');
      expect((await flag(flagger, { postId: randomUUID(), rule: 1 })).error?.code).toBe('post_not_found');
      const threadId = await insertThread(sut, author.account.id, { posts: 1 });
      await sut.sql(`update post set status = 'removed' where thread_id = ?`, [threadId]);
      const [removed] = await sut.sql<{ id: string }>('select id from post where thread_id = ?', [threadId]);
      expect((await flag(flagger, { postId: removed.id, rule: 1 })).error?.code).toBe('post_not_found');
      expect(await countRows(sut, 'flag')).toBe(flags);
    });

    it.each([
      { rule: 0 },
      { rule: 7 },
      { rule: 1.5 },
      { rule: '3' },
      { rule: 1, note: 'n'.repeat(501) },
      { rule: 1, extra: true },
    ])('refuses %j as validation', async (fields) => {
      expect((await flag(flagger, { postId, ...fields })).error?.code).toBe('validation');
    });

    it('refuses a flag without a session', async () => {
      expect((await flag(null, { postId, rule: 1 })).error?.code).toBe('unauthenticated');
    });

    it('lets another member flag the same post', async () => {
      const third = await createForumMember(sut);
      expect((await flag(third, { postId, rule: 6 })).status).toBe('applied');
    });
  });
});
