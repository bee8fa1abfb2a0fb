import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '@sexhandel/shared';
import { createSignedIn, type SignedInClient } from '../../test/factories/account.factory';
import { createForumMember, pushThread, type ForumClient } from '../../test/factories/forum.factory';
import {
  countAuditEntries,
  createModerationCast,
  getPostPage,
  pushFlag,
  RULE_TITLES,
} from '../../test/factories/moderation.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ModerationService } from './moderation.service';

// Posts: removal and restore, flags that hide a post until dismissed, and the audit log they write.
// Who may post at all (suspensions, blocked links, staff roles and voice) is in moderation-members.spec.ts.

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

  async function newPost(body: string): Promise<{ threadId: string; postId: string }> {
    const result = await pushThread(sut, author, { title: `Tråd ${randomUUID().slice(0, 6)}`, body });
    expect(result.status).toBe('applied');
    return result.result as { threadId: string; postId: string };
  }

  describe('removePost', () => {
    it('archives the text, leaves a notice and takes the text off every public path, in one audited step', async () => {
      const word = `Blåbærsyltetøyfabrikk${randomUUID().slice(0, 4)}`;
      const { threadId, postId } = await newPost(`Kjøp hos meg: ${word} er billig`);
      const before = await sut.app.inject({ method: 'GET', url: `/api/search?q=${word}` });
      expect(before.body).toContain(postId);
      const audits = await countAuditEntries(sut);

      const response = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${postId}/removal`,
        headers: moderator.headers,
        payload: { rule: 4, note: 'Salg er ikke lov her.' },
      });
      expect(response.statusCode).toBe(201);
      const removal = response.json<{ id: string; rule: number; authorAlias: string }>();
      expect(removal).toMatchObject({ rule: 4, authorAlias: author.alias });
      expect(await countAuditEntries(sut)).toBe(audits + 1);

      const posts = await getPostPage(sut, threadId);
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
      const audits = await countAuditEntries(sut);
      const plain = await createSignedIn(sut);
      const cases: Array<[string, Record<string, string>, object, number]> = [
        [randomUUID(), moderator.headers, { rule: 1, note: 'n' }, 404],
        ['not-a-uuid', moderator.headers, { rule: 1, note: 'n' }, 400],
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
      expect(await countAuditEntries(sut)).toBe(audits);
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
      const audits = await countAuditEntries(sut);
      const restored = await sut.app.inject({
        method: 'DELETE',
        url: `/api/admin/posts/${postId}/removal`,
        headers: moderator.headers,
      });
      expect(restored.statusCode).toBe(200);
      expect((await getPostPage(sut, threadId)).items[0]).toMatchObject({
        status: 'published',
        body: 'Dette blir fjernet og så gjenopprettet',
        removal: null,
      });
      expect(await countAuditEntries(sut)).toBe(audits + 1);
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
      expect(await countAuditEntries(sut)).toBe(audits + 1);
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
      expect(await pushFlag(sut, flaggers[0], { postId, rule: 2, note: 'Hets' })).toMatchObject({ status: 'applied' });
      expect(await pushFlag(sut, flaggers[1], { postId, rule: 2 })).toMatchObject({ status: 'applied' });
      expect((await getPostPage(sut, threadId)).items[0]).toMatchObject({ status: 'published' });
      expect(await pushFlag(sut, flaggers[2], { postId, rule: 3 })).toMatchObject({ status: 'applied' });
      expect((await getPostPage(sut, threadId)).items[0]).toMatchObject({ status: 'hidden', body: null });

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

      const audits = await countAuditEntries(sut);
      const dismissed = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${postId}/flag-dismissal`,
        headers: moderator.headers,
        payload: { note: 'Innenfor reglene' },
      });
      expect(dismissed.json()).toMatchObject({ dismissedFlags: 3, status: 'published' });
      expect(await countAuditEntries(sut)).toBe(audits + 1);
      expect((await getPostPage(sut, threadId)).items[0]).toMatchObject({
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
      expect(await countAuditEntries(sut)).toBe(audits + 1);
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

    it('gives a removal its thread and rule, never the removed text or the author', async () => {
      const secret = `Hemmelig tekst ${randomUUID().slice(0, 6)}`;
      const { threadId, postId } = await newPost(secret);
      const removed = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${postId}/removal`,
        headers: moderator.headers,
        payload: { rule: 2, note: 'Personangrep.' },
      });
      expect(removed.statusCode).toBe(201);
      const response = await sut.app.inject({
        method: 'GET',
        url: '/api/admin/audit?limit=5',
        headers: moderator.headers,
      });
      const entry = response
        .json<{ items: AuditEntryDto[] }>()
        .items.find((item) => item.action === 'post.remove' && item.targetId === postId);
      const [thread] = await sut.sql<{ title: string }>('select title from thread where id = ?', [threadId]);
      expect(entry).toMatchObject({
        threadId,
        threadTitle: thread?.title,
        rule: 2,
        note: 'Personangrep.',
        targetAlias: null,
      });
      expect(response.body).not.toContain(secret);
      expect(response.body).not.toContain(author.alias);
    });
  });
});
