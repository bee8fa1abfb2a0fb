import type { PullResponse, QaAdminDto, QaDto } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSignedIn } from '../../test/factories/account.factory';
import { createPickupConversation, pushReply } from '../../test/factories/contact.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { QaService } from './qa.service';

const DRAFT = {
  question: 'Jeg har kjøpt sex i utlandet. Er det straffbart?',
  answer: 'Ja, norske borgere kan straffes for kjøp av seksuelle tjenester også i utlandet.',
};

describe(QaService.name, () => {
  let sut: TestApp;
  let counsellor: Awaited<ReturnType<typeof createSignedIn>>;
  let editor: Awaited<ReturnType<typeof createSignedIn>>;

  beforeAll(async () => {
    sut = await createTestApp();
    counsellor = await createSignedIn(sut, { roles: ['counsellor'] });
    editor = await createSignedIn(sut, { roles: ['editor'] });
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from qa');
    await sut.sql('delete from contact_conversation');
    await sut.sql('delete from sync_change');
  });

  const draftFrom = (conversationId: string, headers = counsellor.headers) =>
    sut.app.inject({ method: 'POST', url: `/api/admin/contact/${conversationId}/qa`, headers, payload: DRAFT });
  const publish = (id: string, headers = editor.headers) =>
    sut.app.inject({ method: 'POST', url: `/api/admin/qa/${id}/publication`, headers });
  const publicList = async (q = '') =>
    (await sut.app.inject({ method: 'GET', url: `/api/qa${q ? `?q=${encodeURIComponent(q)}` : ''}` })).json<QaDto[]>();

  describe('createQaDraft (ContactService)', () => {
    it('refuses a conversation without publication consent (409) and stores nothing', async () => {
      const { conversationId } = await createPickupConversation(sut);
      const response = await draftFrom(conversationId);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'no_publish_consent' });
      expect(await sut.sql('select * from qa')).toHaveLength(0);
    });

    it('makes a draft that is not public yet', async () => {
      const { conversationId } = await createPickupConversation(sut, { publishConsent: true });
      const response = await draftFrom(conversationId);
      expect(response.statusCode).toBe(201);
      expect(response.json<QaAdminDto>()).toMatchObject({
        ...DRAFT,
        status: 'draft',
        topic: 'buying-sex',
        conversationId,
      });
      expect(await publicList()).toEqual([]);
    });
  });

  describe('publishQa / unpublishQa', () => {
    it('publishes to GET /api/qa and the pull stream, and unpublishing removes it from both', async () => {
      const { conversationId } = await createPickupConversation(sut, { publishConsent: true });
      const draft = (await draftFrom(conversationId)).json<QaAdminDto>();
      expect((await publish(draft.id, counsellor.headers)).statusCode).toBe(403);
      expect((await publish(draft.id)).statusCode).toBe(200);

      expect(await publicList()).toEqual([
        { id: draft.id, topic: 'buying-sex', ...DRAFT, publishedAt: expect.any(String) },
      ]);
      expect((await publicList('utlandet')).map((q) => q.id)).toEqual([draft.id]);
      expect(await publicList('ingenting slikt')).toEqual([]);

      const pulled = (await sut.app.inject({ method: 'GET', url: '/api/sync/pull' })).json<PullResponse>();
      expect(pulled.changes.filter((c) => c.entity === 'qa')).toMatchObject([
        { op: 'upsert', id: draft.id, data: { question: DRAFT.question } },
      ]);

      const unpublished = await sut.app.inject({
        method: 'DELETE',
        url: `/api/admin/qa/${draft.id}/publication`,
        headers: editor.headers,
      });
      expect(unpublished.json<QaAdminDto>().status).toBe('draft');
      expect(await publicList()).toEqual([]);
      const again = (await sut.app.inject({ method: 'GET', url: '/api/sync/pull' })).json<PullResponse>();
      expect(again.changes.filter((c) => c.entity === 'qa')).toMatchObject([
        { op: 'delete', id: draft.id, data: null },
      ]);
    });

    it('lets an editor edit out anything identifying before publishing', async () => {
      const { conversationId } = await createPickupConversation(sut, { publishConsent: true });
      const draft = (await draftFrom(conversationId)).json<QaAdminDto>();
      const edited = await sut.app.inject({
        method: 'PUT',
        url: `/api/admin/qa/${draft.id}`,
        headers: editor.headers,
        payload: { question: 'Er kjøp av sex i utlandet straffbart?', answer: DRAFT.answer, topic: 'law' },
      });
      expect(edited.json<QaAdminDto>()).toMatchObject({
        question: 'Er kjøp av sex i utlandet straffbart?',
        topic: 'law',
      });
    });

    it('survives the deletion of its conversation (retention)', async () => {
      const { conversationId } = await createPickupConversation(sut, { publishConsent: true });
      const draft = (await draftFrom(conversationId)).json<QaAdminDto>();
      await publish(draft.id);
      await sut.sql('delete from contact_conversation');
      expect((await publicList()).map((q) => q.id)).toEqual([draft.id]);
    });

    it('refuses to publish once the person withdrew consent in a follow-up', async () => {
      const { conversationId, pickupCode } = await createPickupConversation(sut, { publishConsent: true });
      const draft = (await draftFrom(conversationId)).json<QaAdminDto>();
      const withdrawn = await pushReply(sut, {
        code: pickupCode,
        body: 'Jeg vil likevel ikke.',
        publishConsent: false,
      });
      expect(withdrawn.status).toBe('applied');
      const response = await publish(draft.id);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'no_publish_consent' });
      expect(await publicList()).toEqual([]);
    });

    it('answers 404 for an unknown id', async () => {
      expect((await publish('00000000-0000-4000-8000-00000000abcd')).statusCode).toBe(404);
      expect((await publish('nope')).statusCode).toBe(404);
    });
  });
});
