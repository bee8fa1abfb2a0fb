import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { ContactCreateResult, CounsellorConversationDto, InboxDto } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSignedIn } from '../../test/factories/account.factory';
import {
  CONTACT_BODY,
  contactPayload,
  createPickupConversation,
  pushContact,
  readConversation,
} from '../../test/factories/contact.factory';
import { decodeQuotedPrintable, startSmtp, stopSmtp, type Delivered, type TestSmtp } from '../../test/smtp-server';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { OutboxEntry } from '../mail/mail-outbox';
import { MailService } from '../mail/mail.service';
import { MailWorker } from '../mail/mail.worker';
import { ContactRateLimiter } from './contact-rate-limiter';
import { ContactRetention } from './contact-retention';
import { ANSWER_MAIL_SUBJECT } from './contact.service';

// Counsellor answers by e-mail: through a real SMTP server, into the sealed outbox without one, and
// the retention job that deletes old conversations and old outbox mail.

const ANSWER = 'Takk for at du skrev. Det er modig å ta det første steget, og vi hjelper deg gjerne videre.';

describe('answering by e-mail', () => {
  let sut: TestApp;
  let counsellor: Awaited<ReturnType<typeof createSignedIn>>;

  beforeAll(async () => {
    sut = await createTestApp();
    counsellor = await createSignedIn(sut, { roles: ['counsellor'] });
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from contact_conversation');
    for (const entry of await sut.app.get(MailService).outbox.list())
      await sut.app.get(MailService).outbox.delete(entry.name);
    await sut.app.get(ContactRateLimiter).configure({ maxFailures: 10 });
  });

  const answer = (id: string, body = ANSWER, headers = counsellor.headers) =>
    sut.app.inject({ method: 'POST', url: `/api/admin/contact/${id}/answers`, headers, payload: { body } });

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

        await mailApp.app.get(MailWorker).drain();
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
        await mailApp.app.get(MailWorker).drain();
        expect(smtp.inbox).toHaveLength(1);
      } finally {
        await mailApp.close();
        await stopSmtp(smtp);
      }
    });

    it('saves the answer and deletes the address while the SMTP server is down; the mail leaves once it is back', async () => {
      const down = await startSmtp();
      const port = down.port;
      await stopSmtp(down);
      const mailApp = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
      let smtp: TestSmtp | null = null;
      try {
        const worker = mailApp.app.get(MailWorker);
        worker.configure({ retryBaseMs: 0 });
        const staff = await createSignedIn(mailApp, { roles: ['counsellor'] });
        const created = await pushContact(mailApp, contactPayload({ replyBy: 'email', email: 'person@example.org' }));
        const { conversationId } = created.result as ContactCreateResult;
        const response = await mailApp.app.inject({
          method: 'POST',
          url: `/api/admin/contact/${conversationId}/answers`,
          headers: staff.headers,
          payload: { body: ANSWER },
        });
        expect(response.statusCode).toBe(200);
        expect(response.json<CounsellorConversationDto>()).toMatchObject({ status: 'answered', emailPending: false });
        await worker.drain();
        const [row] = await mailApp.sql<{ email_sealed: string | null }>(
          'select email_sealed from contact_conversation',
        );
        expect(row?.email_sealed).toBeNull();
        const [queued] = await mailApp.sql<{ attempts: number; last_error: string; message_sealed: string | null }>(
          'select attempts, last_error, message_sealed from mail_queue',
        );
        expect(queued?.attempts).toBeGreaterThanOrEqual(1);
        expect(queued).toMatchObject({ last_error: expect.stringMatching(/^E[A-Z]+/) as string });
        expect(queued?.message_sealed).not.toContain('person@');

        smtp = await startSmtp({ port });
        await worker.drain();
        expect(smtp.inbox.map((mail) => mail.to)).toEqual([['person@example.org']]);
        expect(decodeQuotedPrintable((smtp.inbox[0] as Delivered).raw)).toContain(ANSWER);
      } finally {
        await mailApp.close();
        if (smtp) await stopSmtp(smtp);
      }
    });

    it('without SMTP_URL seals the answer into the outbox under DATA_DIR/mail: unreadable without DATA_KEY', async () => {
      const created = await pushContact(sut, contactPayload({ replyBy: 'email', email: 'person@example.org' }));
      const { conversationId } = created.result as ContactCreateResult;
      expect((await answer(conversationId)).statusCode).toBe(200);
      await sut.app.get(MailWorker).drain();
      const outbox = sut.app.get(MailService).outbox;
      const entries = await outbox.list();
      expect(entries).toHaveLength(1);
      const name = (entries[0] as OutboxEntry).name;
      const path = join(outbox.dir, name);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const onDisk = readFileSync(path, 'utf8');
      for (const secret of ['person@example.org', 'person', ANSWER.slice(0, 20), ANSWER_MAIL_SUBJECT]) {
        expect(onDisk).not.toContain(secret);
        expect(Buffer.from(onDisk, 'base64url').toString('latin1')).not.toContain(secret);
      }
      const raw = (await outbox.read(name)).toString('utf8');
      expect(raw).toMatch(/^To: person@example\.org$/m);
      expect(raw).toMatch(new RegExp(`^Subject: ${ANSWER_MAIL_SUBJECT}$`, 'm'));
      expect(decodeQuotedPrintable(raw)).toContain(ANSWER);
      expect(decodeQuotedPrintable(raw)).not.toContain(CONTACT_BODY);
      const [row] = await sut.sql<{ email_sealed: string | null }>('select email_sealed from contact_conversation');
      expect(row?.email_sealed).toBeNull();
    });
  });
});

describe(ContactRetention.name, () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp({ CONTACT_RETENTION_DAYS: '30' });
  });
  afterAll(async () => sut.close());

  describe('deleteExpired', () => {
    it('deletes conversations (with messages and notes) whose last message is older than the retention, only those', async () => {
      const old = await createPickupConversation(sut);
      const recent = await createPickupConversation(sut);
      await sut.sql(`update contact_conversation set last_message_at = now() - interval '31 days' where id = ?`, [
        old.conversationId,
      ]);
      await sut.sql(`update contact_conversation set last_message_at = now() - interval '29 days' where id = ?`, [
        recent.conversationId,
      ]);
      const deleted = await sut.app.get(ContactRetention).deleteExpired(new Date());
      expect(deleted.conversations).toBe(1);
      const left = await sut.sql<{ id: string }>('select id from contact_conversation');
      expect(left.map((r) => r.id)).toEqual([recent.conversationId]);
      const messages = await sut.sql<{ conversation_id: string }>('select conversation_id from contact_message');
      expect(messages.map((m) => m.conversation_id)).toEqual([recent.conversationId]);
      expect((await readConversation(sut, old.pickupCode)).statusCode).toBe(404);
    });
    it('deletes outbox mail written before the retention, keeps newer mail', async () => {
      const outbox = sut.app.get(MailService).outbox;
      const old = await outbox.write(Buffer.from('To: gammel@example.org\nSubject: Svar\n\nGammelt svar'));
      const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60_000);
      utimesSync(join(outbox.dir, old), longAgo, longAgo);
      await outbox.write(Buffer.from('To: ny@example.org\nSubject: Svar\n\nNytt svar'));
      const deleted = await sut.app.get(ContactRetention).deleteExpired(new Date());
      expect(deleted.mails).toBe(1);
      const left = await outbox.list();
      expect(left).toHaveLength(1);
      expect((await outbox.read((left[0] as OutboxEntry).name)).toString('utf8')).toMatch(/^To: ny@example\.org$/m);
    });
  });
});
