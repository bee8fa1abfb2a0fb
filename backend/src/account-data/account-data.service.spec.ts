import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AccountExportDto,
  ModlogPageDto,
  PostPageDto,
  RemovalDetailDto,
  RemovalDto,
  ThreadDto,
} from '@sexhandel/shared';
import { cookiesOf, type SignedInClient } from '../../test/factories/account.factory';
import {
  countRows,
  createForumMember,
  insertThread,
  pushPost,
  pushThread,
  type ForumClient,
} from '../../test/factories/forum.factory';
import { createModerationCast } from '../../test/factories/moderation.factory';
import { buildMutation, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { AccountDataService } from './account-data.service';

describe(AccountDataService.name, () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp({ FORUM_POST_RATE_LIMIT: '1000/10' });
  });
  afterAll(async () => sut.close());

  /** A member with a thread of their own that someone else answered, a reply elsewhere and a flag. */
  async function arrangeActiveMember(): Promise<{
    member: ForumClient;
    other: ForumClient;
    ownThread: string;
    otherThread: string;
    soloThread: string;
  }> {
    const member = await createForumMember(sut);
    const other = await createForumMember(sut);
    const created = await pushThread(sut, member, { title: 'Min tråd', body: 'Starten på min tråd' });
    const ownThread = (created.result as { threadId: string }).threadId;
    expect((await pushPost(sut, other, { threadId: ownThread, body: 'Svar fra en annen' })).status).toBe('applied');
    const solo = await pushThread(sut, member, { title: 'Ingen svarte', body: 'Alene her' });
    const soloThread = (solo.result as { threadId: string }).threadId;
    const otherThread = await insertThread(sut, other.account.id, { posts: 2 });
    expect((await pushPost(sut, member, { threadId: otherThread, body: 'Mitt svar i en annen tråd' })).status).toBe(
      'applied',
    );
    const [target] = await sut.sql<{ id: string }>(
      'select id from post where thread_id = ? and author_id = ? limit 1',
      [otherThread, other.account.id],
    );
    const { body } = await push(
      sut,
      [buildMutation('flag.create', { postId: target.id, rule: 3, note: 'Personangrep' })],
      { ...member.headers },
    );
    expect(body.results[0].status).toBe('applied');
    return { member, other, ownThread, otherThread, soloThread };
  }

  async function deleteAccount(
    client: ForumClient,
    payload: object,
  ): Promise<{ status: number; setCookie: string | string[] | undefined }> {
    const response = await sut.app.inject({
      method: 'POST',
      url: '/api/account/deletion',
      headers: { ...client.headers },
      payload,
    });
    return { status: response.statusCode, setCookie: response.headers['set-cookie'] };
  }

  describe('exportAccountData', () => {
    it('downloads the profile with the e-mail, every own post with its thread title, and the flags', async () => {
      const { member } = await arrangeActiveMember();
      const response = await sut.app.inject({ url: '/api/account/export', headers: { ...member.headers } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="sexhandel-data-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      const data = response.json<AccountExportDto>();
      expect(data.profile).toMatchObject({ alias: member.alias, email: member.email, roles: ['member'] });
      expect(data.profile.rulesAcceptedAt).not.toBeNull();
      expect(data.posts.map((post) => [post.threadTitle, post.body]).sort()).toEqual(
        [
          ['Ingen svarte', 'Alene her'],
          ['Min tråd', 'Starten på min tråd'],
          [expect.stringMatching(/^Tråd /), 'Mitt svar i en annen tråd'],
        ].sort(),
      );
      expect(data.flags).toEqual([expect.objectContaining({ rule: 3, note: 'Personangrep' })]);
    });

    it('needs a session', async () => {
      expect((await sut.app.inject({ url: '/api/account/export' })).statusCode).toBe(401);
    });
  });

  describe('deleteAccount', () => {
    it("with 'keep' leaves the posts under a deleted member and removes account, login, flags and sessions", async () => {
      const { member, ownThread } = await arrangeActiveMember();
      const posts = await countRows(sut, 'post');
      const { status, setCookie } = await deleteAccount(member, { password: member.password, posts: 'keep' });
      expect(status).toBe(204);
      expect(Object.keys(cookiesOf(setCookie)).sort()).toEqual(['csrf', 'session']);
      expect(await countRows(sut, 'post')).toBe(posts);
      expect(await sut.sql('select 1 from account where id = ?', [member.account.id])).toHaveLength(0);
      expect(await sut.sql('select 1 from session where account_id = ?', [member.account.id])).toHaveLength(0);
      expect(await sut.sql('select 1 from flag where member_id = ?', [member.account.id])).toHaveLength(0);
      expect(await sut.sql('select 1 from forum_member where account_id = ?', [member.account.id])).toHaveLength(0);
      const thread = (await sut.app.inject({ url: `/api/threads/${ownThread}` })).json<ThreadDto>();
      expect(thread).toMatchObject({ starterAlias: null, postCount: 2 });
      const page = (await sut.app.inject({ url: `/api/threads/${ownThread}/posts` })).json<PostPageDto>();
      expect(page.items[0]).toMatchObject({ authorAlias: null, body: 'Starten på min tråd' });
      expect((await sut.app.inject({ url: `/api/members/${member.alias}` })).statusCode).toBe(404);
      expect((await sut.app.inject({ url: '/api/auth/me', headers: { ...member.headers } })).statusCode).toBe(401);
      const login = await sut.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { alias: member.alias, password: member.password },
      });
      expect(login.statusCode).toBe(401);
    });

    it("with 'erase' deletes the posts, keeps answered threads without a starter and fixes the counts", async () => {
      const { member, other, ownThread, otherThread, soloThread } = await arrangeActiveMember();
      const { status } = await deleteAccount(member, { password: member.password, posts: 'erase' });
      expect(status).toBe(204);
      const left = await sut.sql<{ body: string }>('select body from post where thread_id in (?, ?, ?) order by body', [
        ownThread,
        otherThread,
        soloThread,
      ]);
      expect(left.map((row) => row.body)).toEqual(['Innlegg nummer 1', 'Innlegg nummer 2', 'Svar fra en annen']);
      expect((await sut.app.inject({ url: `/api/threads/${soloThread}` })).statusCode).toBe(404);
      const own = (await sut.app.inject({ url: `/api/threads/${ownThread}` })).json<ThreadDto>();
      expect(own).toMatchObject({ starterAlias: null, postCount: 1 });
      const ownPosts = (await sut.app.inject({ url: `/api/threads/${ownThread}/posts` })).json<PostPageDto>();
      expect(ownPosts.items.map((post) => [post.authorAlias, post.body])).toEqual([[other.alias, 'Svar fra en annen']]);
      expect((await sut.app.inject({ url: `/api/threads/${otherThread}` })).json<ThreadDto>().postCount).toBe(2);
      expect(await sut.sql('select 1 from account where id = ?', [member.account.id])).toHaveLength(0);
    });

    describe('the removal archive', () => {
      let moderator: SignedInClient;
      beforeAll(async () => {
        ({ moderator } = await createModerationCast(sut));
      });

      /** Removes the member's post (first in the thread) and returns the archive entry's id. */
      async function removeTheirPost(member: ForumClient, threadId: string): Promise<string> {
        const [post] = await sut.sql<{ id: string }>('select id from post where thread_id = ? and author_id = ?', [
          threadId,
          member.account.id,
        ]);
        const response = await sut.app.inject({
          method: 'POST',
          url: `/api/admin/posts/${post.id}/removal`,
          headers: moderator.headers,
          payload: { rule: 3, note: 'Personangrep' },
        });
        expect(response.statusCode).toBe(201);
        return response.json<RemovalDto>().id;
      }
      const removal = async (id: string) =>
        (
          await sut.app.inject({ url: `/api/admin/removals/${id}`, headers: moderator.headers })
        ).json<RemovalDetailDto>();

      it("with 'keep' forgets the alias and keeps the archived text of the post that stays", async () => {
        const { member, otherThread } = await arrangeActiveMember();
        const id = await removeTheirPost(member, otherThread);
        expect(await removal(id)).toMatchObject({ authorAlias: member.alias, body: 'Mitt svar i en annen tråd' });
        expect((await deleteAccount(member, { password: member.password, posts: 'keep' })).status).toBe(204);
        expect(await removal(id)).toMatchObject({
          authorAlias: null,
          body: 'Mitt svar i en annen tråd',
          textErased: false,
          threadTitle: expect.stringMatching(/^Tråd /) as string,
        });
      });

      it("with 'erase' drops the archived text, the alias and the title of a thread erased with them, also in the public log", async () => {
        const { member, otherThread, soloThread } = await arrangeActiveMember();
        const inSolo = await removeTheirPost(member, soloThread);
        const inOther = await removeTheirPost(member, otherThread);
        expect((await deleteAccount(member, { password: member.password, posts: 'erase' })).status).toBe(204);
        expect(await removal(inSolo)).toMatchObject({
          postId: null,
          authorAlias: null,
          body: null,
          textErased: true,
          threadTitle: null,
          rule: 3,
        });
        expect(await removal(inOther)).toMatchObject({
          postId: null,
          authorAlias: null,
          body: null,
          threadTitle: expect.stringMatching(/^Tråd /) as string,
        });
        const rows = await sut.sql<{ body_sealed: string | null }>(
          'select body_sealed from removal_archive where id in (?, ?)',
          [inSolo, inOther],
        );
        expect(rows.map((row) => row.body_sealed)).toEqual([null, null]);
        const log = (await sut.app.inject({ url: '/api/modlog' })).json<ModlogPageDto>();
        expect(log.items.find((entry) => entry.threadId === soloThread)).toMatchObject({
          action: 'removal',
          rule: 3,
          threadTitle: null,
        });
        expect(JSON.stringify(log)).not.toContain('Ingen svarte');
      });
    });

    it('refuses a wrong password and deletes nothing', async () => {
      const member = await createForumMember(sut);
      const accounts = await countRows(sut, 'account');
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/account/deletion',
        headers: { ...member.headers },
        payload: { password: 'not the password', posts: 'keep' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'wrong_password' });
      expect(await countRows(sut, 'account')).toBe(accounts);
    });

    it.each([{ password: 'x', posts: 'maybe' }, { posts: 'keep' }, { password: 'x', posts: 'keep', extra: 1 }])(
      'answers 400 to %j',
      async (payload) => {
        const member = await createForumMember(sut);
        expect((await deleteAccount(member, payload)).status).toBe(400);
      },
    );

    it('needs the CSRF header', async () => {
      const member = await createForumMember(sut);
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/account/deletion',
        headers: { cookie: member.headers.cookie },
        payload: { password: member.password, posts: 'keep' },
      });
      expect(response.statusCode).toBe(403);
    });
  });
});
