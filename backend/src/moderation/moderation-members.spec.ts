import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedIn, type SignedInClient } from '../../test/factories/account.factory';
import {
  createForumMember,
  insertThread,
  pushPost,
  pushThread,
  type ForumClient,
} from '../../test/factories/forum.factory';
import {
  countAuditEntries,
  createModerationCast,
  getPostPage,
  pushFlag,
} from '../../test/factories/moderation.factory';
import { buildMutation, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ModerationService } from './moderation.service';

// Who may post, and as whom: suspensions, the link blocklist, staff roles and the staff voice.
// Removals, flags and the audit log are in moderation.service.spec.ts.

describe(ModerationService.name, () => {
  let sut: TestApp;
  let moderator: SignedInClient;
  let author: ForumClient;
  let member: ForumClient;

  beforeAll(async () => {
    sut = await createTestApp();
    ({ moderator, author, member } = await createModerationCast(sut));
  });

  afterAll(async () => {
    await sut?.close();
  });

  describe('suspensions', () => {
    it("refuses a suspended member's posts, threads and flags with the end date, until lifted", async () => {
      const suspended = await createForumMember(sut, { established: true });
      const threadId = await insertThread(sut, author.account.id);
      const until = new Date(Date.now() + 3 * 86_400_000).toISOString();
      const audits = await countAuditEntries(sut);
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
      expect(await countAuditEntries(sut)).toBe(audits);

      const done = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/members/${suspended.alias}/suspension`,
        headers: moderator.headers,
        payload: { until, reason: 'Spam' },
      });
      expect(done.statusCode).toBe(201);
      expect(await countAuditEntries(sut)).toBe(audits + 1);
      const held = buildMutation('post.create', { threadId, body: 'Prøver likevel' });
      const post = (await push(sut, [held], { ...suspended.headers })).body.results[0];
      expect(post).toMatchObject({ status: 'rejected', error: { code: 'suspended' } });
      expect(post.error?.message).toContain(until.slice(0, 10));
      // The batch reads the suspension once; every mutation of it is still refused.
      const batch = [1, 2, 3].map((n) => buildMutation('post.create', { threadId, body: `Forsøk nummer ${n}` }));
      const refused = (await push(sut, batch, { ...suspended.headers })).body.results;
      expect(refused.map((result) => result.error?.code)).toEqual(['suspended', 'suspended', 'suspended']);
      expect(await pushThread(sut, suspended, { title: 'Ny', body: 'Tråd' })).toMatchObject({
        error: { code: 'suspended' },
      });
      const [first] = await sut.sql<{ id: string }>('select id from post where thread_id = ? limit 1', [threadId]);
      expect(await pushFlag(sut, suspended, { postId: first.id, rule: 1 })).toMatchObject({
        error: { code: 'suspended' },
      });
      const profile = await sut.app.inject({ method: 'GET', url: `/api/threads/${threadId}/posts` });
      expect(profile.statusCode).toBe(200);

      const lifted = await sut.app.inject({
        method: 'DELETE',
        url: `/api/admin/members/${suspended.alias}/suspension`,
        headers: moderator.headers,
      });
      expect(lifted.statusCode).toBe(204);
      expect(await countAuditEntries(sut)).toBe(audits + 2);
      expect(await pushPost(sut, suspended, { threadId, body: 'Nå går det' })).toMatchObject({ status: 'applied' });
      // The refused mutation was not marked applied: the same one sent again (from the device's drafts) now goes through.
      expect((await push(sut, [held], { ...suspended.headers })).body.results[0]).toMatchObject({ status: 'applied' });
      const again = await sut.app.inject({
        method: 'DELETE',
        url: `/api/admin/members/${suspended.alias}/suspension`,
        headers: moderator.headers,
      });
      expect(again.statusCode).toBe(404);

      // A suspension whose end has passed refuses nothing, though its row is still there.
      await sut.sql(
        'insert into member_suspension (account_id, until, reason, moderator_id, created_at) values (?, ?, ?, ?, ?)',
        [suspended.account.id, new Date(Date.now() - 60_000), 'Spam', moderator.me.id, new Date()],
      );
      expect(await pushPost(sut, suspended, { threadId, body: 'Etter utløpt utestengning' })).toMatchObject({
        status: 'applied',
      });
    });
  });

  describe('link blocklist', () => {
    it('normalises domains and refuses posts and titles linking to a blocked domain or subdomain', async () => {
      const audits = await countAuditEntries(sut);
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
      expect(await countAuditEntries(sut)).toBe(audits + 1);
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
      expect(await countAuditEntries(sut)).toBe(audits + 2);
      expect(await pushPost(sut, author, { threadId, body: 'Se https://sleazy-example.com nå' })).toMatchObject({
        status: 'applied',
      });
    });
  });

  describe('staff roles', () => {
    it('lists staff without e-mail and lets an admin grant and withdraw roles (audited)', async () => {
      const admin = await createSignedIn(sut, { roles: ['member', 'admin'] });
      const target = await createSignedIn(sut);
      const audits = await countAuditEntries(sut);
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
      expect(await countAuditEntries(sut)).toBe(audits);
      const granted = await sut.app.inject({
        method: 'PUT',
        url: `/api/admin/staff/${target.alias}/roles`,
        headers: admin.headers,
        payload: { roles: ['editor', 'moderator'] },
      });
      expect(granted.json()).toMatchObject({ alias: target.alias, roles: ['member', 'moderator', 'editor'] });
      expect(await countAuditEntries(sut)).toBe(audits + 1);
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
      const posts = await getPostPage(sut, threadId);
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
      const all = await getPostPage(sut, threadId);
      expect(all.items.map((item) => item.staffVoice)).toEqual([true, true, false]);
    });
  });
});
