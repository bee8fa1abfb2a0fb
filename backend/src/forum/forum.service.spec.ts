import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForumMembershipDto, MemberProfileDto, PostPageDto, ThreadDto, ThreadPageDto } from '@sexhandel/shared';
import { createAccount } from '../../test/factories/account.factory';
import { createForumMember, insertThread, pushPost } from '../../test/factories/forum.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ForumService } from './forum.service';

describe(ForumService.name, () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp({ FORUM_POST_RATE_LIMIT: '1000/10' });
  });
  afterAll(async () => sut.close());

  async function get<T>(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
    const response = await sut.app.inject({ url, headers });
    return { status: response.statusCode, body: response.json<T>() };
  }

  describe('listThreads', () => {
    it('lists latest activity first and walks every thread once across pages', async () => {
      const author = await createAccount(sut);
      const base = Date.now() - 10 * 86_400_000;
      const ids: string[] = [];
      for (let n = 0; n < 7; n++)
        ids.push(await insertThread(sut, author.account.id, { at: new Date(base + n * 60_000), posts: 2 }));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: ThreadPageDto } = await get<ThreadPageDto>(
          `/api/threads?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((thread) => thread.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      const ours = seen.filter((id) => ids.includes(id));
      expect(ours).toEqual([...ids].reverse());
      expect(new Set(seen).size).toBe(seen.length);
      const first = (await get<ThreadPageDto>('/api/threads?limit=100')).body.items.find(
        (thread) => thread.id === ids[6],
      );
      expect(first).toMatchObject({
        starterAlias: author.alias,
        starterStaffVoice: false,
        postCount: 2,
        locked: false,
      });
    });

    it('lists a thread started as Redaksjonen without the staff alias, like the thread shows it', async () => {
      const staff = await createAccount(sut);
      const id = await insertThread(sut, staff.account.id, { posts: 2, title: 'Fra redaksjonen' });
      const [first] = await sut.sql<{ id: string }>(
        'select id from post where thread_id = ? order by created_at, id limit 1',
        [id],
      );
      await sut.sql('update post set staff_voice = true where id = ?', [first?.id]);
      const listed = (await get<ThreadPageDto>('/api/threads?limit=100')).body.items.find((thread) => thread.id === id);
      expect(listed).toMatchObject({ starterAlias: null, starterStaffVoice: true });
      const { body } = await get<ThreadDto>(`/api/threads/${id}`);
      expect(body).toMatchObject({ starterAlias: null, starterStaffVoice: true });
    });

    it.each(['cursor=nope!', 'cursor=aGVsbG8', 'limit=0', 'limit=101', 'limit=abc', 'extra=1'])(
      'answers 400 to %s',
      async (query) => {
        const { status, body } = await get<{ message: unknown }>(`/api/threads?${query}`);
        expect(status).toBe(400);
        expect(body.message).toBeTruthy();
      },
    );
  });

  describe('getThread', () => {
    it('returns the thread with a null starter once the account is gone', async () => {
      const id = await insertThread(sut, null, { posts: 1, title: 'Uten forfatter' });
      const { status, body } = await get<ThreadDto>(`/api/threads/${id}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ id, title: 'Uten forfatter', starterAlias: null, postCount: 1, articleId: null });
    });

    it('answers 404 with a message for an unknown id', async () => {
      const { status, body } = await get<{ message: string; code: string }>(`/api/threads/${randomUUID()}`);
      expect(status).toBe(404);
      expect(body.message).toMatch(/thread/);
    });

    it('answers 400 invalid_id with a message for a malformed id', async () => {
      const { status, body } = await get<{ message: string; code: string }>('/api/threads/not-a-uuid');
      expect(status).toBe(400);
      expect(body).toMatchObject({ code: 'invalid_id', message: expect.stringMatching(/^id in the address/) });
    });
  });

  describe('listPosts', () => {
    it('walks pages with no duplicates and no gaps while new posts arrive between pages', async () => {
      const member = await createForumMember(sut);
      const threadId = await insertThread(sut, null, { posts: 23, at: new Date(Date.now() - 3_600_000) });
      const seen: string[] = [];
      let after: string | null = null;
      let added = 0;
      for (;;) {
        const query: string = `/api/threads/${threadId}/posts?limit=5${after ? `&after=${after}` : ''}`;
        const page: PostPageDto = (await get<PostPageDto>(query)).body;
        seen.push(...page.items.map((post) => post.id));
        after = page.nextCursor;
        if (added < 6) {
          expect((await pushPost(sut, member, { threadId, body: `Nytt mens du leser ${added++}` })).status).toBe(
            'applied',
          );
          expect((await pushPost(sut, member, { threadId, body: `Nytt mens du leser ${added++}` })).status).toBe(
            'applied',
          );
        }
        if (!page.hasMore) break;
      }
      const all = await sut.sql<{ id: string }>('select id from post where thread_id = ? order by created_at, id', [
        threadId,
      ]);
      expect(all).toHaveLength(29);
      expect(seen).toEqual(all.map((row) => row.id));

      // An up-to-date cursor returns nothing, keeps its place, and then only what is new.
      const idle = (await get<PostPageDto>(`/api/threads/${threadId}/posts?after=${after}`)).body;
      expect(idle).toMatchObject({ items: [], nextCursor: after, hasMore: false });
      await pushPost(sut, member, { threadId, body: 'Helt nytt' });
      const fresh = (await get<PostPageDto>(`/api/threads/${threadId}/posts?after=${after}`)).body;
      expect(fresh.items.map((post) => post.body)).toEqual(['Helt nytt']);
    });

    it('keeps ties on the same timestamp apart by id', async () => {
      const threadId = await insertThread(sut, null, { posts: 0 });
      await sut.sql(
        `insert into post (id, thread_id, author_id, body, fingerprint, created_at, status)
         select gen_random_uuid(), ?, null, 'samme tid ' || n, md5(n::text), '2026-01-01T00:00:00.123456Z', 'published'
         from generate_series(1, 7) as n`,
        [threadId],
      );
      const seen: string[] = [];
      let after = '';
      for (let n = 0; n < 4; n++) {
        const page = (await get<PostPageDto>(`/api/threads/${threadId}/posts?limit=2${after ? `&after=${after}` : ''}`))
          .body;
        seen.push(...page.items.map((post) => post.id));
        after = page.nextCursor ?? '';
      }
      expect(new Set(seen).size).toBe(7);
    });

    it('shows authors and status, and the body only of published posts, and no activity level (staff statistics only)', async () => {
      const writer = await createAccount(sut);
      const threadId = await insertThread(sut, writer.account.id, { posts: 3 });
      const [hidden, removed] = await sut.sql<{ id: string }>(
        'select id from post where thread_id = ? order by created_at limit 2',
        [threadId],
      );
      await sut.sql(`update post set status = 'hidden' where id = ?`, [hidden.id]);
      await sut.sql(`update post set status = 'removed' where id = ?`, [removed.id]);
      const page = (await get<PostPageDto>(`/api/threads/${threadId}/posts`)).body;
      expect(page.items.map((post) => [post.status, post.body])).toEqual([
        ['hidden', null],
        ['removed', null],
        ['published', 'Innlegg nummer 3'],
      ]);
      expect(page.items[2]).toMatchObject({
        authorAlias: writer.alias,
        staffVoice: false,
        quotePostId: null,
      });
      for (const post of page.items) expect(post).not.toHaveProperty('authorActivity');
      expect(JSON.stringify(page)).not.toContain('Innlegg nummer 1');
    });

    it.each(['after=zzz', 'after=MjAyNnx4', 'limit=0', 'limit=500'])('answers 400 to %s', async (query) => {
      const threadId = await insertThread(sut, null, { posts: 1 });
      expect((await get(`/api/threads/${threadId}/posts?${query}`)).status).toBe(400);
    });

    it('answers 404 for an unknown thread', async () => {
      expect((await get(`/api/threads/${randomUUID()}/posts`)).status).toBe(404);
    });
  });

  describe('getMemberProfile', () => {
    it.each([0, 1, 101])('with %i published posts shows the count and no activity level', async (posts) => {
      const member = await createAccount(sut);
      if (posts > 0) await insertThread(sut, member.account.id, { posts });
      const { status, body } = await get<MemberProfileDto>(
        `/api/members/${encodeURIComponent(member.alias.toUpperCase())}`,
      );
      expect(status).toBe(200);
      expect(body).toEqual({ alias: member.alias, joinedAt: expect.any(String), postCount: posts });
      expect(JSON.stringify(body)).not.toContain(member.email);
    });

    it('does not count hidden or removed posts', async () => {
      const member = await createAccount(sut);
      const threadId = await insertThread(sut, member.account.id, { posts: 2 });
      await sut.sql(`update post set status = 'removed' where thread_id = ?`, [threadId]);
      expect((await get<MemberProfileDto>(`/api/members/${member.alias}`)).body).toMatchObject({
        postCount: 0,
      });
    });

    it('answers 404 for an unknown alias', async () => {
      const { status, body } = await get<{ message: string }>('/api/members/ingen-slik-person');
      expect(status).toBe(404);
      expect(body.message).toMatch(/alias/);
    });
  });

  describe('acceptForumRules', () => {
    it('records the acceptance for the signed-in member and needs a session and the CSRF header', async () => {
      const member = await createForumMember(sut, { acceptRules: false });
      const before = await get<ForumMembershipDto>('/api/forum/membership', { ...member.headers });
      expect(before.body).toMatchObject({ rulesAcceptedAt: null, publishedPosts: 0, linksAllowed: false });

      expect((await sut.app.inject({ method: 'POST', url: '/api/forum/rules-acceptance' })).statusCode).toBe(401);
      const noCsrf = await sut.app.inject({
        method: 'POST',
        url: '/api/forum/rules-acceptance',
        headers: { cookie: member.headers.cookie },
      });
      expect(noCsrf.statusCode).toBe(403);

      const accepted = await sut.app.inject({
        method: 'POST',
        url: '/api/forum/rules-acceptance',
        headers: { ...member.headers },
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json<ForumMembershipDto>().rulesAcceptedAt).not.toBeNull();
      const [row] = await sut.sql<{ rules_accepted_at: Date }>(
        'select rules_accepted_at from forum_member where account_id = ?',
        [member.account.id],
      );
      expect(Math.abs(new Date(row.rules_accepted_at).getTime() - Date.now())).toBeLessThan(60_000);
    });
  });

  describe('getForumMembership', () => {
    it('says links are allowed after 3 published posts and 24 hours', async () => {
      const member = await createForumMember(sut, { established: true });
      const { status, body } = await get<ForumMembershipDto>('/api/forum/membership', { ...member.headers });
      expect(status).toBe(200);
      expect(body).toMatchObject({ publishedPosts: 3, linksAllowed: true });
      expect((await get('/api/forum/membership')).status).toBe(401);
    });
  });
});
