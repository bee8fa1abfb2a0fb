import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostPageDto, ThreadDto } from '@sexhandel/shared';
import { countRows, createForumMember, pushThread, type ForumClient } from '../../test/factories/forum.factory';
import { buildMutation, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ThreadCreateHandler } from './thread-create.handler';

describe(ThreadCreateHandler.name, () => {
  let sut: TestApp;
  let member: ForumClient;
  beforeAll(async () => {
    sut = await createTestApp({ FORUM_POST_RATE_LIMIT: '1000/10' });
    member = await createForumMember(sut);
  });
  afterAll(async () => sut.close());

  describe('apply', () => {
    it('creates the thread with its first post and answers with both ids', async () => {
      const result = await pushThread(sut, member, {
        title: '  Hvordan slutte?\n',
        body: 'Jeg vil slutte å kjøpe sex.',
      });
      expect(result.status).toBe('applied');
      const { threadId, postId } = result.result as { threadId: string; postId: string };
      const thread = (await sut.app.inject({ url: `/api/threads/${threadId}` })).json<ThreadDto>();
      expect(thread).toMatchObject({
        title: 'Hvordan slutte?',
        starterAlias: member.alias,
        postCount: 1,
        locked: false,
      });
      const posts = (await sut.app.inject({ url: `/api/threads/${threadId}/posts` })).json<PostPageDto>();
      expect(posts.items).toHaveLength(1);
      expect(posts.items[0]).toMatchObject({
        id: postId,
        body: 'Jeg vil slutte å kjøpe sex.',
        authorAlias: member.alias,
      });
    });

    it.each([
      ['empty_body', { title: '   ', body: 'Tekst' }],
      ['empty_body', { title: 'Tittel', body: '\n\n' }],
      ['too_long', { title: 't'.repeat(151), body: 'Tekst' }],
      ['too_long', { title: 'Tittel', body: 'x'.repeat(10_001) }],
      ['links_not_yet_allowed', { title: 'Se example.com', body: 'Tekst' }],
    ])('rejects with %s and stores no thread and no post', async (code, payload) => {
      const [threads, posts] = [await countRows(sut, 'thread'), await countRows(sut, 'post')];
      const result = await pushThread(sut, member, payload);
      expect(result.error?.code).toBe(code);
      expect([await countRows(sut, 'thread'), await countRows(sut, 'post')]).toEqual([threads, posts]);
    });

    it('rejects without accepted rules, and without a session', async () => {
      const newcomer = await createForumMember(sut, { acceptRules: false });
      expect((await pushThread(sut, newcomer, { title: 'Hei', body: 'Hei' })).error?.code).toBe('rules_not_accepted');
      const { body } = await push(sut, [buildMutation('thread.create', { title: 'Hei', body: 'Hei' })]);
      expect(body.results[0].error?.code).toBe('unauthenticated');
    });

    it('rejects unknown payload fields as validation', async () => {
      const { body } = await push(
        sut,
        [buildMutation('thread.create', { title: 'Hei', body: 'Hei', staffVoice: true })],
        { ...member.headers },
      );
      expect(body.results[0].error?.code).toBe('validation');
    });
  });
});
