import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSmtp, stopSmtp, type TestSmtp } from '../../test/smtp-server';
import { createTestApp, testEngine, type TestApp } from '../../test/test-app';
import { FieldCipher } from '../crypto/field-cipher';
import { openQueuedMail, sealQueuedMail } from './mail-sealing';
import { MailTransport, type OutgoingMail } from './mail-transport';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';
import { DEFAULT_MAIL_QUEUE_SETTINGS, MailWorker } from './mail.worker';

// The mail queue against a real SMTP server on loopback: mail leaves after the commit that queued
// it, survives a server that is down, and goes once in the normal case.

const MAIL: OutgoingMail = { to: 'Mottaker.Navn@example.org', subject: 'Svar fra Sexhandel', text: 'Her er svaret.' };
const FOREVER = 60 * 60_000;

interface QueueRow {
  id: string;
  message_id: string;
  message_sealed: string | null;
  attempts: number;
  /** timestamptz comes back as a Date from PGlite and as text from PostgreSQL here. */
  next_attempt_at: Date | string | null;
  sent_at: Date | string | null;
  last_error: string | null;
}

/** Waits until `check` holds, looking every 10 ms; fails after `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`still not so after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const messageIdOf = (raw: string) => /^Message-ID: (.*)$/m.exec(raw)?.[1]?.trim();

describe(MailWorker.name, () => {
  let sut: TestApp;
  let smtp: TestSmtp;
  let port: number;
  let worker: MailWorker;
  let mail: MailService;
  let repository: MailRepository;

  beforeAll(async () => {
    smtp = await startSmtp({ refuse: /^refused@/ });
    port = smtp.port;
    sut = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    worker = sut.app.get(MailWorker);
    mail = sut.app.get(MailService);
    repository = sut.app.get(MailRepository);
  });
  afterAll(async () => {
    await sut?.close();
    await stopSmtp(smtp);
  });
  beforeEach(async () => {
    if (!smtp.server.server.listening) smtp = await startSmtp({ port, refuse: /^refused@/ });
    smtp.inbox.length = 0;
    // Only a commit on this node, or drain(), starts a run: no poll interferes unless a test asks.
    worker.configure({ ...DEFAULT_MAIL_QUEUE_SETTINGS, pollMs: FOREVER });
    await sut.sql('delete from mail_queue');
  });

  const rows = () => sut.sql<QueueRow>('select * from mail_queue order by created_at, id');
  /** A row written as enqueue writes it, but without waking the worker (another node's, say). */
  const insertQuietly = async (to = MAIL.to) => {
    const id = randomUUID();
    const messageId = `<${randomUUID()}@localhost>`;
    await repository.insert(sut.em(), id, messageId, sealQueuedMail(sut.app.get(FieldCipher), id, { ...MAIL, to }));
    return { id, messageId };
  };

  describe('enqueue', () => {
    it('stores the message sealed and bound to its row, with a Message-ID: no address, subject or text in clear', async () => {
      const { queued, row } = await sut.em().transactional(async (tx) => {
        const ref = await mail.enqueue(tx, MAIL);
        const [stored] = await tx
          .getConnection()
          .execute<QueueRow[]>('select * from mail_queue', [], 'all', tx.getTransactionContext());
        return { queued: ref, row: stored };
      });
      await worker.drain();
      expect(queued.messageId).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
      expect(row).toMatchObject({ id: queued.id, message_id: queued.messageId, attempts: 0, sent_at: null });
      const sealed = row?.message_sealed ?? '';
      for (const secret of ['Mottaker', 'example.org', MAIL.subject, MAIL.text]) {
        expect(sealed).not.toContain(secret);
        expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain(secret);
      }
      const cipher = sut.app.get(FieldCipher);
      expect(openQueuedMail(cipher, queued.id, sealed)).toEqual(MAIL);
      expect(() => openQueuedMail(cipher, randomUUID(), sealed)).toThrow();
    });

    it('sends nothing when the transaction that queued the mail rolls back', async () => {
      await expect(
        sut.em().transactional(async (tx) => {
          await mail.enqueue(tx, MAIL);
          throw new Error('the answer failed after all');
        }),
      ).rejects.toThrow('the answer failed after all');
      await worker.drain();
      expect(await rows()).toEqual([]);
      expect(smtp.inbox).toEqual([]);
    });

    it('is sent once its transaction commits, without waiting for a poll, then its sealed message is erased', async () => {
      const queued = await sut.em().transactional(async (tx) => {
        const ref = await mail.enqueue(tx, MAIL);
        await pause(30);
        expect(smtp.inbox).toEqual([]);
        return ref;
      });
      await until(async () => (await rows())[0]?.sent_at != null);
      expect(smtp.inbox.map((delivered) => delivered.to)).toEqual([['Mottaker.Navn@example.org']]);
      expect(messageIdOf(smtp.inbox[0]?.raw ?? '')).toBe(queued.messageId);
      expect(await rows()).toEqual([
        expect.objectContaining({ message_sealed: null, next_attempt_at: null, last_error: null, attempts: 1 }),
      ]);
    });
  });

  describe('delivery', () => {
    it('retries with backoff while the SMTP server is down, and delivers once, with the same Message-ID, when it is up', async () => {
      await stopSmtp(smtp);
      worker.configure({ pollMs: 20, retryBaseMs: 20, retryMaxMs: 40 });
      const queued = await mail.enqueue(sut.em(), MAIL);
      await until(async () => ((await rows())[0]?.attempts ?? 0) >= 3);
      const [waiting] = await rows();
      expect(waiting).toMatchObject({ sent_at: null, last_error: expect.stringMatching(/^E[A-Z]+$/) as string });
      expect(waiting?.message_sealed).toMatch(/^v1\./);

      smtp = await startSmtp({ port, refuse: /^refused@/ });
      await until(() => smtp.inbox.length > 0);
      await pause(120); // six more polls: nothing goes twice
      expect(smtp.inbox).toHaveLength(1);
      expect(messageIdOf(smtp.inbox[0]?.raw ?? '')).toBe(queued.messageId);
      await until(async () => (await rows())[0]?.sent_at != null);
      expect(await rows()).toEqual([expect.objectContaining({ message_sealed: null, last_error: null })]);
    });

    it('sends again, with the same Message-ID, a mail a node sent but died before recording', async () => {
      const queued = await insertQuietly();
      // The node that dies: claims, sends, never records.
      const [claimed] = await repository.claimDue(10, FOREVER);
      expect(claimed?.id).toBe(queued.id);
      await sut.app
        .get(MailTransport)
        .send({ ...MAIL, messageId: claimed?.message_id ?? '', date: new Date(claimed?.created_at ?? 0) });
      await worker.drain();
      expect(smtp.inbox).toHaveLength(1); // leased: not yet due for anyone else
      await sut.sql('update mail_queue set next_attempt_at = now()'); // the lease runs out
      await worker.drain();
      expect(smtp.inbox.map((delivered) => messageIdOf(delivered.raw))).toEqual([queued.messageId, queued.messageId]);
      expect(await rows()).toEqual([expect.objectContaining({ attempts: 2, message_sealed: null })]);
    });

    it('gives up at once on a permanent refusal, and after the last try otherwise, erasing the sealed message', async () => {
      await insertQuietly('refused@example.org');
      await worker.drain();
      expect(await rows()).toEqual([
        expect.objectContaining({
          attempts: 1,
          message_sealed: null,
          next_attempt_at: null,
          sent_at: null,
          last_error: 'EENVELOPE 550',
        }),
      ]);
      await sut.sql('delete from mail_queue');

      await stopSmtp(smtp);
      worker.configure({ maxAttempts: 2, retryBaseMs: 0 });
      await insertQuietly();
      await worker.drain();
      expect((await rows())[0]).toMatchObject({ attempts: 1, next_attempt_at: expect.anything() as unknown });
      await worker.drain();
      expect(await rows()).toEqual([
        expect.objectContaining({ attempts: 2, message_sealed: null, next_attempt_at: null, sent_at: null }),
      ]);
    });

    it('never gives one row to two claimers at once', async () => {
      const ids = await Promise.all(Array.from({ length: 12 }, () => insertQuietly()));
      const claims = await Promise.all([0, 1, 2, 3].map(() => repository.claimDue(5, FOREVER, sut.em())));
      const claimed = claims.flat().map((row) => row.id);
      expect(claimed.sort()).toEqual(ids.map((row) => row.id).sort());
      expect(await repository.claimDue(5, FOREVER)).toEqual([]);
    });

    it.runIf(testEngine() === 'postgresql')('two nodes on one database send every row exactly once', async () => {
      const other = await createTestApp({
        DATABASE_URL: sut.config.databaseUrl ?? '',
        SMTP_URL: `smtp://127.0.0.1:${port}`,
      });
      try {
        const otherWorker = other.app.get(MailWorker);
        for (const node of [worker, otherWorker]) node.configure({ pollMs: FOREVER, batchSize: 3 });
        const sends = [sut, other].map((node) => vi.spyOn(node.app.get(MailTransport), 'send'));
        const queued = await Promise.all(Array.from({ length: 24 }, () => insertQuietly()));
        await Promise.all([worker.drain(), otherWorker.drain()]);
        const sent = smtp.inbox.map((delivered) => messageIdOf(delivered.raw));
        expect(sent.sort()).toEqual(queued.map((row) => row.messageId).sort());
        // Both nodes took part: the claims really ran side by side.
        expect(sends.map((spy) => spy.mock.calls.length > 0)).toEqual([true, true]);
        const all = await rows();
        expect(all.every((row) => row.attempts === 1 && row.sent_at !== null)).toBe(true);
      } finally {
        await other.close();
      }
    });
  });

  describe('deleteExpired', () => {
    it('deletes every row written more than a day ago, sent or not, and keeps newer ones', async () => {
      const pending = await insertQuietly();
      const sent = await insertQuietly();
      const recent = await insertQuietly();
      await repository.markSent(sent.id);
      await sut.sql(`update mail_queue set created_at = now() - interval '25 hours' where id in (?, ?)`, [
        pending.id,
        sent.id,
      ]);
      expect(await worker.deleteExpired(new Date())).toBe(2);
      expect((await rows()).map((row) => row.id)).toEqual([recent.id]);
    });
  });
});
