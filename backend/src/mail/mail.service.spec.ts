import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { FieldCipher } from '../crypto/field-cipher';
import { MailOutbox, OutboxError } from './mail-outbox';
import { MailService } from './mail.service';
import { MailWorker } from './mail.worker';

describe(MailService.name, () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => sut.close());

  describe('enqueue without SMTP_URL', () => {
    it('the worker seals an RFC 822 message into the outbox, readable by the owner only and only with DATA_KEY', async () => {
      const mail = sut.app.get(MailService);
      const queued = await mail.enqueue(sut.em(), { to: 'someone@example.org', subject: 'Hei', text: 'Tekst æøå' });
      await sut.app.get(MailWorker).drain();
      const dir = join(sut.config.dataDir, 'mail');
      const [file] = readdirSync(dir);
      expect(file).toMatch(/\.eml\.sealed$/);
      const path = join(dir, file as string);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(readFileSync(path, 'utf8')).not.toMatch(/someone|example\.org|Subject/);

      const raw = (await mail.outbox.read(file as string)).toString('utf8');
      expect(raw).toMatch(/^From: Sexhandel <no-reply@localhost>$/m);
      expect(raw).toMatch(/^To: someone@example\.org$/m);
      expect(raw).toMatch(/^Subject: Hei$/m);
      expect(raw).toContain(`\nMessage-ID: ${queued.messageId}\n`);
      expect(await sut.sql('select message_sealed, sent_at from mail_queue')).toEqual([
        { message_sealed: null, sent_at: expect.anything() as unknown },
      ]);
      expect(await mail.outbox.list()).toEqual([
        { name: file, writtenAt: expect.any(Date) as Date, bytes: statSync(path).size },
      ]);
    });
  });

  describe('the outbox refuses', () => {
    it('names that are not a message of the outbox (no paths elsewhere)', async () => {
      const outbox = sut.app.get(MailService).outbox;
      await outbox.write(Buffer.from('To: x@example.org\n\nHei'));
      const outside = join(sut.config.dataDir, 'outside.eml.sealed');
      const plain = join(outbox.dir, 'x.eml');
      writeFileSync(outside, 'keep');
      writeFileSync(plain, 'keep');
      for (const name of ['../outside.eml.sealed', outside, 'x.eml', '..%2Foutside.eml.sealed', 'a/b.eml.sealed', '']) {
        await expect(outbox.read(name)).rejects.toThrow(OutboxError);
        await expect(outbox.delete(name)).rejects.toThrow(OutboxError);
      }
      await expect(outbox.read('2026-01-01-abc.eml.sealed')).rejects.toThrow(/no message/);
      expect(existsSync(outside) && existsSync(plain)).toBe(true);
      expect((await outbox.list()).map((entry) => entry.name)).not.toContain('x.eml');
    });

    it('a message sealed with another key, and a damaged one, with a clear error', async () => {
      const mail = sut.app.get(MailService);
      const other = new MailOutbox(mail.outbox.dir, new FieldCipher(randomBytes(32)));
      const foreign = await other.write(Buffer.from('To: x@example.org\n\nHei'));
      await expect(mail.outbox.read(foreign)).rejects.toThrow(/does not open with this DATA_KEY/);
      const damaged = await mail.outbox.write(Buffer.from('To: a@example.org\n\nHei'));
      writeFileSync(join(mail.outbox.dir, damaged), 'v1.not.a.message\n');
      await expect(mail.outbox.read(damaged)).rejects.toThrow(/does not open with this DATA_KEY/);
    });
  });
});
