import { randomUUID } from 'node:crypto';
import type { ConversationDto, CounsellorConversationDto, InboxDto } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSignedIn } from '../../test/factories/account.factory';
import {
  CONTACT_BODY,
  contactPayload,
  createPickupConversation,
  pushContact,
  pushReply,
  readConversation,
  tableAsText,
} from '../../test/factories/contact.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ContactRateLimiter } from './contact-rate-limiter';
import { ContactService } from './contact.service';

const ANSWER = 'Takk for at du skrev. Det er modig å ta det første steget, og vi hjelper deg gjerne videre.';

describe(ContactService.name, () => {
  let sut: TestApp;
  let counsellor: Awaited<ReturnType<typeof createSignedIn>>;

  beforeAll(async () => {
    sut = await createTestApp();
    counsellor = await createSignedIn(sut, { roles: ['counsellor'] });
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from contact_conversation');
    await sut.app.get(ContactRateLimiter).configure({ maxFailures: 10 });
  });

  const answer = (id: string, body = ANSWER, headers = counsellor.headers) =>
    sut.app.inject({ method: 'POST', url: `/api/admin/contact/${id}/answers`, headers, payload: { body } });

  describe('anonymous round trip with a pick-up code', () => {
    it('create → code → counsellor answers → person reads it → person writes again', async () => {
      const { conversationId, pickupCode } = await createPickupConversation(sut);

      const before = await readConversation(sut, pickupCode);
      expect(before.statusCode).toBe(200);
      expect(before.json<ConversationDto>()).toMatchObject({
        id: conversationId,
        status: 'new',
        messages: [{ from: 'person', body: CONTACT_BODY }],
      });

      const answered = await answer(conversationId);
      expect(answered.statusCode).toBe(200);
      expect(answered.json<CounsellorConversationDto>()).toMatchObject({ status: 'answered', messageCount: 2 });

      // Case, spaces and dashes do not matter.
      const typed = pickupCode.toLowerCase().replace(/-/g, ' ');
      const read = await readConversation(sut, typed);
      expect(read.statusCode).toBe(200);
      expect(read.json<ConversationDto>().messages).toEqual([
        { from: 'person', body: CONTACT_BODY, sentAt: expect.any(String) },
        { from: 'counsellor', body: ANSWER, sentAt: expect.any(String) },
      ]);

      const reply = await pushReply(sut, { code: pickupCode, body: 'Takk. Kan jeg spørre om én ting til?' });
      expect(reply).toMatchObject({ status: 'applied', result: { conversationId } });
      const after = (await readConversation(sut, pickupCode)).json<ConversationDto>();
      expect(after.status).toBe('waiting');
      expect(after.messages.map((m) => m.from)).toEqual(['person', 'counsellor', 'person']);

      const inbox = await sut.app.inject({
        method: 'GET',
        url: '/api/admin/contact?status=waiting',
        headers: counsellor.headers,
      });
      expect(inbox.json<InboxDto>().conversations.map((c) => c.id)).toEqual([conversationId]);
    });

    it('a reply before any answer keeps the conversation new', async () => {
      const { pickupCode } = await createPickupConversation(sut);
      await pushReply(sut, { code: pickupCode, body: 'En ting til.' });
      expect((await readConversation(sut, pickupCode)).json<ConversationDto>().status).toBe('new');
    });
  });

  describe('contact.reply bad input (rejected, nothing stored)', () => {
    const messages = async () =>
      Number((await sut.sql<{ n: string }>('select count(*)::text as n from contact_message'))[0]?.n);

    it('refuses a reply on a closed conversation', async () => {
      const { conversationId, pickupCode } = await createPickupConversation(sut);
      await sut.app.inject({
        method: 'POST',
        url: `/api/admin/contact/${conversationId}/closure`,
        headers: counsellor.headers,
      });
      const reply = await pushReply(sut, { code: pickupCode, body: 'Hallo?' });
      expect(reply).toMatchObject({ status: 'rejected', error: { code: 'conversation_closed' } });
      expect(await messages()).toBe(1);
    });

    it('refuses a reply with a wrong code, and on a deleted conversation, in the same words', async () => {
      const { pickupCode } = await createPickupConversation(sut);
      const wrong = await pushReply(sut, { code: 'AAAA-BBBB-CCCC-DDDD', body: 'Hallo?' });
      await sut.sql('delete from contact_conversation');
      const deleted = await pushReply(sut, { code: pickupCode, body: 'Hallo?' });
      expect(wrong).toMatchObject({ status: 'rejected', error: { code: 'conversation_not_found' } });
      expect(deleted.error).toEqual(wrong.error);
      expect(await messages()).toBe(0);
    });

    it('refuses an empty or over-long reply', async () => {
      const { pickupCode } = await createPickupConversation(sut);
      expect((await pushReply(sut, { code: pickupCode, body: ' ' })).error?.code).toBe('validation');
      expect((await pushReply(sut, { code: pickupCode, body: 'x'.repeat(5001) })).error?.code).toBe('validation');
      expect(await messages()).toBe(1);
    });
  });

  describe('readConversation', () => {
    it('answers 404 not_found for a wrong or malformed code', async () => {
      await createPickupConversation(sut);
      for (const code of ['AAAA-BBBB-CCCC-DDDD', 'nonsense', '']) {
        const response = await readConversation(sut, code);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ statusCode: 404, code: 'not_found', message: expect.any(String) });
      }
    });

    it('after 10 wrong codes answers 429 to that client only, even for a right code, and never reveals anything', async () => {
      const { pickupCode } = await createPickupConversation(sut);
      const guesser = '10.1.2.3';
      for (let i = 0; i < 10; i += 1) {
        const response = await readConversation(sut, `AAAA-BBBB-CCCC-${String(1000 + i).slice(-4)}`, guesser);
        expect(response.statusCode).toBe(404);
      }
      const limited = await readConversation(sut, 'AAAA-BBBB-CCCC-ZZZZ', guesser);
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ code: 'rate_limited' });
      const rightButLimited = await readConversation(sut, pickupCode, guesser);
      expect(rightButLimited.statusCode).toBe(429);
      expect(rightButLimited.body).not.toContain(CONTACT_BODY.slice(0, 10));
      // contact.reply shares the counter.
      expect((await pushReply(sut, { code: pickupCode, body: 'Hei' }, guesser)).error?.code).toBe('rate_limited');
      // Another client is not affected.
      expect((await readConversation(sut, pickupCode, '10.9.9.9')).statusCode).toBe(200);
    });

    it('with TRUST_PROXY counts the client a trusted proxy names; without it a forged header changes nothing', async () => {
      const guess = (app: TestApp, forwardedFor: string) =>
        app.app.inject({
          method: 'POST',
          url: '/api/contact/conversation',
          headers: { 'x-forwarded-for': forwardedFor },
          payload: { code: 'AAAA-BBBB-CCCC-DDDD' },
        });
      await sut.app.get(ContactRateLimiter).configure({ maxFailures: 2 });
      const direct = [];
      for (const address of ['198.51.100.7', '198.51.100.8', '198.51.100.9'])
        direct.push((await guess(sut, address)).statusCode);
      expect(direct).toEqual([404, 404, 429]);

      const proxied = await createTestApp({ TRUST_PROXY: '127.0.0.1' });
      try {
        await proxied.app.get(ContactRateLimiter).configure({ maxFailures: 2 });
        const answers = [];
        for (const address of ['198.51.100.7', '198.51.100.8', '198.51.100.9', '198.51.100.9', '198.51.100.9']) {
          answers.push((await guess(proxied, address)).statusCode);
        }
        expect(answers).toEqual([404, 404, 404, 404, 429]);
      } finally {
        await proxied.close();
      }
    });

    it('counts wrong codes sent with contact.reply', async () => {
      await sut.app.get(ContactRateLimiter).configure({ maxFailures: 3 });
      const { pickupCode } = await createPickupConversation(sut);
      const guesser = '10.4.5.6';
      for (let i = 0; i < 3; i += 1) {
        expect((await pushReply(sut, { code: `AAAA-BBBB-CCCC-DDD${i}`, body: 'Hei' }, guesser)).error?.code).toBe(
          'conversation_not_found',
        );
      }
      expect((await readConversation(sut, pickupCode, guesser)).statusCode).toBe(429);
    });

    it('counts wrong codes sent to qa-decision against that client only', async () => {
      await sut.app.get(ContactRateLimiter).configure({ maxFailures: 2 });
      const { pickupCode } = await createPickupConversation(sut);
      const guesser = '10.4.5.7';
      for (let i = 0; i < 2; i += 1) {
        const decision = await sut.app.inject({
          method: 'POST',
          url: '/api/contact/qa-decision',
          remoteAddress: guesser,
          payload: { code: `AAAA-BBBB-CCCC-EEE${i}`, qaId: randomUUID(), approve: true },
        });
        expect(decision.statusCode).toBe(404);
      }
      expect((await readConversation(sut, pickupCode, guesser)).statusCode).toBe(429);
      expect((await readConversation(sut, pickupCode, '10.4.5.8')).statusCode).toBe(200);
    });
  });

  describe('the inbox', () => {
    it('refuses anonymous (401) and members (403), lets counsellors and admins in', async () => {
      const member = await createSignedIn(sut);
      const admin = await createSignedIn(sut, { roles: ['admin'] });
      const { conversationId } = await createPickupConversation(sut);
      const routes: { method: 'GET' | 'POST'; url: string; payload?: object }[] = [
        { method: 'GET', url: '/api/admin/contact' },
        { method: 'GET', url: `/api/admin/contact/${conversationId}` },
        { method: 'POST', url: `/api/admin/contact/${conversationId}/answers`, payload: { body: 'x' } },
        { method: 'POST', url: `/api/admin/contact/${conversationId}/notes`, payload: { body: 'x' } },
        { method: 'POST', url: `/api/admin/contact/${conversationId}/closure` },
      ];
      for (const route of routes) {
        expect((await sut.app.inject(route)).statusCode, route.url).toBe(401);
        expect((await sut.app.inject({ ...route, headers: member.headers })).statusCode, route.url).toBe(403);
      }
      expect(
        (await sut.app.inject({ method: 'GET', url: '/api/admin/contact', headers: counsellor.headers })).statusCode,
      ).toBe(200);
      expect(
        (await sut.app.inject({ method: 'GET', url: '/api/admin/contact', headers: admin.headers })).statusCode,
      ).toBe(200);
      expect(await sut.sql('select * from contact_message where sender = ?', ['counsellor'])).toHaveLength(0);
      expect(await sut.sql('select * from contact_note')).toHaveLength(0);
    });

    it('lists by status with counts, latest message first, a page at a time', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const { conversationId } = await createPickupConversation(sut);
        ids.push(conversationId);
        await sut.sql(
          `update contact_conversation set last_message_at = now() - (? || ' minutes')::interval where id = ?`,
          [String(10 - i), conversationId],
        );
      }
      await answer(ids[0] as string);
      const first = await sut.app.inject({
        method: 'GET',
        url: '/api/admin/contact?status=new&limit=1',
        headers: counsellor.headers,
      });
      const page = first.json<InboxDto>();
      expect(page.counts).toEqual({ new: 2, waiting: 0, answered: 1, closed: 0 });
      expect(page.conversations.map((c) => c.id)).toEqual([ids[2]]);
      expect(page.nextCursor).toBeTruthy();
      const second = await sut.app.inject({
        method: 'GET',
        url: `/api/admin/contact?status=new&limit=1&cursor=${page.nextCursor ?? ''}`,
        headers: counsellor.headers,
      });
      expect(second.json<InboxDto>().conversations.map((c) => c.id)).toEqual([ids[1]]);
      expect(second.json<InboxDto>().nextCursor).toBeNull();
      expect(
        (await sut.app.inject({ method: 'GET', url: '/api/admin/contact?status=lost', headers: counsellor.headers }))
          .statusCode,
      ).toBe(400);
      expect(
        (await sut.app.inject({ method: 'GET', url: '/api/admin/contact?cursor=garbage', headers: counsellor.headers }))
          .statusCode,
      ).toBe(400);
    });

    it('shows messages and internal notes decrypted, never to the person', async () => {
      const { conversationId, pickupCode } = await createPickupConversation(sut);
      const noted = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/contact/${conversationId}/notes`,
        headers: counsellor.headers,
        payload: { body: 'Intern: følg opp på torsdag.' },
      });
      expect(noted.statusCode).toBe(200);
      const one = noted.json<CounsellorConversationDto>();
      expect(one.notes).toEqual([
        {
          id: expect.any(String),
          body: 'Intern: følg opp på torsdag.',
          authorAlias: counsellor.alias,
          createdAt: expect.any(String),
        },
      ]);
      expect(one.messages[0]).toMatchObject({ from: 'person', body: CONTACT_BODY, counsellorAlias: null });
      expect((await readConversation(sut, pickupCode)).body).not.toContain('Intern');
      expect(
        (await sut.app.inject({ method: 'GET', url: '/api/admin/contact/not-a-uuid', headers: counsellor.headers }))
          .statusCode,
      ).toBe(400);
    });

    it('refuses an empty answer (400) and an answer on a closed conversation (409)', async () => {
      const { conversationId } = await createPickupConversation(sut);
      expect((await answer(conversationId, '   ')).statusCode).toBe(400);
      await sut.app.inject({
        method: 'POST',
        url: `/api/admin/contact/${conversationId}/closure`,
        headers: counsellor.headers,
      });
      const closed = await answer(conversationId);
      expect(closed.statusCode).toBe(409);
      expect(closed.json()).toMatchObject({ code: 'conversation_closed' });
    });
  });

  describe('privacy at rest', () => {
    it('raw tables hold no plain body, answer, note, address or code', async () => {
      const { conversationId, pickupCode } = await createPickupConversation(sut);
      await pushContact(sut, contactPayload({ replyBy: 'email', email: 'synlig@example.org' }));
      await answer(conversationId);
      await sut.app.inject({
        method: 'POST',
        url: `/api/admin/contact/${conversationId}/notes`,
        headers: counsellor.headers,
        payload: { body: 'Notat som ikke må lekke' },
      });
      await pushReply(sut, { code: pickupCode, body: 'Oppfølging som ikke må lekke' });
      const raw = ['contact_conversation', 'contact_message', 'contact_note', 'applied_mutation'];
      const text = (await Promise.all(raw.map((t) => tableAsText(sut, t)))).join('\n');
      for (const secret of [
        CONTACT_BODY.slice(0, 25),
        ANSWER.slice(0, 25),
        'Notat som',
        'Oppfølging',
        'synlig@example.org',
        pickupCode,
        pickupCode.replace(/-/g, ''),
      ]) {
        expect(text).not.toContain(secret);
      }
    });
  });
});
