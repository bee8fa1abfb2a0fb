import { randomUUID } from 'node:crypto';
import type { FlagCreatePayload, MutationResult, PostPageDto } from '@sexhandel/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedIn, type SignedInClient } from '../../test/factories/account.factory';
import {
  createForumMember,
  insertThread,
  pushPost,
  pushThread,
  type ForumClient,
} from '../../test/factories/forum.factory';
import { buildMutation, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ModerationService } from './moderation.service';

const RULE_TITLES = [
  'Vær saklig',
  'Ingen hets',
  'Ingen personangrep',
  'Ingen kjøp eller salg',
  'Ingen personopplysninger',
  'Ingen spam eller reklame',
];

describe(ModerationService.name, () => {
  let sut: TestApp;
  let moderator: SignedInClient;
  let author: ForumClient;
  let member: ForumClient;

  beforeAll(async () => {
    sut = await createTestApp();
    for (const [index, title] of RULE_TITLES.entries()) {
      await sut.sql(
        `insert into forum_rule (id, number, title, text, published, created_at, updated_at) values (?, ?, ?, ?, true, now(), now())`,
        [randomUUID(), index + 1, title, `Regel ${index + 1}`],
      );
    }
    moderator = await createSignedIn(sut, { roles: ['member', 'moderator'] });
    author = await createForumMember(sut, { established: true });
    member = await createForumMember(sut);
  });

  afterAll(async () => {
    await sut?.close();
  });

  const auditCount = async (): Promise<number> =>
    Number((await sut.sql<{ n: string }>('select count(*) as n from audit_entry'))[0].n);

  async function newPost(body: string): Promise<{ threadId: string; postId: string }> {
    const result = await pushThread(sut, author, { title: `Tråd ${randomUUID().slice(0, 6)}`, body });
    expect(result.status).toBe('applied');
    return result.result as { threadId: string; postId: string };
  }

  async function flag(client: SignedInClient, payload: FlagCreatePayload): Promise<MutationResult> {
    const { body } = await push(sut, [buildMutation('flag.create', payload)], { ...client.headers });
    return body.results[0];
  }

  const postsOf = async (threadId: string): Promise<PostPageDto> =>
    (await sut.app.inject({ method: 'GET', url: `/api/threads/${threadId}/posts` })).json<PostPageDto>();

  describe('removePost', () => {
    it('archives the text, leaves a notice and takes the text off every public path, in one audited step', async () => {
      const word = `Blåbærsyltetøyfabrikk${randomUUID().slice(0, 4)}`;
      const { threadId, postId } = await newPost(`Kjøp hos meg: ${word} er billig`);
      const before = await sut.app.inject({ method: 'GET', url: `/api/search?q=${word}` });
      expect(before.body).toContain(postId);
      const audits = await auditCount();

      const response = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${postId}/removal`,
        headers: moderator.headers,
        payload: { rule: 4, note: 'Salg er ikke lov her.' },
      });
      expect(response.statusCode).toBe(201);
      const removal = response.json<{ id: string; rule: number; authorAlias: string }>();
      expect(removal).toMatchObject({ rule: 4, authorAlias: author.alias });
      expect(await auditCount()).toBe(audits + 1);

      const posts = await postsOf(threadId);
      const shown = posts.items.find((item) => item.id === postId);
      expect(shown).toMatchObject({
        status: 'removed',
        body: null,
        removal: { rule: 4, ruleTitle: RULE_TITLES[3], note: 'Salg er ikke lov her.' },
      });
      for (const url of [
        `/api/threads/${threadId}/posts`,
        `/api/search?q=${word}`,
        `/api/members/${author.alias}`,
        '/api/sync/pull',
        '/api/modlog',
      ]) {
        const page = await sut.app.inject({ method: 'GET', url });
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).not.toContain(word);
      }
      const stored = await sut.sql<{ body: string; status: string; sealed: string }>(
        'select p.body, p.status, r.body_sealed as sealed from post p join removal_archive r on r.post_id = p.id where p.id = ?',
        [postId],
      );
      expect(stored[0]).toMatchObject({ status: 'removed', body: `Kjøp hos meg: ${word} er billig` });
      expect(stored[0].sealed).not.toContain(word);

      const archived = await sut.app.inject({
        method: 'GET',
        url: `/api/admin/removals/${removal.id}`,
        headers: moderator.headers,
      });
      expect(archived.json()).toMatchObject({
        body: `Kjøp hos meg: ${word} er billig`,
        threadId,
        note: 'Salg er ikke lov her.',
      });
      const list = await sut.app.inject({ method: 'GET', url: '/api/admin/removals', headers: moderator.headers });
      expect(list.json<{ items: Array<{ id: string }> }>().items.map((item) => item.id)).toContain(removal.id);
      expect(list.body).not.toContain(word);
    });

    it('refuses bad requests with a clear 4xx and writes no audit row', async () => {
      const { postId } = await newPost('Et helt vanlig innlegg om noe');
      await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${postId}/removal`,
        headers: moderator.headers,
        payload: { rule: 1, note: 'x' },
      });
      const audits = await auditCount();
      const plain = await createSignedIn(sut);
      const cases: Array<[string, Record<string, string>, object, number]> = [
        [randomUUID(), moderator.headers, { rule: 1, note: 'n' }, 404],
        ['not-a-uuid', moderator.headers, { rule: 1, note: 'n' }, 404],
        [postId, moderator.headers, { rule: 2, note: 'igjen' }, 409],
        [postId, moderator.headers, { rule: 7, note: 'n' }, 400],
        [postId, moderator.headers, { rule: 0, note: 'n' }, 400],
        [postId, moderator.headers, { rule: 1, note: '   ' }, 400],
        [postId, moderator.headers, { rule: 1 }, 400],
        [postId, plain.headers, { rule: 1, note: 'n' }, 403],
        [postId, {}, { rule: 1, note: 'n' }, 401],
      ];
      for (const [id, headers, payload, status] of cases) {
        const response = await sut.app.inject({
          method: 'POST',
          url: `/api/admin/posts/${id}/removal`,
          headers,
          payload,
        });
        expect(response.statusCode, JSON.stringify(payload)).toBe(status);
        expect(response.json<{ message: unknown }>().message).toBeTruthy();
      }
      expect(await auditCount()).toBe(audits);
    });
  });

  describe('restorePost', () => {
    it('publishes a removed post again with an audit row; refuses a post that is not removed', async () => {
      const { threadId, postId } = await newPost('Dette blir fjernet og så gjenopprettet');
      await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${postId}/removal`,
        headers: moderator.headers,
        payload: { rule: 1, note: 'Feil' },
      });
      const audits = await auditCount();
      const restored = await sut.app.inject({
        method: 'DELETE',
        url: `/api/admin/posts/${postId}/removal`,
        headers: moderator.headers,
      });
      expect(restored.statusCode).toBe(200);
      expect((await postsOf(threadId)).items[0]).toMatchObject({
        status: 'published',
        body: 'Dette blir fjernet og så gjenopprettet',
        removal: null,
      });
      expect(await auditCount()).toBe(audits + 1);
      const again = await sut.app.inject({
        method: 'DELETE',
        url: `/api/admin/posts/${postId}/removal`,
        headers: moderator.headers,
      });
      expect(again.statusCode).toBe(409);
      const missing = await sut.app.inject({
        method: 'DELETE',
        url: `/api/admin/posts/${randomUUID()}/removal`,
        headers: moderator.headers,
      });
      expect(missing.statusCode).toBe(404);
      expect(await auditCount()).toBe(audits + 1);
      const modlog = await sut.app.inject({ method: 'GET', url: '/api/modlog' });
      const actions = modlog
        .json<{ items: Array<{ action: string; threadId: string; ruleTitle: string }> }>()
        .items.filter((item) => item.threadId === threadId);
      expect(actions.map((item) => item.action)).toEqual(['restore', 'removal']);
      expect(actions[0].ruleTitle).toBe(RULE_TITLES[0]);
      expect(modlog.body).not.toContain(moderator.me.alias);
      expect(modlog.body).not.toContain('Dette blir fjernet');
      expect(modlog.body).not.toContain('@');
    });
  });

  describe('hideFlaggedPost and dismissFlags', () => {
    it('hides a post at the third distinct flag, lists it in the queue, and shows it again on dismissal', async () => {
      const { threadId, postId } = await newPost('Et innlegg som noen liker dårlig');
      const flaggers = [member, await createForumMember(sut), await createForumMember(sut)];
      expect(await flag(flaggers[0], { postId, rule: 2, note: 'Hets' })).toMatchObject({ status: 'applied' });
      expect(await flag(flaggers[1], { postId, rule: 2 })).toMatchObject({ status: 'applied' });
      expect((await postsOf(threadId)).items[0]).toMatchObject({ status: 'published' });
      expect(await flag(flaggers[2], { postId, rule: 3 })).toMatchObject({ status: 'applied' });
      expect((await postsOf(threadId)).items[0]).toMatchObject({ status: 'hidden', body: null });

      const queue = await sut.app.inject({ method: 'GET', url: '/api/admin/flags', headers: moderator.headers });
      const entry = queue
        .json<{ items: Array<Record<string, unknown>> }>()
        .items.find((item) => item.postId === postId);
      expect(entry).toMatchObject({
        threadId,
        authorAlias: author.alias,
        body: 'Et innlegg som noen liker dårlig',
        status: 'hidden',
        flagCount: 3,
        rules: [
          { rule: 2, count: 2 },
          { rule: 3, count: 1 },
        ],
        notes: [{ rule: 2, note: 'Hets' }],
      });
      const byRule = await sut.app.inject({
        method: 'GET',
        url: '/api/admin/flags?rule=5',
        headers: moderator.headers,
      });
      expect(byRule.body).not.toContain(postId);
      const badRule = await sut.app.inject({
        method: 'GET',
        url: '/api/admin/flags?rule=9',
        headers: moderator.headers,
      });
      expect(badRule.statusCode).toBe(400);
      const byMember = await sut.app.inject({ method: 'GET', url: '/api/admin/flags', headers: member.headers });
      expect(byMember.statusCode).toBe(403);

      const audits = await auditCount();
      const dismissed = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${postId}/flag-dismissal`,
        headers: moderator.headers,
        payload: { note: 'Innenfor reglene' },
      });
      expect(dismissed.json()).toMatchObject({ dismissedFlags: 3, status: 'published' });
      expect(await auditCount()).toBe(audits + 1);
      expect((await postsOf(threadId)).items[0]).toMatchObject({
        status: 'published',
        body: 'Et innlegg som noen liker dårlig',
      });
      const after = await sut.app.inject({ method: 'GET', url: '/api/admin/flags', headers: moderator.headers });
      expect(after.body).not.toContain(postId);
      const twice = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${postId}/flag-dismissal`,
        headers: moderator.headers,
        payload: {},
      });
      expect(twice.statusCode).toBe(409);
      expect(await auditCount()).toBe(audits + 1);
    });
  });

  describe('audit log', () => {
    it('is append-only in the database and readable by moderators, newest first, page by page', async () => {
      await expect(sut.sql(`update audit_entry set reason = 'changed'`)).rejects.toThrow(/append-only/);
      await expect(sut.sql('delete from audit_entry')).rejects.toThrow(/append-only/);
      const first = await sut.app.inject({
        method: 'GET',
        url: '/api/admin/audit?limit=2',
        headers: moderator.headers,
      });
      const page = first.json<{ items: Array<{ at: string; actorAlias: string }>; nextCursor: string | null }>();
      expect(page.items).toHaveLength(2);
      expect(page.items[0].actorAlias).toBe(moderator.me.alias);
      expect(page.nextCursor).not.toBeNull();
      const second = await sut.app.inject({
        method: 'GET',
        url: `/api/admin/audit?limit=2&cursor=${page.nextCursor}`,
        headers: moderator.headers,
      });
      const next = second.json<{ items: Array<{ at: string }> }>();
      expect(next.items[0].at <= page.items[1].at).toBe(true);
      const bad = await sut.app.inject({
        method: 'GET',
        url: '/api/admin/audit?cursor=nonsense',
        headers: moderator.headers,
      });
      expect(bad.statusCode).toBe(400);
    });
  });

  describe('suspensions', () => {
    it("refuses a suspended member's posts, threads and flags with the end date, until lifted", async () => {
      const suspended = await createForumMember(sut, { established: true });
      const threadId = await insertThread(sut, author.account.id);
      const until = new Date(Date.now() + 3 * 86_400_000).toISOString();
      const audits = await auditCount();
      const past = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/members/${suspended.alias}/suspension`,
        headers: moderator.headers,
        payload: { until: new Date(Date.now() - 60_000).toISOString(), reason: 'Spam' },
      });
      expect(past.statusCode).toBe(400);
      const nobody = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/members/nobody-${randomUUID().slice(0, 6)}/suspension`,
        headers: moderator.headers,
        payload: { until, reason: 'Spam' },
      });
      expect(nobody.statusCode).toBe(404);
      expect(await auditCount()).toBe(audits);

      const done = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/members/${suspended.alias}/suspension`,
        headers: moderator.headers,
        payload: { until, reason: 'Spam' },
      });
      expect(done.statusCode).toBe(201);
      expect(await auditCount()).toBe(audits + 1);
      const held = buildMutation('post.create', { threadId, body: 'Prøver likevel' });
      const post = (await push(sut, [held], { ...suspended.headers })).body.results[0];
      expect(post).toMatchObject({ status: 'rejected', error: { code: 'suspended' } });
      expect(post.error?.message).toContain(until.slice(0, 10));
      expect(await pushThread(sut, suspended, { title: 'Ny', body: 'Tråd' })).toMatchObject({
        error: { code: 'suspended' },
      });
      const [first] = await sut.sql<{ id: string }>('select id from post where thread_id = ? limit 1', [threadId]);
      expect(await flag(suspended, { postId: first.id, rule: 1 })).toMatchObject({ error: { code: 'suspended' } });
      const profile = await sut.app.inject({ method: 'GET', url: `/api/threads/${threadId}/posts` });
      expect(profile.statusCode).toBe(200);

      const lifted = await sut.app.inject({
        method: 'DELETE',
        url: `/api/admin/members/${suspended.alias}/suspension`,
        headers: moderator.headers,
      });
      expect(lifted.statusCode).toBe(204);
      expect(await auditCount()).toBe(audits + 2);
      expect(await pushPost(sut, suspended, { threadId, body: 'Nå går det' })).toMatchObject({ status: 'applied' });
      // The refused mutation was not marked applied: the same one sent again (from the device's drafts) now goes through.
      expect((await push(sut, [held], { ...suspended.headers })).body.results[0]).toMatchObject({ status: 'applied' });
      const again = await sut.app.inject({
        method: 'DELETE',
        url: `/api/admin/members/${suspended.alias}/suspension`,
        headers: moderator.headers,
      });
      expect(again.statusCode).toBe(404);
    });
  });

  describe('link blocklist', () => {
    it('normalises domains and refuses posts and titles linking to a blocked domain or subdomain', async () => {
      const audits = await auditCount();
      const added = await sut.app.inject({
        method: 'POST',
        url: '/api/admin/blocked-domains',
        headers: moderator.headers,
        payload: { domain: 'https://WWW.Sleazy-Example.com/path' },
      });
      expect(added.json()).toMatchObject({ domain: 'sleazy-example.com' });
      const duplicate = await sut.app.inject({
        method: 'POST',
        url: '/api/admin/blocked-domains',
        headers: moderator.headers,
        payload: { domain: 'sleazy-example.com' },
      });
      expect(duplicate.statusCode).toBe(409);
      const bad = await sut.app.inject({
        method: 'POST',
        url: '/api/admin/blocked-domains',
        headers: moderator.headers,
        payload: { domain: 'not a domain' },
      });
      expect(bad.statusCode).toBe(400);
      expect(await auditCount()).toBe(audits + 1);
      const list = await sut.app.inject({
        method: 'GET',
        url: '/api/admin/blocked-domains',
        headers: moderator.headers,
      });
      expect(list.json()).toMatchObject({ items: [{ domain: 'sleazy-example.com' }] });

      const threadId = await insertThread(sut, author.account.id);
      const viaSub = await pushPost(sut, author, { threadId, body: 'Se https://girls.sleazy-example.com/x nå' });
      expect(viaSub).toMatchObject({ status: 'rejected', error: { code: 'blocked_link' } });
      expect(viaSub.error?.message).toContain('sleazy-example.com');
      expect(await pushThread(sut, author, { title: 'Besøk sleazy-example.com', body: 'Hei' })).toMatchObject({
        error: { code: 'blocked_link' },
      });
      expect(await pushPost(sut, author, { threadId, body: 'Se not-sleazy-example.com.no i stedet' })).toMatchObject({
        status: 'applied',
      });

      const removed = await sut.app.inject({
        method: 'DELETE',
        url: '/api/admin/blocked-domains/sleazy-example.com',
        headers: moderator.headers,
      });
      expect(removed.statusCode).toBe(204);
      expect(await auditCount()).toBe(audits + 2);
      expect(await pushPost(sut, author, { threadId, body: 'Se https://sleazy-example.com nå' })).toMatchObject({
        status: 'applied',
      });
    });
  });

  describe('staff roles', () => {
    it('lists staff without e-mail and lets an admin grant and withdraw roles (audited)', async () => {
      const admin = await createSignedIn(sut, { roles: ['member', 'admin'] });
      const target = await createSignedIn(sut);
      const audits = await auditCount();
      const byModerator = await sut.app.inject({
        method: 'PUT',
        url: `/api/admin/staff/${target.alias}/roles`,
        headers: moderator.headers,
        payload: { roles: ['editor'] },
      });
      expect(byModerator.statusCode).toBe(403);
      const wrong = await sut.app.inject({
        method: 'PUT',
        url: `/api/admin/staff/${target.alias}/roles`,
        headers: admin.headers,
        payload: { roles: ['member', 'god'] },
      });
      expect(wrong.statusCode).toBe(400);
      const own = await sut.app.inject({
        method: 'PUT',
        url: `/api/admin/staff/${admin.alias}/roles`,
        headers: admin.headers,
        payload: { roles: [] },
      });
      expect(own.statusCode).toBe(409);
      expect(await auditCount()).toBe(audits);
      const granted = await sut.app.inject({
        method: 'PUT',
        url: `/api/admin/staff/${target.alias}/roles`,
        headers: admin.headers,
        payload: { roles: ['editor', 'moderator'] },
      });
      expect(granted.json()).toMatchObject({ alias: target.alias, roles: ['member', 'moderator', 'editor'] });
      expect(await auditCount()).toBe(audits + 1);
      const staff = await sut.app.inject({ method: 'GET', url: '/api/admin/staff', headers: admin.headers });
      expect(staff.json<Array<{ alias: string }>>().map((row) => row.alias)).toContain(target.alias);
      expect(staff.body).not.toContain('@');
      const queue = await sut.app.inject({ method: 'GET', url: '/api/admin/flags', headers: target.headers });
      expect(queue.statusCode).toBe(200);
      await sut.app.inject({
        method: 'PUT',
        url: `/api/admin/staff/${target.alias}/roles`,
        headers: admin.headers,
        payload: { roles: [] },
      });
      const after = await sut.app.inject({ method: 'GET', url: '/api/admin/staff', headers: admin.headers });
      expect(after.body).not.toContain(target.alias);
    });
  });

  describe('staff voice', () => {
    it('lets moderators and editors post as "Redaksjonen" and refuses members', async () => {
      const editor = await createForumMember(sut, { roles: ['member', 'editor'] });
      const staffThread = await pushThread(sut, editor, {
        title: 'Nytt fra redaksjonen',
        body: 'Hva mener dere?',
        asStaff: true,
      });
      expect(staffThread.status).toBe('applied');
      const { threadId } = staffThread.result as { threadId: string };
      const posts = await postsOf(threadId);
      expect(posts.items[0]).toMatchObject({ staffVoice: true, authorAlias: null });
      const thread = await sut.app.inject({ method: 'GET', url: `/api/threads/${threadId}` });
      expect(thread.json()).toMatchObject({ starterAlias: null });
      expect(thread.body).not.toContain(editor.alias);
      const modPost = await createForumMember(sut, { roles: ['member', 'moderator'] });
      expect(await pushPost(sut, modPost, { threadId, body: 'Husk reglene', asStaff: true })).toMatchObject({
        status: 'applied',
      });
      expect(await pushPost(sut, member, { threadId, body: 'Jeg også', asStaff: true })).toMatchObject({
        status: 'rejected',
        error: { code: 'forbidden' },
      });
      expect(await pushThread(sut, member, { title: 'Jeg er redaksjonen', body: 'Nei', asStaff: true })).toMatchObject({
        error: { code: 'forbidden' },
      });
      expect(await pushPost(sut, member, { threadId, body: 'Et vanlig svar', asStaff: false })).toMatchObject({
        status: 'applied',
      });
      const all = await postsOf(threadId);
      expect(all.items.map((item) => item.staffVoice)).toEqual([true, true, false]);
    });
  });
});
