import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ContactCreateResult, ConversationDto, CounsellorConversationDto, InboxDto } from '@sexhandel/shared';
import { SMTPServer } from 'smtp-server';
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
import { ContactRetention } from './contact-retention';
import { ANSWER_MAIL_SUBJECT, ContactService } from './contact.service';

const ANSWER = 'Takk for at du skrev. Det er modig å ta det første steget, og vi hjelper deg gjerne videre.';

interface Delivered {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; inbox: Delivered[] }> {
  const inbox: Delivered[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, inbox };
}

/** Quoted-printable soft line breaks and escapes undone, so assertions read the plain text. */
function decodeQuotedPrintable(raw: string): string {
  return Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

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
    sut.app.get(ContactRateLimiter).configure({ maxFailures: 10 });
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

    it('counts wrong codes sent with contact.reply', async () => {
      sut.app.get(ContactRateLimiter).configure({ maxFailures: 3 });
      const { pickupCode } = await createPickupConversation(sut);
      const guesser = '10.4.5.6';
      for (let i = 0; i < 3; i += 1) {
        expect((await pushReply(sut, { code: `AAAA-BBBB-CCCC-DDD${i}`, body: 'Hei' }, guesser)).error?.code).toBe(
          'conversation_not_found',
        );
      }
      expect((await readConversation(sut, pickupCode, guesser)).statusCode).toBe(429);
    });
  });

  describe('answerConversation by e-mail', () => {
    it('sends the answer through a real SMTP server, without the original message, then deletes the address', async () => {
      const smtp = await startSmtp();
      const mailApp = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
      try {
        const staff = await createSignedIn(mailApp, { roles: ['counsellor'] });
        const created = await pushContact(
          mailApp,
          contactPayload({ replyBy: 'email', email: 'Person.One@example.org' }),
        );
        const { conversationId } = created.result as ContactCreateResult;
        const listed = await mailApp.app.inject({ method: 'GET', url: '/api/admin/contact', headers: staff.headers });
        expect(listed.json<InboxDto>().conversations[0]).toMatchObject({
          id: conversationId,
          replyBy: 'email',
          emailPending: true,
        });
        expect(listed.body).not.toContain('example.org');

        const response = await mailApp.app.inject({
          method: 'POST',
          url: `/api/admin/contact/${conversationId}/answers`,
          headers: staff.headers,
          payload: { body: ANSWER },
        });
        expect(response.statusCode).toBe(200);
        expect(response.json<CounsellorConversationDto>()).toMatchObject({ status: 'answered', emailPending: false });
        expect(response.body).not.toContain('example.org');

        expect(smtp.inbox).toHaveLength(1);
        const mail = smtp.inbox[0] as Delivered;
        expect(mail.to).toEqual(['Person.One@example.org']);
        expect(mail.raw).toMatch(/^To: Person\.One@example\.org$/m);
        expect(mail.raw).toMatch(new RegExp(`^Subject: ${ANSWER_MAIL_SUBJECT}$`, 'm'));
        const text = decodeQuotedPrintable(mail.raw);
        expect(text).toContain(ANSWER);
        expect(text).not.toContain(CONTACT_BODY);
        expect(text).not.toContain('kjøpt sex');

        const [row] = await mailApp.sql<{ email_sealed: string | null }>(
          'select email_sealed from contact_conversation',
        );
        expect(row?.email_sealed).toBeNull();

        const second = await mailApp.app.inject({
          method: 'POST',
          url: `/api/admin/contact/${conversationId}/answers`,
          headers: staff.headers,
          payload: { body: 'En ting til' },
        });
        expect(second.statusCode).toBe(409);
        expect(second.json()).toMatchObject({ code: 'address_deleted' });
        expect(smtp.inbox).toHaveLength(1);
      } finally {
        await mailApp.close();
        await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
      }
    });

    it('keeps the address and saves nothing when the SMTP server cannot be reached', async () => {
      const smtp = await startSmtp();
      const port = smtp.port;
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
      const mailApp = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
      try {
        const staff = await createSignedIn(mailApp, { roles: ['counsellor'] });
        const created = await pushContact(mailApp, contactPayload({ replyBy: 'email', email: 'person@example.org' }));
        const { conversationId } = created.result as ContactCreateResult;
        const response = await mailApp.app.inject({
          method: 'POST',
          url: `/api/admin/contact/${conversationId}/answers`,
          headers: staff.headers,
          payload: { body: ANSWER },
        });
        expect(response.statusCode).toBe(502);
        expect(response.json()).toMatchObject({ code: 'mail_failed' });
        const [row] = await mailApp.sql<{ email_sealed: string | null; status: string }>(
          'select * from contact_conversation',
        );
        expect(row).toMatchObject({ status: 'new', email_sealed: expect.stringMatching(/^v1\./) });
        expect(await mailApp.sql('select * from contact_message where sender = ?', ['counsellor'])).toHaveLength(0);
      } finally {
        await mailApp.close();
      }
    });

    it('without SMTP_URL writes the answer as an .eml file (mode 0600) under DATA_DIR/mail', async () => {
      const created = await pushContact(sut, contactPayload({ replyBy: 'email', email: 'person@example.org' }));
      const { conversationId } = created.result as ContactCreateResult;
      expect((await answer(conversationId)).statusCode).toBe(200);
      const dir = join(sut.config.dataDir, 'mail');
      expect(existsSync(dir)).toBe(true);
      const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
      expect(files.length).toBeGreaterThanOrEqual(1);
      const file = join(dir, files[files.length - 1] as string);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const raw = readFileSync(file, 'utf8');
      expect(raw).toMatch(/^To: person@example\.org$/m);
      expect(raw).toMatch(/^Subject: Svar fra Sexhandel$/m);
      expect(decodeQuotedPrintable(raw)).toContain(ANSWER);
      expect(decodeQuotedPrintable(raw)).not.toContain(CONTACT_BODY);
      const [row] = await sut.sql<{ email_sealed: string | null }>('select email_sealed from contact_conversation');
      expect(row?.email_sealed).toBeNull();
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
      ).toBe(404);
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

describe(ContactRetention.name, () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp({ CONTACT_RETENTION_DAYS: '30' });
  });
  afterAll(async () => sut.close());

  describe('deleteExpiredConversations', () => {
    it('deletes conversations (with messages and notes) whose last message is older than the retention, only those', async () => {
      const old = await createPickupConversation(sut);
      const recent = await createPickupConversation(sut);
      await sut.sql(`update contact_conversation set last_message_at = now() - interval '31 days' where id = ?`, [
        old.conversationId,
      ]);
      await sut.sql(`update contact_conversation set last_message_at = now() - interval '29 days' where id = ?`, [
        recent.conversationId,
      ]);
      const deleted = await sut.app.get(ContactRetention).deleteExpiredConversations(new Date());
      expect(deleted).toBe(1);
      const left = await sut.sql<{ id: string }>('select id from contact_conversation');
      expect(left.map((r) => r.id)).toEqual([recent.conversationId]);
      const messages = await sut.sql<{ conversation_id: string }>('select conversation_id from contact_message');
      expect(messages.map((m) => m.conversation_id)).toEqual([recent.conversationId]);
      expect((await readConversation(sut, old.pickupCode)).statusCode).toBe(404);
    });
  });
});
