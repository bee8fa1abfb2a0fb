import type { ConversationDto, PullResponse, QaAdminDto, QaDto } from '@sexhandel/shared';
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
  const decide = (code: string, qaId: string, approve: boolean) =>
    sut.app.inject({ method: 'POST', url: '/api/contact/qa-decision', payload: { code, qaId, approve } });
  const readConversation = async (code: string) =>
    (
      await sut.app.inject({ method: 'POST', url: '/api/contact/conversation', payload: { code } })
    ).json<ConversationDto>();
  /** Counsellor drafts, the person approves the exact text: ready for an editor. */
  const approvedDraft = async () => {
    const { conversationId, pickupCode } = await createPickupConversation(sut, { publishConsent: true });
    const draft = (await draftFrom(conversationId)).json<QaAdminDto>();
    expect((await decide(pickupCode, draft.id, true)).statusCode).toBe(200);
    return { draft, conversationId, pickupCode };
  };
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
      const { draft } = await approvedDraft();
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
      const { draft } = await approvedDraft();
      expect((await publish(draft.id)).statusCode).toBe(200);
      await sut.sql('delete from contact_conversation');
      expect((await publicList()).map((q) => q.id)).toEqual([draft.id]);
    });

    it('refuses to publish once the person withdrew consent in a follow-up', async () => {
      const { draft, pickupCode } = await approvedDraft();
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

    it('refuses to publish before the person approved the text, and shows them the text to approve', async () => {
      const { conversationId, pickupCode } = await createPickupConversation(sut, { publishConsent: true });
      const draft = (await draftFrom(conversationId)).json<QaAdminDto>();
      const early = await publish(draft.id);
      expect(early.statusCode).toBe(409);
      expect(early.json()).toMatchObject({ code: 'awaiting_person' });
      expect(await publicList()).toEqual([]);

      expect((await readConversation(pickupCode)).pendingQa).toEqual({ id: draft.id, ...DRAFT });
      const decided = await decide(pickupCode, draft.id, true);
      expect(decided.json<ConversationDto>().pendingQa).toBeNull();
      expect((await publish(draft.id)).statusCode).toBe(200);
    });

    it('deletes the draft and withdraws consent when the person says no', async () => {
      const { conversationId, pickupCode } = await createPickupConversation(sut, { publishConsent: true });
      const draft = (await draftFrom(conversationId)).json<QaAdminDto>();
      expect((await decide(pickupCode, draft.id, false)).statusCode).toBe(200);
      expect(await sut.sql('select id from qa')).toHaveLength(0);
      expect((await publish(draft.id)).statusCode).toBe(404);
      expect((await draftFrom(conversationId)).statusCode).toBe(409);
    });

    it('asks the person again after an editor changes the wording', async () => {
      const { draft, pickupCode } = await approvedDraft();
      const edited = await sut.app.inject({
        method: 'PUT',
        url: `/api/admin/qa/${draft.id}`,
        headers: editor.headers,
        payload: { question: 'Er kjøp av sex i utlandet straffbart?', answer: DRAFT.answer },
      });
      expect(edited.json<QaAdminDto>().personApprovedAt).toBeNull();
      expect((await publish(draft.id)).json()).toMatchObject({ code: 'awaiting_person' });
      expect((await readConversation(pickupCode)).pendingQa?.question).toBe('Er kjøp av sex i utlandet straffbart?');
    });

    it('refuses a new wording for a published text until it is unpublished', async () => {
      const { draft } = await approvedDraft();
      await publish(draft.id);
      const edited = await sut.app.inject({
        method: 'PUT',
        url: `/api/admin/qa/${draft.id}`,
        headers: editor.headers,
        payload: { question: 'Noe annet?', answer: DRAFT.answer },
      });
      expect(edited.statusCode).toBe(409);
      expect(edited.json()).toMatchObject({ code: 'unpublish_first' });
      expect((await publicList()).map((q) => q.question)).toEqual([DRAFT.question]);
    });

    it('answers a decision with a wrong code or an unknown text with 404 and changes nothing', async () => {
      const { conversationId, pickupCode } = await createPickupConversation(sut, { publishConsent: true });
      const draft = (await draftFrom(conversationId)).json<QaAdminDto>();
      expect((await decide('ZZZZ-ZZZZ-ZZZZ-ZZZZ', draft.id, true)).statusCode).toBe(404);
      expect((await decide(pickupCode, '00000000-0000-4000-8000-00000000abcd', true)).statusCode).toBe(404);
      expect((await decide(pickupCode, draft.id, 'yes' as unknown as boolean)).statusCode).toBe(400);
      const rows = await sut.sql<{ person_approved_at: Date | null }>('select person_approved_at from qa');
      expect(rows).toEqual([{ person_approved_at: null }]);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      expect((await publish('00000000-0000-4000-8000-00000000abcd')).statusCode).toBe(404);
      expect((await publish('nope')).statusCode).toBe(400);
    });
  });
});
