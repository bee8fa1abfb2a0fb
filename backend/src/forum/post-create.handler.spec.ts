import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PostPageDto } from '@sexhandel/shared';
import { createAccount } from '../../test/factories/account.factory';
import {
  countRows,
  createForumMember,
  insertThread,
  pushPost,
  type ForumClient,
} from '../../test/factories/forum.factory';
import { buildMutation, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { PostCreateHandler } from './post-create.handler';

describe(PostCreateHandler.name, () => {
  let sut: TestApp;
  let member: ForumClient;
  let threadId: string;

  beforeAll(async () => {
    sut = await createTestApp({ FORUM_POST_RATE_LIMIT: '1000/10' });
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    member = await createForumMember(sut, { established: true });
    const other = await createAccount(sut);
    threadId = await insertThread(sut, other.account.id, { posts: 2 });
  });

  async function postsIn(id: string): Promise<number> {
    const rows = await sut.sql<{ n: string }>('select count(*) as n from post where thread_id = ?', [id]);
    return Number(rows[0].n);
  }

  describe('apply', () => {
    it('adds a reply, bumps the thread and answers with the new ids', async () => {
      const before = await sut.sql<{ last_activity_at: Date }>('select last_activity_at from thread where id = ?', [
        threadId,
      ]);
      const result = await pushPost(sut, member, { threadId, body: 'Takk for at du deler dette.' });
      expect(result.status).toBe('applied');
      expect(result.result).toEqual({ postId: expect.any(String), threadId });
      const [thread] = await sut.sql<{ post_count: number; last_activity_at: Date }>(
        'select post_count, last_activity_at from thread where id = ?',
        [threadId],
      );
      expect(thread.post_count).toBe(3);
      expect(new Date(thread.last_activity_at).getTime()).toBeGreaterThan(
        new Date(before[0].last_activity_at).getTime(),
      );
    });

    it('keeps a quote of a published post in the same thread', async () => {
      const [quoted] = await sut.sql<{ id: string }>('select id from post where thread_id = ? limit 1', [threadId]);
      const result = await pushPost(sut, member, { threadId, body: '> Sitat\n\nSvar', quotePostId: quoted.id });
      expect(result.status).toBe('applied');
      const [row] = await sut.sql<{ quote_post_id: string }>('select quote_post_id from post where id = ?', [
        (result.result as { postId: string }).postId,
      ]);
      expect(row.quote_post_id).toBe(quoted.id);
    });

    it('stores and returns HTML and script verbatim, as text', async () => {
      const bodies = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))'];
      const ids: string[] = [];
      for (const body of bodies) {
        const result = await pushPost(sut, member, { threadId, body });
        expect(result.status, JSON.stringify(result)).toBe('applied');
        ids.push((result.result as { postId: string }).postId);
      }
      const page = (await sut.app.inject({ url: `/api/threads/${threadId}/posts?limit=100` })).json<PostPageDto>();
      for (const [index, id] of ids.entries()) {
        expect(page.items.find((post) => post.id === id)?.body).toBe(bodies[index]);
        const [row] = await sut.sql<{ body: string }>('select body from post where id = ?', [id]);
        expect(row.body).toBe(bodies[index]);
      }
    });

    it('normalises line endings and strips NUL, keeping the rest as typed', async () => {
      const result = await pushPost(sut, member, { threadId, body: '  Linje 1\r\nLinje\u0000 2  ' });
      const [row] = await sut.sql<{ body: string }>('select body from post where id = ?', [
        (result.result as { postId: string }).postId,
      ]);
      expect(row.body).toBe('  Linje 1\nLinje 2  ');
    });

    it.each([
      ['thread_not_found', () => ({ threadId: randomUUID(), body: 'Hei' })],
      ['empty_body', () => ({ threadId, body: '  \n\t ' })],
      ['empty_body', () => ({ threadId, body: '\u0000' })],
      ['too_long', () => ({ threadId, body: 'a'.repeat(10_001) })],
      ['quote_not_found', () => ({ threadId, body: 'Hei', quotePostId: randomUUID() })],
    ])('rejects with %s and stores nothing', async (code, payload) => {
      const posts = await countRows(sut, 'post');
      const result = await pushPost(sut, member, payload());
      expect(result.status).toBe('rejected');
      expect(result.error?.code).toBe(code);
      expect(result.error?.message.length).toBeGreaterThan(10);
      expect(await countRows(sut, 'post')).toBe(posts);
    });

    it('accepts a body of exactly 10,000 characters after trimming', async () => {
      const result = await pushPost(sut, member, { threadId, body: `\n${'b'.repeat(10_000)}\n` });
      expect(result.status).toBe('applied');
    });

    it('rejects a reply to a locked thread', async () => {
      await sut.sql('update thread set locked = true where id = ?', [threadId]);
      const result = await pushPost(sut, member, { threadId, body: 'Hei' });
      expect(result.error?.code).toBe('thread_locked');
      expect(await postsIn(threadId)).toBe(2);
    });

    it('rejects a quote of a post in another thread, or of a post that is not published', async () => {
      const otherThread = await insertThread(sut, null, { posts: 1 });
      const [foreign] = await sut.sql<{ id: string }>('select id from post where thread_id = ?', [otherThread]);
      expect((await pushPost(sut, member, { threadId, body: 'Hei', quotePostId: foreign.id })).error?.code).toBe(
        'quote_not_found',
      );
      const [own] = await sut.sql<{ id: string }>('select id from post where thread_id = ? limit 1', [threadId]);
      await sut.sql(`update post set status = 'removed' where id = ?`, [own.id]);
      expect((await pushPost(sut, member, { threadId, body: 'Hei', quotePostId: own.id })).error?.code).toBe(
        'quote_not_found',
      );
      expect(await postsIn(threadId)).toBe(2);
    });

    it('rejects a member who has not accepted the rules', async () => {
      const newcomer = await createForumMember(sut, { acceptRules: false });
      const result = await pushPost(sut, newcomer, { threadId, body: 'Hei' });
      expect(result.error?.code).toBe('rules_not_accepted');
      expect(await postsIn(threadId)).toBe(2);
    });

    it('rejects a push without a session as unauthenticated', async () => {
      const { body } = await push(sut, [buildMutation('post.create', { threadId, body: 'Hei' })]);
      expect(body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'unauthenticated' } });
      expect(await postsIn(threadId)).toBe(2);
    });
  });

  describe('links rule', () => {
    const linkBodies = [
      'Se https://example.com/side',
      'Se www.example.no',
      'Gå til example.com nå',
      'HTTP://EXAMPLE.ORG',
    ];

    it.each(linkBodies)('refuses %j from a new member and says when links are allowed', async (body) => {
      const newcomer = await createForumMember(sut);
      const result = await pushPost(sut, newcomer, { threadId, body });
      expect(result.error?.code).toBe('links_not_yet_allowed');
      expect(result.error?.message).toMatch(/3 published posts/);
      expect(result.error?.message).toMatch(/24 hours/);
      expect(await postsIn(threadId)).toBe(2);
    });

    it('lets a new member post text with abbreviations that look a bit like domains', async () => {
      const newcomer = await createForumMember(sut);
      const result = await pushPost(sut, newcomer, {
        threadId,
        body: 'Det gjelder f.eks. kjøp, bl.a. på nett, ca. 20 kr.',
      });
      expect(result.status).toBe('applied');
    });

    it('still refuses links after 3 posts when the account is younger than 24 hours', async () => {
      const newcomer = await createForumMember(sut);
      await insertThread(sut, newcomer.account.id, { posts: 3 });
      const result = await pushPost(sut, newcomer, { threadId, body: 'https://example.com' });
      expect(result.error?.code).toBe('links_not_yet_allowed');
      expect(result.error?.message).toMatch(/24 hours old/);
    });

    it('still refuses links after 24 hours with fewer than 3 published posts (hidden ones do not count)', async () => {
      const newcomer = await createForumMember(sut);
      await sut.sql(`update account set created_at = now() - interval '3 days' where id = ?`, [newcomer.account.id]);
      const own = await insertThread(sut, newcomer.account.id, { posts: 3 });
      await sut.sql(`update post set status = 'hidden' where id = (select id from post where thread_id = ? limit 1)`, [
        own,
      ]);
      const result = await pushPost(sut, newcomer, { threadId, body: 'https://example.com' });
      expect(result.error?.code).toBe('links_not_yet_allowed');
      expect(result.error?.message).toMatch(/1 more published post/);
    });

    it('allows links after 3 published posts and 24 hours', async () => {
      const result = await pushPost(sut, member, {
        threadId,
        body: 'Les https://example.com/rapport og www.example.no',
      });
      expect(result.status).toBe('applied');
    });
  });

  describe('duplicate rule', () => {
    it('refuses the same text (ignoring case and spacing) from the same member within 24 hours', async () => {
      expect((await pushPost(sut, member, { threadId, body: 'Jeg er enig med deg.' })).status).toBe('applied');
      const again = await pushPost(sut, member, { threadId, body: '  jeg er  ENIG med\ndeg. ' });
      expect(again.error?.code).toBe('duplicate_post');
      expect(await postsIn(threadId)).toBe(3);
    });

    it('lets another member say the same, and the same member after 24 hours', async () => {
      expect((await pushPost(sut, member, { threadId, body: 'Enig.' })).status).toBe('applied');
      const other = await createForumMember(sut);
      expect((await pushPost(sut, other, { threadId, body: 'Enig.' })).status).toBe('applied');
      await sut.sql(`update post set created_at = now() - interval '25 hours' where author_id = ? and body = 'Enig.'`, [
        member.account.id,
      ]);
      expect((await pushPost(sut, member, { threadId, body: 'Enig.' })).status).toBe('applied');
    });
  });

  describe('idempotency', () => {
    it('answers a replayed batch of 50 as duplicate and keeps exactly 50 posts', async () => {
      const batch = Array.from({ length: 50 }, (_, n) =>
        buildMutation('post.create', { threadId, body: `Innlegg ${n}` }),
      );
      const first = await push(sut, batch, { ...member.headers });
      expect(first.body.results.every((result) => result.status === 'applied')).toBe(true);
      const replay = await push(sut, batch, { ...member.headers });
      expect(replay.body.results.map((result) => result.status)).toEqual(Array(50).fill('duplicate'));
      replay.body.results.forEach((result, index) => expect(result.result).toEqual(first.body.results[index].result));
      expect(await postsIn(threadId)).toBe(52);
      const [thread] = await sut.sql<{ post_count: number }>('select post_count from thread where id = ?', [threadId]);
      expect(thread.post_count).toBe(52);
    });

    it('makes one post of two concurrent pushes of the same mutation', async () => {
      const mutation = buildMutation('post.create', { threadId, body: 'Sendt fra to faner samtidig' });
      const [a, b] = await Promise.all([
        push(sut, [mutation], { ...member.headers }),
        push(sut, [mutation], { ...member.headers }),
      ]);
      expect([a.body.results[0].status, b.body.results[0].status].sort()).toEqual(['applied', 'duplicate']);
      expect(a.body.results[0].result).toEqual(b.body.results[0].result);
      expect(await postsIn(threadId)).toBe(3);
    });
  });
});

describe(`${PostCreateHandler.name} rate limit`, () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp({ FORUM_POST_RATE_LIMIT: '3/10' });
  });
  afterAll(async () => sut.close());

  it('refuses the post over N in the window, counted from the database, and allows it once the window passed', async () => {
    const member = await createForumMember(sut);
    const threadId = await insertThread(sut, null, { posts: 1 });
    for (let n = 0; n < 3; n++)
      expect((await pushPost(sut, member, { threadId, body: `Nummer ${n}` })).status).toBe('applied');
    const refused = await pushPost(sut, member, { threadId, body: 'Nummer 4' });
    expect(refused.error?.code).toBe('rate_limited');
    expect(refused.error?.message).toMatch(/at most 3 posts in 10 minutes/);
    expect(await countRows(sut, 'post')).toBe(4);

    const other = await createForumMember(sut);
    expect((await pushPost(sut, other, { threadId, body: 'En annen medlem' })).status).toBe('applied');

    await sut.sql(`update post set created_at = created_at - interval '11 minutes' where author_id = ?`, [
      member.account.id,
    ]);
    expect((await pushPost(sut, member, { threadId, body: 'Nummer 4' })).status).toBe('applied');
  });
});
